#!/usr/bin/env bash
# `--` ends the runtime's options: the next argument is the script even if it looks like an
# option, and everything after it goes to the script, a second `--` included.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >main.js <<'JS'
console.log(JSON.stringify(process.argv));
console.log(JSON.stringify(process.execArgv));
JS

run "$RT" -- main.js --foo
assert_status 0
assert_eq "RUNTIME -- main.js --foo: argv" "$(json_array "$RT_REAL" "$SCRATCH/main.js" --foo)" "$(line 1 "$OUT")"
assert_eq "RUNTIME -- main.js --foo: execArgv" "[]" "$(line 2 "$OUT")"
assert_eq "RUNTIME -- main.js --foo: stderr" "" "$ERR"

run "$RT" -- main.js --version -- x
assert_status 0
assert_eq "RUNTIME -- main.js --version -- x: argv" \
  "$(json_array "$RT_REAL" "$SCRATCH/main.js" --version -- x)" "$(line 1 "$OUT")"

run "$RT" --no-warnings -- main.js -e 1
assert_status 0
assert_eq "RUNTIME --no-warnings -- main.js -e 1: argv" \
  "$(json_array "$RT_REAL" "$SCRATCH/main.js" -e 1)" "$(line 1 "$OUT")"
assert_eq "RUNTIME --no-warnings -- main.js -e 1: execArgv" "$(json_array --no-warnings)" "$(line 2 "$OUT")"

finish
