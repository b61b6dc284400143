#!/usr/bin/env bash
# process.execArgv holds the runtime's own options as given (those before the script, or
# -e and its code), and process.argv leaves them out; options after the script are not in it.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >main.js <<'JS'
console.log(JSON.stringify(process.execArgv));
console.log(JSON.stringify(process.argv.slice(1)));
JS

run "$RT" --no-warnings main.js a
assert_status 0
assert_eq "--no-warnings main.js a: execArgv" "$(json_array --no-warnings)" "$(line 1 "$OUT")"
assert_eq "--no-warnings main.js a: argv" "$(json_array "$SCRATCH/main.js" a)" "$(line 2 "$OUT")"

run "$RT" --no-warnings --no-deprecation main.js
assert_status 0
assert_eq "two options: execArgv" "$(json_array --no-warnings --no-deprecation)" "$(line 1 "$OUT")"

run "$RT" main.js --no-warnings
assert_status 0
assert_eq "option after the script: execArgv" "[]" "$(line 1 "$OUT")"
assert_eq "option after the script: argv" "$(json_array "$SCRATCH/main.js" --no-warnings)" "$(line 2 "$OUT")"

run "$RT" main.js
assert_status 0
assert_eq "no options: execArgv" "[]" "$(line 1 "$OUT")"

code='console.log(JSON.stringify(process.execArgv))'
run "$RT" --no-warnings -e "$code" a --no-deprecation
assert_status 0
assert_eq "-e: execArgv" "$(json_array --no-warnings -e "$code")" "$OUT"

finish
