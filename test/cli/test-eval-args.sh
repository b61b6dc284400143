#!/usr/bin/env bash
# `-e CODE args...`: the arguments after CODE become process.argv[1...] (there is no script
# entry). Options are parsed up to the first argument that is not one, so `-e CODE --foo a`
# rejects --foo, while after a plain argument or `--` everything goes to the script, a
# later `--` included.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

code='console.log(JSON.stringify(process.argv.slice(1)))'

run "$RT" -e "$code" a b
assert_status 0
assert_eq "-e CODE a b" "$(json_array a b)" "$OUT"

run "$RT" --eval "$code" a 'b c' --foo -e x
assert_status 0
assert_eq "--eval CODE a 'b c' --foo -e x" "$(json_array a 'b c' --foo -e x)" "$OUT"

run "$RT" -e "$code" -- --foo a
assert_status 0
assert_eq "-e CODE -- --foo a" "$(json_array --foo a)" "$OUT"

run "$RT" -e "$code" a -- b
assert_status 0
assert_eq "-e CODE a -- b (a later -- is an argument)" "$(json_array a -- b)" "$OUT"

run "$RT" -e 'console.log(process.argv.length)' ''
assert_status 0
assert_eq "-e CODE '' (an empty argument counts)" "2" "$OUT"

run "$RT" -e "$code" --no-such-flag a
assert_status 9
assert_eq "-e CODE --no-such-flag: stderr" "$RT: bad option: --no-such-flag" "$ERR"
assert_eq "-e CODE --no-such-flag: stdout" "" "$OUT"

finish
