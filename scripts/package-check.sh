#!/usr/bin/env bash
# Builds the Debian package from an existing build/ (cpack), installs it with apt-get (pulling
# its declared dependencies), runs both version commands from /usr/bin without a display, and
# validates the installed desktop file and AppStream metainfo. Run as root (or with sudo).
# Usage: scripts/package-check.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
version=$(sed -n 's/^project(VaxPoint VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "package-check.sh: installing the package needs root" >&2
    exit 1
  fi
fi

echo "-- validating packaging/ sources"
desktop-file-validate packaging/vaxpoint.desktop
appstreamcli validate --no-net --pedantic packaging/vaxpoint.metainfo.xml

echo "-- cpack in $build"
rm -f "$build"/vaxpoint_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/vaxpoint_"$version"_*.deb)
echo "-- installing $deb"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --reinstall "./$deb" >/dev/null

check_version() {
  local out
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "/usr/bin/$1" --version)
  if [ "$out" != "$1 $version" ]; then
    echo "package-check.sh: /usr/bin/$1 --version printed '$out', expected '$1 $version'" >&2
    exit 1
  fi
  echo "$out"
}
check_version vaxpoint
check_version vaxctl

echo "-- validating installed files"
desktop-file-validate /usr/share/applications/vaxpoint.desktop
appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.vaxpoint.vaxpoint.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/vaxpoint.svg
grep -q "^License: LicenseRef-proprietary" /usr/share/doc/vaxpoint/copyright
echo "-- package ok: $(basename "$deb")"
