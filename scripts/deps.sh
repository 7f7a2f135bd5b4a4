#!/usr/bin/env bash
# Installs the Debian 12 packages VaxPoint needs, only those missing.
# Usage: scripts/deps.sh [build|test|run]   (default: test)
set -euo pipefail
profile=${1:-test}

build_pkgs=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6
  qt6-charts-dev libqt6opengl6-dev  # Qt6ChartsConfig needs Qt6OpenGL's CMake files
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qtkeychain-qt6-dev libsodium-dev libsqlite3-dev sqlite3 libzip-dev libqrencode-dev
  fonts-noto-cjk
  qt6-translations-l10n  # Qt's own dialogs (print, file, OK/Cancel) in zh_CN/zh_TW
  libdmtx-dev  # GS1 DataMatrix codes on the training scan sheets
)
test_pkgs=(
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth clang-format
  dbus dbus-x11 gnome-keyring libsecret-tools
  desktop-file-utils appstream zbar-tools  # package checks; certificate QR decode test
  xdotool x11-apps imagemagick jq  # tests/e2e: keys, xwd, screenshots, vaxctl --json
  clang libclang-rt-14-dev  # libFuzzer (scripts/fuzz.sh); the runtime is only recommended
  postgresql libqt6sql6-psql openssl  # site mode: tests/support/pgserver runs a real server
)
run_pkgs=(xvfb xauth libqt6sql6-psql)  # the desk's driver for the site server (docs/site.md)

pkgs=("${build_pkgs[@]}")
case "$profile" in
  build) ;;
  test) pkgs+=("${test_pkgs[@]}") ;;
  run) pkgs+=("${run_pkgs[@]}") ;;
  *) echo "deps.sh: unknown profile '$profile' (use build, test or run)" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "deps.sh: these packages are missing and I am not root: ${missing[*]}" >&2
    echo "deps.sh: run as root, or install them with apt-get first." >&2
    exit 1
  fi
fi
echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
