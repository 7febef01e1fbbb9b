#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Escale needs, only those missing.
#   scripts/deps.sh run    packages to build and run the application
#   scripts/deps.sh test   the above plus the test and benchmark tools
set -euo pipefail

build=(g++ cmake ninja-build pkg-config ca-certificates
       libeigen3-dev libyaml-cpp-dev nlohmann-json3-dev libxlsxwriter-dev zlib1g-dev
       qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
       qt6-translations-l10n libqt6svg6 libgl-dev libqt6opengl6-dev libxkbcommon-dev
       fonts-dejavu-core fonts-crosextra-carlito fontconfig)
test=(libgtest-dev libbenchmark-dev xvfb xauth poppler-utils python3 unzip
      clang-format clang-tidy)

case "${1:-run}" in
    run) wanted=("${build[@]}") ;;
    test) wanted=("${build[@]}" "${test[@]}") ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "escale: missing Debian packages: ${missing[*]}" >&2
    echo "escale: run this script as root (or install sudo) so it can install them." >&2
    exit 1
fi

echo "escale: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
