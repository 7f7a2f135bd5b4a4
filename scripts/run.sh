#!/usr/bin/env bash
# Builds VaxPoint and starts the GUI. Run as root on a fresh Debian 12 (installs what is missing).
# The first start creates a TRAINING database (demo lots, demo login shown on the login screen)
# in your data directory; pass --db PATH to use another file.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVAX_BUILD_TESTS=OFF -DVAX_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build -j"$(nproc)"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<'MSG'
run.sh: VaxPoint is built (build/bin/vaxpoint, build/bin/vaxctl) but there is no display to show
its window. On a desktop, run this from a terminal inside the desktop session. On a server:
  xvfb-run -a ./scripts/run.sh        (a virtual screen; take screenshots with xwd)
MSG
  exit 2
fi
exec build/bin/vaxpoint "$@"
