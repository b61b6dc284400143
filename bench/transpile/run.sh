#!/usr/bin/env bash
# bench/transpile/run.sh: the ES-module transpiler's speed (DESIGN.md: >= 50 MB/s) on
# real ES-module sources: the ESM builds of three and lodash-es, installed with npm
# into /tmp/kiln-bench-transpile on first use. Node has no equivalent step, so this
# prints kiln's MB/s (CPU time): the C transformer alone (bench/transpile/transpile-bench.c),
# then through the binding next to JavaScriptCore's own compile of the result.
#   bench/transpile/run.sh [--kiln PATH] [--files LIST]
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
kiln="$root/build/kiln"
list=""
while (($#)); do
  case $1 in
    --kiln) kiln=${2:?--kiln needs a path}; shift 2 ;;
    --files) list=${2:?--files needs a file}; shift 2 ;;
    *) echo "usage: bench/transpile/run.sh [--kiln PATH] [--files LIST]" >&2; exit 2 ;;
  esac
done
corpus=/tmp/kiln-bench-transpile
if [[ -z $list ]]; then
  if [[ ! -d $corpus/node_modules/three || ! -d $corpus/node_modules/lodash-es ]]; then
    mkdir -p "$corpus" &&
      (cd "$corpus" && npm install --no-audit --no-fund --silent three@0.170.0 lodash-es@4.17.21) ||
      { echo "bench/transpile: npm install failed; pass --files LIST" >&2; exit 1; }
  fi
  list=$corpus/files.txt
  find "$corpus/node_modules/three" "$corpus/node_modules/lodash-es" -name '*.js' \
    ! -path '*/cjs/*' | LC_ALL=C sort > "$list"
fi
out="$root/build/bench"
mkdir -p "$out"
gcc -O2 -I"$root/src" "$here/transpile-bench.c" "$root"/src/transpile/*.c -o "$out/transpile-bench" || exit 1
echo "== C transformer (src/transpile), CPU time"
"$out/transpile-bench" < "$list"
if [[ -x $kiln ]]; then
  echo "== through internalBinding('transpile') in $kiln"
  "$kiln" --expose-internals "$here/bench.js" < "$list"
else
  echo "note: $kiln not built; the binding row is skipped" >&2
fi
