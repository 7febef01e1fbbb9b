#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Mutation testing of the engine: applies the one-line mutations of scripts/mutations.txt to
# model/ one at a time, rebuilds the model tests incrementally in build/mutate (UI and
# benchmarks off) and runs `ctest -L model`. A mutation is killed when a test fails, survives
# when every test passes; one that does not compile is counted apart. Each file is restored
# exactly after its mutation, on an interrupt too.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/mutate.sh [--min PCT] [--only REGEX] [--list FILE] [--build-dir DIR] [--check]

  --min PCT        exit 1 when fewer than PCT % of the mutations that compile are killed
  --only REGEX     run only the mutations whose id matches REGEX (grep -E)
  --list FILE      the mutation list (default scripts/mutations.txt; format in its header)
  --build-dir DIR  the build directory (default build/mutate, configured when missing)
  --check          only check that every mutation's original text is found, once; no build

Prints one line per mutation and then "killed K/N (P%)" over the N mutations that compile.
Exit status: 0 when every mutation was applied (and --min is met), 1 below --min, 2 when a
mutation's original text is missing or ambiguous (the engine changed: update the list) or on
a usage or baseline error.
EOF
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
list="$root/scripts/mutations.txt"
build="$root/build/mutate"
min=""
only=""
check_only=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --min) min=${2:?--min needs a percentage}; shift 2 ;;
        --only) only=${2:?--only needs a regular expression}; shift 2 ;;
        --list) list=${2:?--list needs a file}; shift 2 ;;
        --build-dir) build=${2:?--build-dir needs a directory}; shift 2 ;;
        --check) check_only=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "mutate.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
if [[ -n "$min" && ! "$min" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
    echo "mutate.sh: --min takes a percentage, e.g. 90" >&2
    exit 2
fi
[[ -f "$list" ]] || { echo "mutate.sh: no mutation list $list" >&2; exit 2; }

# --- The list ---------------------------------------------------------------------------------
ids=() files=() originals=() replacements=()
parse_error() { echo "$list:$1: $2" >&2; exit 2; }
lineno=0
state=none # none -> header -> original -> (replacement) none
while IFS= read -r line || [[ -n "$line" ]]; do
    lineno=$((lineno + 1))
    [[ -z "$line" || "$line" == \#* ]] && continue
    case "$line" in
        "@ "*)
            [[ "$state" == none ]] || parse_error "$lineno" "a mutation needs '-' and '+' lines"
            read -r _ id file extra <<<"$line"
            [[ -n "${file:-}" && -z "${extra:-}" ]] || parse_error "$lineno" "expected '@ <id> <file>'"
            ids+=("$id"); files+=("$file"); state=header ;;
        "- "*)
            [[ "$state" == header ]] || parse_error "$lineno" "'-' line out of place"
            originals+=("${line:2}"); state=original ;;
        "+ "*)
            [[ "$state" == original ]] || parse_error "$lineno" "'+' line out of place"
            replacements+=("${line:2}"); state=none ;;
        *) parse_error "$lineno" "a line must start with '@ ', '- ', '+ ' or '#'" ;;
    esac
done <"$list"
[[ "$state" == none ]] || parse_error "$lineno" "the last mutation is incomplete"
declare -A seen=()
for id in "${ids[@]}"; do
    [[ -z "${seen[$id]:-}" ]] || { echo "$list: mutation id '$id' is used twice" >&2; exit 2; }
    seen[$id]=1
done

# Occurrences of the original text ($2) in the file ($1), or with a third argument the file's
# text with that one occurrence replaced, written back.
exact_replace() {
    python3 - "$@" <<'PY'
import sys
path, original = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8", newline="") as f:
    text = f.read()
count = text.count(original)
if len(sys.argv) == 3:
    print(count)
    sys.exit(0)
if count != 1:
    sys.exit(3)
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(text.replace(original, sys.argv[3], 1))
PY
}

selected=()
for i in "${!ids[@]}"; do
    if [[ -z "$only" ]] || grep -Eq -- "$only" <<<"${ids[$i]}"; then
        selected+=("$i")
    fi
done
[[ ${#selected[@]} -gt 0 ]] || { echo "mutate.sh: no mutation matches '$only'" >&2; exit 2; }

# A mutation that cannot be applied is an error whatever else happens.
missing=0
applicable=()
for i in "${selected[@]}"; do
    path="$root/${files[$i]}"
    if [[ ! -f "$path" ]]; then
        printf '%-44s NOT FOUND: no file %s\n' "${ids[$i]}" "${files[$i]}"
        missing=$((missing + 1))
        continue
    fi
    count=$(exact_replace "$path" "${originals[$i]}")
    if [[ "$count" != 1 ]]; then
        what="original text not found"
        [[ "$count" == 0 ]] || what="original text found $count times"
        printf '%-44s NOT FOUND: %s in %s\n' "${ids[$i]}" "$what" "${files[$i]}"
        missing=$((missing + 1))
        continue
    fi
    applicable+=("$i")
done
if [[ $check_only == 1 ]]; then
    echo "${#applicable[@]} of ${#selected[@]} mutations apply; $missing not found"
    [[ $missing == 0 ]] && exit 0 || exit 2
fi

# --- Restoring --------------------------------------------------------------------------------
work=$(mktemp -d)
current="" # the file under mutation, while it is mutated
restore() {
    if [[ -n "$current" ]]; then
        # A plain copy gives the file a new time stamp, so the next build recompiles it.
        cp "$work/original" "$current"
        cmp -s "$work/original" "$current" || echo "mutate.sh: could not restore $current" >&2
        current=""
    fi
}
finish() {
    local status=$?
    restore
    rm -rf "$work"
    exit "$status"
}
trap finish EXIT
trap 'echo; echo "mutate.sh: interrupted, restoring" >&2; exit 130' INT TERM HUP

if ! git -C "$root" diff --quiet -- model 2>/dev/null; then
    echo "note: model/ has uncommitted changes; they are mutated as they are" >&2
fi

# --- The build --------------------------------------------------------------------------------
jobs=${MUTATE_JOBS:-2}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    echo "configuring $build (engine and its tests only)"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DESCALE_BUILD_UI=OFF \
        -DESCALE_BUILD_BENCHMARKS=OFF -DESCALE_MUTATION_TESTS=OFF >"$work/configure.log" 2>&1 \
        || { cat "$work/configure.log" >&2; exit 2; }
fi
echo "baseline: building and running the model tests without mutation"
cmake --build "$build" -j "$jobs" >"$work/build.log" 2>&1 || {
    tail -40 "$work/build.log" >&2
    echo "mutate.sh: the unmutated build fails" >&2
    exit 2
}
# The executables behind the model-labelled tests, so each mutation rebuilds only those.
targets=$(ctest --test-dir "$build" -L model --show-only=json-v1 2>/dev/null | python3 -c '
import json, os, sys
tests = json.load(sys.stdin)["tests"]
print(" ".join(sorted({os.path.basename(t["command"][0]) for t in tests if t.get("command")})))')
[[ -n "$targets" ]] || { echo "mutate.sh: no model-labelled tests in $build" >&2; exit 2; }
run_tests() {
    ctest --test-dir "$build" -L model -j "$jobs" --timeout 120 --stop-on-failure >"$1" 2>&1
}
run_tests "$work/baseline.log" || {
    tail -40 "$work/baseline.log" >&2
    echo "mutate.sh: the model tests fail without any mutation" >&2
    exit 2
}

# --- The mutations ----------------------------------------------------------------------------
killed=0 survived=0 broken=0 n=0 by=""
survivors=()
total=${#applicable[@]}
start=$SECONDS
for i in "${applicable[@]}"; do
    n=$((n + 1))
    path="$root/${files[$i]}"
    t0=$SECONDS
    cp -p "$path" "$work/original"
    current="$path"
    exact_replace "$path" "${originals[$i]}" "${replacements[$i]}"
    if ! cmake --build "$build" -j "$jobs" --target $targets >"$work/mutant.log" 2>&1; then
        result="no compile"
        broken=$((broken + 1))
    elif run_tests "$work/mutant.log"; then
        result="SURVIVED"
        survived=$((survived + 1))
        survivors+=("${ids[$i]}")
    else
        result="killed"
        killed=$((killed + 1))
        # ctest lists the failed tests after "The following tests FAILED:".
        by=$(awk '/tests FAILED:/ { getline; sub(/^[ \t]*[0-9]+ - /, ""); print; exit }' \
            "$work/mutant.log")
    fi
    restore
    printf '[%2d/%d] %-10s %-44s %s (%ds)%s\n' "$n" "$total" "$result" "${ids[$i]}" \
        "${files[$i]}" $((SECONDS - t0)) "${by:+ by $by}"
    by=""
done
# Leave the build directory with the unmutated engine.
cmake --build "$build" -j "$jobs" --target $targets >"$work/build.log" 2>&1 \
    || echo "mutate.sh: warning: the final rebuild of the unmutated engine failed" >&2

compiled=$((killed + survived))
share=$(python3 -c "print(f'{100 * $killed / $compiled:.1f}' if $compiled else '0.0')")
echo
echo "killed $killed/$compiled ($share%) of the mutations that compile;" \
     "$broken did not compile; $missing not found; $((SECONDS - start)) s"
[[ ${#survivors[@]} -eq 0 ]] || echo "survived: ${survivors[*]}"
if [[ $missing -gt 0 ]]; then
    echo "mutate.sh: $missing mutation(s) no longer apply: update $list" >&2
    exit 2
fi
if [[ -n "$min" ]] && python3 -c "import sys; sys.exit(0 if $compiled and 100 * $killed / $compiled >= $min else 1)"; then
    :
elif [[ -n "$min" ]]; then
    echo "mutate.sh: below the required $min%" >&2
    exit 1
fi
exit 0
