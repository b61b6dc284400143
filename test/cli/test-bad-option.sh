#!/usr/bin/env bash
# An unknown option before the script: `ARGV0: bad option: OPT` on stderr, where ARGV0 is
# the program as invoked (not resolved), nothing on stdout, exit status 9, and no script or
# code runs. An option missing its argument is reported the same way, in its own words.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

echo 'console.log("ran")' >main.js

run "$RT" --no-such-flag
assert_status 9
assert_eq "stderr" "$RT: bad option: --no-such-flag" "$ERR"
assert_eq "stdout" "" "$OUT"

run "$RT" --no-such-flag main.js
assert_status 9
assert_eq "with a script: stderr" "$RT: bad option: --no-such-flag" "$ERR"
assert_eq "with a script: the script did not run" "" "$OUT"

run "$RT" -Z -e 'console.log("ran")'
assert_status 9
assert_eq "short option: stderr" "$RT: bad option: -Z" "$ERR"
assert_eq "short option: stdout" "" "$OUT"

run "$RT" --eval
assert_status 9
assert_eq "--eval without code: stderr" "$RT: --eval requires an argument" "$ERR"

# The program name is printed as typed: here relative to the runtime's directory.
dir=$(dirname "$RT") base=$(basename "$RT")
run bash -c 'cd "$1" && exec "./$2" --no-such-flag' bash "$dir" "$base"
assert_status 9
assert_eq "invoked as ./$base: stderr" "./$base: bad option: --no-such-flag" "$ERR"

finish
