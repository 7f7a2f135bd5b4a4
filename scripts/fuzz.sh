#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang in build-fuzz (-DVAX_FUZZ=ON: the parsers
# under test with ASan + UBSan, nothing else) and runs each one for a while, one at a time, on a
# COPY of its committed corpus (build-fuzz/corpus/<target>). Fails on any finding; the input
# that caused it is saved in build-fuzz/findings/<target>/. See docs/fuzzing.md.
# Usage: scripts/fuzz.sh [--merge] [seconds-per-target] [target…]   (default: 60 s, all targets)
#   --merge  afterwards, add the inputs that found new coverage to tests/fuzz/corpus/<target>
#            (libFuzzer -set_cover_merge=1: the fewest files that add coverage). Without it the
#            repo is never written.
# FUZZ_BUILD_DIR: another build directory than build-fuzz (e.g. for CI).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${FUZZ_BUILD_DIR:-build-fuzz}

merge=0
if [ "${1:-}" = "--merge" ]; then
  merge=1
  shift
fi
seconds=${1:-60}
[ $# -gt 0 ] && shift
all=(identity scanrouter gs1 registrationqr coldchain catalog bundle sealed cliargs)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

# Longest input per target: a scan is short, a logger file or a catalog is not.
declare -A max_len=([identity]=256 [scanrouter]=1024 [gs1]=256 [registrationqr]=2048
                    [coldchain]=4096 [catalog]=4096 [bundle]=16384 [sealed]=16384
                    [cliargs]=512)
for t in "${targets[@]}"; do
  if [ -z "${max_len[$t]:-}" ]; then
    echo "fuzz.sh: unknown target '$t' (targets: ${all[*]})" >&2
    exit 2
  fi
done

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVAX_FUZZ=ON -DVAX_WERROR=ON -DVAX_BUILD_UI=OFF -DVAX_BUILD_TESTS=OFF \
  -DVAX_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
cmake --build "$out" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

mkdir -p "$out/logs"
rows=()
failed=0
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$t
  work=$out/corpus/$t
  findings=$out/findings/$t
  log=$out/logs/$t.log
  rm -rf "$work" "$findings"
  mkdir -p "$work" "$findings"
  cp "$seeds"/* "$work"/
  before=$(find "$work" -type f | wc -l)
  args=(-max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=10 -rss_limit_mb=2048
        -print_final_stats=1 -artifact_prefix="$findings/")
  [ -f "tests/fuzz/dict/$t.dict" ] && args+=(-dict="tests/fuzz/dict/$t.dict")
  echo "== fuzz_$t: ${seconds} s on $before seeds (log: $log)"
  result=ok
  if ! "$out/bin/fuzz_$t" "${args[@]}" "$work" >"$log" 2>&1; then
    result="FINDING"
    failed=1
    tail -n 40 "$log" >&2
    echo "fuzz.sh: fuzz_$t found a problem; input in $findings/" >&2
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  after=$(find "$work" -type f | wc -l)
  rows+=("$(printf '%-15s %12s %8s %10s %8s %8s  %s' "$t" "${runs:-?}" "$seconds" "${rate:-?}" \
             "$before" "$after" "$result")")
  if [ $merge -eq 1 ] && [ "$result" = ok ]; then
    "$out/bin/fuzz_$t" -set_cover_merge=1 -max_len="${max_len[$t]}" "$seeds" "$work" \
      >"$out/logs/$t.merge.log" 2>&1
    echo "   merged: $seeds now holds $(find "$seeds" -type f | wc -l) files"
  fi
done

echo
printf '%-15s %12s %8s %10s %8s %8s  %s\n' target runs seconds "execs/s" "corpus" "after" result
for r in "${rows[@]}"; do echo "$r"; done
exit $failed
