#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate). Translate the new entries with Qt
# Linguist (linguist-qt6) or by editing the .ts files; scripts/check-translations.sh must pass.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -silent -locations none -no-obsolete -extensions cpp,h core ui app \
  -ts translations/vaxpoint_zh_CN.ts translations/vaxpoint_zh_TW.ts translations/vaxpoint_en.ts
