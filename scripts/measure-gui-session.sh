#!/usr/bin/env bash
# Memory of the GUI after signing in and working on a database (DESIGN.md §8: < 200 MB RSS;
# docs/performance.md "Budgets not covered above"). Starts the Release vaxpoint on its own Xvfb,
# signs in with xdotool, opens check-in (F2) and scans a person on file (their ID number typed
# like a keyboard-wedge scanner), opens the injection desk (F3), then the observation page
# (Ctrl+2), and prints VmRSS and VmHWM (peak) of the process after each step.
#   scripts/measure-gui-session.sh DATABASE USER PASSWORD
# The database is opened for real (a first start of the day makes the daily backup beside it):
# use a copy. A training database made by `vaxctl demo seed` has the user demo / demo-vaxpoint.
# Needs Xvfb, xdotool and sqlite3 (scripts/deps.sh test). Build first:
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: scripts/measure-gui-session.sh DATABASE USER PASSWORD}
user=${2:?usage: scripts/measure-gui-session.sh DATABASE USER PASSWORD}
password=${3:?usage: scripts/measure-gui-session.sh DATABASE USER PASSWORD}
bin=${VAXPOINT_BIN:-build-rel/bin/vaxpoint}
[ -x "$bin" ] || { echo "no $bin: build the Release tree first" >&2; exit 2; }
for tool in Xvfb xdotool sqlite3; do
  command -v "$tool" >/dev/null || { echo "needs $tool (scripts/deps.sh test)" >&2; exit 2; }
done

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  set +e
  for pid in "$app_pid" "$xvfb_pid"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT

exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$work/display")"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
memory() {
  local rss hwm
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
  hwm=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$app_pid/status")
  printf '%-44s RSS %4d MiB   peak %4d MiB\n' "$1" "$rss" "$hwm"
}
logins() {
  sqlite3 -readonly "$db" "SELECT count(*) FROM audit WHERE action = 'login' AND rowid > \
    (SELECT coalesce(max(rowid), 0) - 1000 FROM audit)"
}
# Waits (polling, up to 120 s) until the command succeeds.
wait_for() {
  local what=$1
  shift
  for _ in $(seq 1 1200); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "vaxpoint exited while waiting for $what" >&2; exit 1; }
    sleep 0.1
  done
  echo "timed out waiting for $what" >&2
  exit 1
}

person_id=$(sqlite3 -readonly "$db" \
  "SELECT number FROM identity_document WHERE type = 'resident_id' LIMIT 1 OFFSET 4242")
before=$(logins)
start=$(now_ms)
"$bin" --db "$db" 2>"$work/app.err" &
app_pid=$!
wait_for "the sign-in window" xdotool search --onlyvisible --name VaxPoint
window=$(xdotool search --onlyvisible --name VaxPoint | head -n1)
echo "sign-in window visible after $(($(now_ms) - start)) ms (xdotool poll, 0.1 s steps)"
memory "sign-in window"
xdotool windowfocus --sync "$window"
xdotool type --delay 20 "$user"
xdotool key Return
xdotool type --delay 20 "$password"
typed=$(now_ms)
xdotool key Return
signed_in() { [ "$(logins)" -gt "$before" ]; }
wait_for "the sign-in" signed_in
echo "signed in $(($(now_ms) - typed)) ms after Enter (password hash + the file's check)"
sleep 2
memory "signed in"
xdotool key F2
sleep 1
xdotool type --delay 5 "$person_id"
xdotool key Return
sleep 3
memory "check-in, a person found by ID"
xdotool key Escape F3
sleep 3
memory "injection desk"
xdotool key ctrl+2
sleep 3
memory "observation page"
