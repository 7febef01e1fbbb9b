#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, runs every test, then checks the
# sources (clang-format, clang-tidy: scripts/lint.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh test
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
scripts/lint.sh build/ci
