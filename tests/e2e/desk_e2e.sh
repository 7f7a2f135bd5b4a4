#!/usr/bin/env bash
# End-to-end desktop test (docs/development.md "End-to-end test"): the real vaxpoint on its own
# Xvfb display, driven by xdotool like a nurse with a keyboard-wedge scanner — sign in, check-in
# (scan, temperature, screening, consent), the injection desk (call, scan the box, the checklist
# keys, administer) — then a second vaxpoint as the observation board. After each stage a
# screenshot goes into OUT_DIR and the database is checked with vaxctl --json.
#   tests/e2e/desk_e2e.sh VAXPOINT VAXCTL OUT_DIR
# Synchronisation is by condition, never by a sleep alone: the check-in draft file's step, rows
# seen through vaxctl, or the screen changing after a key (polled, with generous timeouts).
set -euo pipefail

vaxpoint=${1:?usage: desk_e2e.sh VAXPOINT VAXCTL OUT_DIR}
vaxctl=${2:?usage: desk_e2e.sh VAXPOINT VAXCTL OUT_DIR}
out=${3:?usage: desk_e2e.sh VAXPOINT VAXCTL OUT_DIR}
timeout_s=${VAX_E2E_TIMEOUT:-30}  # per wait; a loaded 2-core CI machine is slow, not stuck

stage=setup
shot_no=0
started=$(date +%s%N)
work=$(mktemp -d "${TMPDIR:-/tmp}/vax-e2e.XXXXXX")
xvfb_pid=""
app_pid=""
board_pid=""

elapsed() { echo "$(( ($(date +%s%N) - started) / 1000000 )) ms"; }
log() { echo "e2e [$(elapsed)] $*"; }

cleanup() {
  set +e
  local pid
  for pid in "$board_pid" "$app_pid" "$xvfb_pid"; do
    if [ -n "$pid" ]; then
      kill "$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT  # a ctest timeout or Ctrl+C still stops the processes started here

fail() {
  echo "e2e FAILED at stage '$stage': $*" >&2
  if [ -n "$xvfb_pid" ]; then
    import -display "$DISPLAY" -window root "$out/failure-$stage.png" 2>/dev/null &&
      echo "e2e: screen at the failure: $out/failure-$stage.png" >&2
  fi
  local f
  for f in app board; do
    [ -e "$work/$f.err" ] || continue
    echo "----- vaxpoint ($f) stderr -----" >&2
    if [ -s "$work/$f.err" ]; then cat "$work/$f.err" >&2; else echo "(nothing)" >&2; fi
  done
  echo "e2e: screenshots kept in $out" >&2
  exit 1
}

for tool in Xvfb xdotool xwd import convert jq sqlite3 cmp; do
  command -v "$tool" >/dev/null ||
    fail "'$tool' is not installed (scripts/deps.sh test installs what the tests need)"
done
[ -x "$vaxpoint" ] || fail "no vaxpoint binary at $vaxpoint"
[ -x "$vaxctl" ] || fail "no vaxctl binary at $vaxctl"
mkdir -p "$out"
rm -f "$out"/*.png

# Both vaxpoint processes stay up for the whole test.
alive() {
  [ -n "$app_pid" ] && ! kill -0 "$app_pid" 2>/dev/null && fail "vaxpoint (desk) exited"
  [ -n "$board_pid" ] && ! kill -0 "$board_pid" 2>/dev/null && fail "vaxpoint (board) exited"
  return 0
}

# wait_for DESCRIPTION COMMAND…: polls COMMAND every 0.1 s until it succeeds.
wait_for() {
  local what=$1
  shift
  local deadline=$(($(date +%s) + timeout_s))
  until "$@" >/dev/null 2>&1; do
    alive
    [ "$(date +%s)" -ge "$deadline" ] && fail "timed out after ${timeout_s} s waiting for $what"
    sleep 0.1
  done
}

drawn() {
  import -window root "$1" &&
    convert "$1" -format '%[fx:standard_deviation > 0.02 ? 1 : 0]' info: | grep -qx 1
}
shot() {
  shot_no=$((shot_no + 1))
  local file
  file=$(printf '%s/%02d-%s.png' "$out" "$shot_no" "$1")
  # A blank (single-colour) screen means nothing is drawn yet, or nothing at all.
  wait_for "a screen that is not blank for $file" drawn "$file"
  log "screenshot $file"
}

ctl() { "$vaxctl" --db "$db" --json "$@"; }

# The screen tells when a key was handled: a check turns green, the prompt moves on. Keys are
# sent one by one after the previous one showed, like a person's (V then L within 30 ms would be
# a scanner burst, docs/desk.md). The blinking cursor changes ~100 bytes of the screen dump; a
# handled key changes thousands.
screen() { xwd -root -silent >"$1"; }
differs() { [ "$(cmp -l "$1" "$2" 2>/dev/null | wc -l)" -gt 2000 ]; }
screen_changed_from() {
  screen "$work/after.xwd"
  differs "$1" "$work/after.xwd"
}
# Settled: no change beyond the cursor within 0.25 s, so no paint of an earlier key is pending.
settled() {
  screen "$work/settle1.xwd"
  sleep 0.25
  screen "$work/settle2.xwd"
  ! differs "$work/settle1.xwd" "$work/settle2.xwd"
}
press() {
  local name=$1
  shift
  screen "$work/before.xwd"
  xdotool key "$@"
  wait_for "the screen to show the $name key" screen_changed_from "$work/before.xwd"
  wait_for "the screen to settle after the $name key" settled
}

# --- the site, set up as an administrator would with vaxctl --------------------------------------
db=$work/site.sqlite
draft=$db.checkin-draft.json
export VAXPOINT_DB=$db
lot=E2E$(date +%Y%m%d)
box=81234567890123456781
expiry=$(date -d '+1 year' +%F)
# A resident ID (GB 11643: region, birth date, sequence, MOD 11-2 check character).
id_body=11010519850615123
weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2)
sum=0
for i in $(seq 0 16); do sum=$((sum + ${id_body:i:1} * weights[i])); done
checks=10X98765432
resident_id=$id_body${checks:$((sum % 11)):1}

admin_password='E2e-admin-pass-1'
echo "$admin_password" | ctl init --site-code E2E-001 --site-name '东城区第一接种点' \
  --district '东城区' --admin-user admin --admin-name '管理员' --admin-password-stdin \
  >/dev/null || fail "vaxctl init"
# A production database: --actor proves itself with its password. Standard input: first the
# actor's password, then the new user's.
printf '%s\n%s\n' "$admin_password" 'E2e-nurse-pass-1' | ctl user add --actor admin \
  --username nurse --name '王丽' --roles registrar,vaccinator --password-stdin \
  >"$work/nurse.json" || fail "vaxctl user add"
# The following commands act as admin with the password from the environment.
export VAXPOINT_PASSWORD=$admin_password
nurse_id=$(jq -r .id "$work/nurse.json")
ctl fridge add --actor admin --name '冰箱1' >/dev/null || fail "vaxctl fridge add"
ctl temps add --actor admin --fridge '冰箱1' --celsius 4.6 >/dev/null || fail "vaxctl temps add"
ctl lot receive --actor admin --fridge '冰箱1' --product BBIBP-CorV --lot "$lot" \
  --expiry "$expiry" --vials 20 --box "$box" >/dev/null || fail "vaxctl lot receive"
# Registered earlier (an appointment): the scan finds the person on file.
ctl person add --actor admin --name '李明' --document "$resident_id" --phone 13800138000 \
  >"$work/person.json" || fail "vaxctl person add"
person_id=$(jq -r .id "$work/person.json")
log "site ready: nurse $nurse_id, lot $lot, person $person_id ($resident_id)"

# --- a display of our own -------------------------------------------------------------------------
stage=display
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" \
  >/dev/null 2>"$work/xvfb.err" &
xvfb_pid=$!
wait_for "Xvfb to pick a display" grep -q '[0-9]' "$work/display"
DISPLAY=:$(head -1 "$work/display")
export DISPLAY
unset QT_QPA_PLATFORM WAYLAND_DISPLAY
export VAXPOINT_LANG=zh_CN XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
log "Xvfb on $DISPLAY"

window_of() { xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -1; }
has_window() { [ -n "$(window_of "$1")" ]; }

# --- sign in --------------------------------------------------------------------------------------
stage=login
"$vaxpoint" >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
wait_for "the vaxpoint window" has_window "$app_pid"
win=$(window_of "$app_pid")
log "vaxpoint window $win: $(xdotool getwindowname "$win")"
xdotool mousemove 640 400 windowfocus "$win"
shot login
logins() {
  sqlite3 -readonly "$db" \
    "SELECT count(*) FROM audit WHERE action = 'login' AND actor = '$nurse_id'"
}
signed_in() { [ "$(logins)" -ge 1 ]; }
xdotool type --delay 40 nurse
xdotool key Return
xdotool type --delay 40 'E2e-nurse-pass-1'
xdotool key Return
wait_for "the nurse's sign-in (her audit 'login' row)" signed_in

# --- check-in (F2): scan, temperature, screening N, consent Enter ---------------------------------
stage=checkin
draft_is() { [ "$(jq -r "$1" "$draft")" = "$2" ]; }
xdotool key F2
# The scanner: 18 characters 5 ms apart, then Enter. Found on file: straight to the temperature.
xdotool type --delay 5 "$resident_id"
xdotool key Return
wait_for "the temperature step after the scan (draft step 2)" draft_is .step 2
draft_is .person_id "$person_id" || fail "the scan did not find $person_id on file: $(cat "$draft")"
xdotool type --delay 90 366
wait_for "the typed temperature in the draft" draft_is .entry 366
shot checkin-scanned
xdotool key Return
wait_for "the screening step (draft step 3)" draft_is .step 3
xdotool key n
wait_for "the consent step after N (draft step 4)" draft_is .step 4
shot checkin-consent
xdotool key Return
queued() { ctl queue list --actor admin | jq -e --arg p "$person_id" 'select(.person_id == $p)'; }
wait_for "the visit in vaxctl queue list" queued
visit=$(ctl queue list --actor admin | jq -c --arg p "$person_id" 'select(.person_id == $p)')
jq -e '.queue_number == 1 and .state == "waiting" and .screening == "clear"' <<<"$visit" \
  >/dev/null || fail "unexpected visit: $visit"
visit_id=$(jq -r .visit_id <<<"$visit")
wait_for "the draft to be cleared after the check-in" test ! -e "$draft"
shot checkin-queue-number
log "checked in: visit $visit_id, queue number 1"

# --- the injection desk (F3): call, scan the box, Space Space V L, Enter --------------------------
stage=desk
visit_state() { ctl queue list --actor admin | jq -e --arg v "$visit_id" --arg s "$1" \
  'select(.visit_id == $v and .state == $s)'; }
xdotool key F3 F5
wait_for "the called state after F5" visit_state called
scanned() { screen_changed_from "$work/called.xwd"; }
# The scanner: the box's 20-digit trace code, then Enter. Its result shows before the first Space.
screen "$work/called.xwd"
xdotool type --delay 5 "$box"
xdotool key Return
wait_for "the scanned vaccine on screen" scanned
wait_for "the screen to settle after the scan" settled
shot desk-scanned
press "Space (name)" space
press "Space (appearance)" space
press "V (verified)" v
press "L (site)" l
shot desk-ready
xdotool key Return
dosed() { ctl dose list --actor admin | jq -e --arg v "$visit_id" 'select(.visit_id == $v)'; }
wait_for "the dose in vaxctl dose list" dosed
dose=$(ctl dose list --actor admin | jq -c --arg v "$visit_id" 'select(.visit_id == $v)')
jq -e --arg lot "$lot" --arg box "$box" --arg nurse "$nurse_id" \
  '.lot == $lot and .trace_code == $box and .site == "LD" and .dose_number == 1 and
   .status == "completed" and .staff_id == $nurse' <<<"$dose" >/dev/null ||
  fail "unexpected dose: $dose"
dose_id=$(jq -r .id <<<"$dose")
wait_for "the vaccinated state of the visit" visit_state vaccinated
observing() { ctl observe list | jq -e --arg d "$dose_id" \
  'select(.dose_id == $d and .state == "observing" and .queue_number == 1)'; }
wait_for "an open observation for the dose in vaxctl observe list" observing
shot desk-administered
log "administered: dose $dose_id, lot $lot, box $box, site LD; observation open"

# --- the observation board, a second process ------------------------------------------------------
stage=board
"$vaxpoint" --observation-board >"$work/board.out" 2>"$work/board.err" &
board_pid=$!
wait_for "the board window" has_window "$board_pid"
log "board window: $(xdotool getwindowname "$(window_of "$board_pid")")"
# The person's tile is painted in the "observing" colour (ui/observation/boardmodel.cpp); the
# legend's swatch alone is ~500 pixels, one tile tens of thousands.
tile_pixels() {
  import -window root "$work/board.png" &&
    convert "$work/board.png" -alpha off +transparent '#244a73' -alpha extract \
      -format '%[fx:round(mean*w*h)]' info:
}
board_shows_tile() { [ "$(tile_pixels)" -gt 5000 ]; }
wait_for "an observing tile on the board" board_shows_tile
shot observation-board
alive

stage=finished
log "passed: sign-in, check-in, desk, observation board; screenshots in $out"
