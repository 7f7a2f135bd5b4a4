#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them all (or those named as arguments). The numbers
# go into docs/performance.md by hand, with the machine they were measured on.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh test
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DVAX_BUILD_UI=ON \
  -DVAX_BUILD_TESTS=ON -DVAX_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build-bench -j"$(nproc)"
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
  mapfile -t benches < <(find build-bench/bin -maxdepth 1 -name 'bench_*' -type f -executable \
    -printf '%f\n' | sort)
fi
for b in "${benches[@]}"; do
  echo "== $b"
  "build-bench/bin/$b" --benchmark_counters_tabular=true
done
