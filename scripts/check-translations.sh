#!/usr/bin/env bash
# Fails when a source string has no finished zh_CN or zh_TW translation. Runs lupdate on a copy,
# so it catches strings added to the code but never extracted into the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for lang in zh_CN zh_TW; do
  cp "translations/vaxpoint_$lang.ts" "$tmp/"
  "$LUPDATE" -silent -locations none -no-obsolete -extensions cpp,h core ui app -ts "$tmp/vaxpoint_$lang.ts"
  unfinished=$(grep -c 'type="unfinished"' "$tmp/vaxpoint_$lang.ts" || true)
  # A finished entry must say something: an empty translation or plural form shows nothing.
  empty=$(grep -cE '<translation( type="[a-z]+")?/>|<translation>\s*</translation>|<numerusform/>|<numerusform>\s*</numerusform>' \
    "$tmp/vaxpoint_$lang.ts" || true)
  unfinished=$((unfinished + empty))
  total=$(grep -c '<source>' "$tmp/vaxpoint_$lang.ts" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "translations: $lang has $unfinished of $total strings unfinished:"
    grep -B3 'type="unfinished"' "$tmp/vaxpoint_$lang.ts" | grep '<source>' | head -20 | sed 's/^/  /'
    echo "  Run scripts/update-translations.sh and translate them."
    status=1
  else
    echo "translations: $lang complete ($total strings)"
  fi
done
exit $status
