#!/usr/bin/env bash
# Fails when a C++ file differs from .clang-format (100 columns). Fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
[ -z "$files" ] && exit 0
if ! echo "$files" | xargs clang-format --dry-run -Werror 2>/tmp/vax-format.log; then
  grep -E '^[^ ].*(warning|error):' /tmp/vax-format.log | cut -d: -f1 | sort -u | sed 's/^/format: /'
  echo "format: run clang-format -i on the files above."
  exit 1
fi
echo "format: ok"
