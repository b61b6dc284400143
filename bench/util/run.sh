#!/usr/bin/env bash
# bench/util/run.sh: util.inspect and util.format on kiln and node.
#   bench/util/run.sh [--kiln PATH] [--node PATH] [--runs N] [filter]
# Runs inspect.js N times (default 3) on each runtime, keeps each case's
# best time, and prints kiln's and node's next to kiln/node (below 1 is faster).
# BENCH_STEADY=1 in the environment measures the main thread only, after a
# 2 s warm-up: steady-state speed, without the JIT compiler's threads.
exec "$(dirname "${BASH_SOURCE[0]}")/compare.sh" "$(dirname "${BASH_SOURCE[0]}")/inspect.js" "$@"
