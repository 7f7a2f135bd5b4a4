#!/usr/bin/env bash
# The cost of a write, side by side in one run (docs/performance.md, "The cost of a write"):
# the bare durable insert of bench_sqlite_baseline, then check-in of a person on file and of a
# new person (bench_checkin, 3,000 persons), then administer (bench_desk), each with the same
# number of iterations; prints every p50 and its ratio to the bare insert.
# Usage: scripts/bench-write-cost.sh [BUILD_DIR]   (default: build-bench, made by scripts/bench.sh)
# Environment: VAX_BENCH_ITERATIONS (default 2000), VAX_BENCH_PEOPLE (default 3000).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
for b in bench_sqlite_baseline bench_checkin bench_desk; do
  [ -x "$build/bin/$b" ] || { echo "bench-write-cost: $build/bin/$b is missing; build it first" \
    "(scripts/bench.sh builds build-bench)" >&2; exit 2; }
done
command -v jq >/dev/null || { echo "bench-write-cost: needs jq (apt-get install jq)" >&2; exit 2; }
export VAX_BENCH_ITERATIONS=${VAX_BENCH_ITERATIONS:-2000}
export VAX_BENCH_PEOPLE=${VAX_BENCH_PEOPLE:-3000}
export VAX_BENCH_PERSONS=${VAX_BENCH_PERSONS:-$VAX_BENCH_PEOPLE}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() {  # run NAME FILTER
  "$build/bin/$1" --benchmark_filter="$2" --benchmark_counters_tabular=false --benchmark_format=json >"$out/$1.json" 2>"$out/$1.err" ||
    { cat "$out/$1.err" >&2; exit 1; }
}
run bench_sqlite_baseline '^BareInsertCommit'
run bench_checkin '^CheckIn/'
run bench_desk 'BM_Administer'

p50() {  # p50 FILE BENCHMARK-PREFIX (bench_desk calls its p50 median_ms)
  jq -r --arg n "$2" '[.benchmarks[] | select(.name | startswith($n))][0] |
    "\(.p50_ms // .median_ms) \(.cpu_time / (if .time_unit == "us" then 1000 elif .time_unit == "ns" then 1e6 else 1 end))"' \
    "$out/$1.json"
}
read -r base base_cpu < <(p50 bench_sqlite_baseline BareInsertCommit)
read -r onfile onfile_cpu < <(p50 bench_checkin CheckIn/ExistingByDocument)
read -r fresh fresh_cpu < <(p50 bench_checkin CheckIn/NewPerson)
read -r admin admin_cpu < <(p50 bench_desk BM_Administer)

echo "iterations: $VAX_BENCH_ITERATIONS; persons: $VAX_BENCH_PEOPLE; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-38s | %8s | %7s | %6s | %12s |\n' operation 'p50 ms' 'ratio' target 'CPU ms/op'
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..40})" ---------- --------- -------- --------------
row() {
  printf '| %-38s | %8.3f | %6.2fx | %6s | %12.3f |\n' "$1" "$2" "$(awk -v a="$2" -v b="$base" 'BEGIN { print a / b }')" "$3" "$4"
}
row 'bare durable insert (baseline)' "$base" '1x' "$base_cpu"
row 'check-in, person on file' "$onfile" '<= 2x' "$onfile_cpu"
row 'check-in, new person' "$fresh" '<= 3x' "$fresh_cpu"
row 'administer' "$admin" '<= 3x' "$admin_cpu"
