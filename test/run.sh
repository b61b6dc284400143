#!/usr/bin/env bash
# kiln's test runner.
#
#   test/run.sh --runtime PATH [--node PATH] [--build DIR] [--jobs N] [--timeout S] [PATTERN...]
#
# Runs, each in its own process with a timeout:
#   - the C unit tests built in DIR/test/          (only when the runtime is kiln)
#   - the fuzz corpora replayed by DIR/fuzz/*       (only when the runtime is kiln)
#   - test/parallel/test-*.js on the runtime
#   - test/cli/test-*.sh with RUNTIME set to the runtime
#   - test/kiln/test-*.sh, kiln-only behaviour      (only when the runtime is kiln)
#   - test/npm/test-*.{mjs,js}, packages from npm (Express, ES-module-only ones), when
#     test/npm/install.sh has installed them (`make test` runs it)
# With --node PATH, test/parallel, test/cli and test/npm run once more on that runtime
# (Node 24), which checks that the tests encode Node's behaviour.
# PATTERNs select tests whose file name contains one of them.
# Prints one line per failure (with the end of its output) and ends with
# `N passed, N failed`. Exit status 0 when nothing failed.
set -u
cd "$(dirname "$0")/.." || exit 2

runtime=""
node=""
build="build"
jobs=2
timeout_s=60
patterns=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runtime) runtime="$2"; shift 2 ;;
    --node) node="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) patterns+=("$1"); shift ;;
  esac
done
[ -n "$runtime" ] || { echo "usage: test/run.sh --runtime PATH [--node PATH] [PATTERN...]" >&2; exit 2; }
abs() { case "$1" in /*) echo "$1" ;; */*) echo "$PWD/$1" ;; *) command -v "$1" ;; esac; }
runtime=$(abs "$runtime")
[ -x "$runtime" ] || { echo "test/run.sh: no runtime at $runtime" >&2; exit 2; }
if [ -n "$node" ]; then
  if [ -x "$node" ]; then node=$(abs "$node"); else echo "test/run.sh: no Node at $node; skipping the Node pass" >&2; node=""; fi
fi
is_kiln() { "$1" -p 'typeof process.versions.kiln' 2>/dev/null | grep -q string; }

selected() {
  [ ${#patterns[@]} -eq 0 ] && return 0
  local p
  for p in "${patterns[@]}"; do case "$1" in *"$p"*) return 0 ;; esac; done
  return 1
}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
list="$out/list"
: > "$list"
# Each line: label<TAB>kind<TAB>runtime<TAB>file
add() { selected "$4" && printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$list"; }

if is_kiln "$runtime"; then
  for t in "$build"/test/test-*; do [ -x "$t" ] && add c c "$runtime" "$t"; done
  for f in "$build"/fuzz/fuzz-*; do [ -x "$f" ] && add fuzz fuzz "$runtime" "$f"; done
  kiln=1
else
  kiln=0
fi
label=$([ $kiln = 1 ] && echo kiln || basename "$runtime")
for t in test/parallel/test-*.js; do [ -e "$t" ] && add "$label" js "$runtime" "$t"; done
for t in test/cli/test-*.sh; do [ -e "$t" ] && add "$label" sh "$runtime" "$t"; done
npm_installed=0
[ -f test/npm/node_modules/.kiln-installed ] && npm_installed=1
if [ $npm_installed = 1 ]; then
  for t in test/npm/test-*.mjs test/npm/test-*.js; do [ -e "$t" ] && add "$label" js "$runtime" "$t"; done
elif [ ${#patterns[@]} -eq 0 ]; then
  echo "test/npm: packages not installed (test/npm/install.sh), those tests not run" >&2
fi
if [ $kiln = 1 ]; then
  for t in test/kiln/test-*.sh; do [ -e "$t" ] && add kiln sh "$runtime" "$t"; done
fi
if [ -n "$node" ]; then
  for t in test/parallel/test-*.js; do [ -e "$t" ] && add node24 js "$node" "$t"; done
  for t in test/cli/test-*.sh; do [ -e "$t" ] && add node24 sh "$node" "$t"; done
  if [ $npm_installed = 1 ]; then
    for t in test/npm/test-*.mjs test/npm/test-*.js; do [ -e "$t" ] && add node24 js "$node" "$t"; done
  fi
fi

run_one() {
  local n="$1" label="$2" kind="$3" rt="$4" file="$5"
  local log="$out/$n.log" rc
  case "$kind" in
    c) timeout "$timeout_s" "$file" > "$log" 2>&1 ;;
    fuzz) timeout "$timeout_s" "$file" "test/fuzz/corpus/$(basename "$file" | sed 's/^fuzz-//')" > "$log" 2>&1 ;;
    js) timeout "$timeout_s" "$rt" "$file" > "$log" 2>&1 < /dev/null ;;
    sh) RUNTIME="$rt" timeout "$timeout_s" bash "$file" > "$log" 2>&1 < /dev/null ;;
  esac
  rc=$?
  if [ $rc -eq 0 ]; then
    echo pass > "$out/$n.res"
  else
    [ $rc -eq 124 ] && echo "(timed out after ${timeout_s}s)" >> "$log"
    echo "fail $rc" > "$out/$n.res"
  fi
}

n=0
while IFS=$'\t' read -r label kind rt file; do
  n=$((n + 1))
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n 2>/dev/null || true; done
  run_one "$n" "$label" "$kind" "$rt" "$file" &
done < "$list"
wait

passed=0
failed=0
n=0
while IFS=$'\t' read -r label kind rt file; do
  n=$((n + 1))
  res=$(cat "$out/$n.res" 2>/dev/null || echo "fail ?")
  if [ "$res" = pass ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL [$label] $file (exit ${res#fail })"
    tail -n 15 "$out/$n.log" | sed 's/^/    | /'
  fi
done < "$list"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
