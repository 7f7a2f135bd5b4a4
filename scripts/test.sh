#!/usr/bin/env bash
# Builds VaxPoint and runs every test. Run as root on a fresh Debian 12 (installs what is
# missing). Exits non-zero on any failure. Steps:
#   1. build with warnings as errors;  2. format and translation checks;
#   3. all tests (unit, db, gui) through ctest;  4. core tests again under ASan + UBSan;
#   5. a short libFuzzer run of every parser (scripts/fuzz.sh, clang, build-fuzz);
#   6. the .deb: built from build/, installed, both --version commands run, metadata validated.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
./scripts/deps.sh test

echo "== build (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVAX_WERROR=ON \
  -DVAX_BUILD_TESTS=ON -DVAX_BUILD_BENCHMARKS=ON
cmake --build build -j"$jobs"

echo "== format and translations"
./scripts/check-format.sh
./scripts/check-translations.sh

echo "== tests"
ctest --test-dir build --output-on-failure -j"$jobs" -LE 'slow|bench'

echo "== core tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVAX_WERROR=ON -DVAX_SANITIZE=ON \
  -DVAX_BUILD_UI=OFF -DVAX_BUILD_TESTS=ON -DVAX_BUILD_BENCHMARKS=OFF
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -L 'unit|db' -LE 'slow|bench'

echo "== fuzz (short)"
./scripts/fuzz.sh 10

echo "== package"
./scripts/package-check.sh build
echo "== all tests passed"
