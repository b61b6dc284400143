#!/usr/bin/env bash
# bench/path/run.sh: path.join/resolve/normalize and friends on kiln and node.
#   bench/path/run.sh [--kiln PATH] [--node PATH] [--runs N] [filter]
# Runs ops.js N times (default 3) on each runtime, keeps each case's best
# time, and prints kiln's and node's next to kiln/node (below 1 is faster).
exec "$(dirname "${BASH_SOURCE[0]}")/../util/compare.sh" "$(dirname "${BASH_SOURCE[0]}")/ops.js" "$@"
