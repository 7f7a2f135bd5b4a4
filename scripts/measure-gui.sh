#!/usr/bin/env bash
# Cold start and memory of the GUI (DESIGN.md §8, docs/performance.md "Budgets not covered
# above"). Runs the Release vaxpoint on a database, RUNS times, each until its first window has
# painted plus HOLD_MS, and prints the time to the first paint (from main(), printed by the app's
# opt-in VAXPOINT_EXIT_AFTER_SHOWN_MS hook), the process wall time and its peak RSS
# (/usr/bin/time -v).
#   scripts/measure-gui.sh /tmp/copy-of-1m.sqlite [RUNS] [HOLD_MS]
# The database is opened for real: a first start of the day also makes the daily backup next
# to it. Use a copy. Build first:
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel
# On a machine without a display it uses xvfb-run when installed, else QT_QPA_PLATFORM=offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: scripts/measure-gui.sh DATABASE [RUNS] [HOLD_MS]}
runs=${2:-5}
hold=${3:-2000}
bin=${VAXPOINT_BIN:-build-rel/bin/vaxpoint}
[ -x "$bin" ] || { echo "no $bin: build the Release tree first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt install time)" >&2; exit 2; }
launcher=()
if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    launcher=(xvfb-run -a -s "-screen 0 1280x800x24")
  else
    export QT_QPA_PLATFORM=offscreen
  fi
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for i in $(seq 1 "$runs"); do
  VAXPOINT_EXIT_AFTER_SHOWN_MS=$hold "${launcher[@]}" /usr/bin/time -v "$bin" --db "$db" \
    >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  shown=$(sed -n 's/^vaxpoint: shown after \([0-9]*\) ms$/\1/p' "$log")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  echo "run $i: shown after ${shown:-?} ms; process wall $wall (incl. ${hold} ms hold);" \
    "peak RSS $((rss / 1024)) MiB"
done
