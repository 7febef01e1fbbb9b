#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The source checks CI runs after the tests, on the whole tree:
#   clang-format   every C++ file is laid out as .clang-format says (fix: scripts/lint.sh --fix)
#   clang-tidy     the checks of .clang-tidy, as errors, on the sources of model, data, ui, app,
#                  with the compile commands of the build folder (default build/ci)
# Usage: scripts/lint.sh [--fix] [--format-only] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

fix=0
tidy=1
build=build/ci
for arg in "$@"; do
    case $arg in
        --fix) fix=1 ;;
        --format-only) tidy=0 ;;
        -*) echo "usage: $0 [--fix] [--format-only] [BUILD_DIR]" >&2; exit 2 ;;
        *) build=$arg ;;
    esac
done

format=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$format" ] || { echo "lint: clang-format is missing (scripts/deps.sh test installs it)" >&2; exit 1; }
mapfile -t files < <(find model data ui app tests -name '*.cpp' -o -name '*.h' | sort)

if [ $fix -eq 1 ]; then
    "$format" -i --style=file "${files[@]}"
    echo "lint: formatted ${#files[@]} files"
else
    "$format" --dry-run --Werror --style=file "${files[@]}"
    echo "lint: ${#files[@]} files follow .clang-format"
fi

[ $tidy -eq 1 ] || exit 0
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
[ -n "$runner" ] || { echo "lint: run-clang-tidy is missing (scripts/deps.sh test installs it)" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "lint: no $build/compile_commands.json; build first" >&2; exit 1; }
jobs=$(nproc 2>/dev/null || echo 2)
start=$(date +%s)
log=$(mktemp)
if ! "$runner" -p "$build" -quiet -j "$jobs" "$(pwd)/(model|data|ui|app)/.*\.cpp$" >"$log" 2>&1; then
    grep -E "(warning|error):" "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u >&2
    rm -f "$log"
    echo "lint: clang-tidy found problems (see above)" >&2
    exit 1
fi
rm -f "$log"
echo "lint: clang-tidy clean ($(($(date +%s) - start)) s)"
