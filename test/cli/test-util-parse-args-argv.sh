#!/usr/bin/env bash
# util.parseArgs() without `args` reads the user's arguments: those after
# the script, or all of them after -e / -p code.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >args.js <<'JS'
const { parseArgs } = require('util');
console.log(JSON.stringify(parseArgs({ strict: false })));
JS
expected='{"values":{"flag":true,"name":"v"},"positionals":["pos"]}'

run "$RT" args.js --flag pos --name=v
assert_status 0
assert_eq "script" "$expected" "$OUT"

for opt in -e --eval; do
  run "$RT" "$opt" 'console.log(JSON.stringify(require("util").parseArgs({ strict: false })))' -- --flag pos --name=v
  assert_status 0
  assert_eq "$opt" "$expected" "$OUT"
done

for opt in -p --print; do
  run "$RT" "$opt" 'JSON.stringify(require("util").parseArgs({ strict: false }))' -- --flag pos --name=v
  assert_status 0
  assert_eq "$opt" "$expected" "$OUT"
done

finish
