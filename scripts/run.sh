#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs Escale on the shipped default scenario.
# With a display it opens the desktop application; without one it prints the evaluation.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh run
cmake --preset release >/dev/null
cmake --build --preset release

scenario=data/scenarios/ecommerce-multichannel.yaml
if [ -x build/release/app/escale ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec build/release/app/escale "$scenario" "$@"
fi
exec build/release/app/escale-cli evaluate "$scenario" "$@"
