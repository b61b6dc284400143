#!/usr/bin/env bash
# `--help` / `-h` print usage on stdout and exit 0 without running anything.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

echo 'console.log("the-script-ran")' >main.js

for opt in --help -h; do
  run "$RT" "$opt"
  assert_status 0
  assert_contains "$opt: stdout" "$OUT" "Usage"
  assert_eq "$opt: stderr" "" "$ERR"
done

run "$RT" --help main.js
assert_status 0
assert_not_contains "--help main.js: the script did not run" "$OUT" "the-script-ran"

finish
