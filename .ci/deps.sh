#!/usr/bin/env bash
# Installs the Debian 12 packages SubDesk needs to build, test, package and run (as root, or with
# sudo when available). Does nothing when they are all there already.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config clang-format
  # Qt 6.4: widgets, charts (needs the OpenGL CMake package), SVG icons, SQL drivers, tests, linguist
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev
  # packaging (.deb), screenshots and headless GUI runs
  dpkg-dev file xvfb xauth x11-utils imagemagick fonts-dejavu-core
  # documents: PDF text for golden tests, UBL XSD and EN 16931 Schematron validation
  poppler-utils libxml2-utils libsaxonhe-java default-jre-headless
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
  -o DPkg::Lock::Timeout=600 "${missing[@]}"
