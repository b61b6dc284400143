#!/usr/bin/env bash
# A script that does not exist: exit 1, and stderr shows the uncaught error from the loader:
# "Cannot find module '<absolute path>'" and code MODULE_NOT_FOUND. Nothing on stdout.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

run "$RT" nope.js
assert_status 1
assert_eq "stdout" "" "$OUT"
assert_contains "stderr" "$ERR" "Cannot find module '$SCRATCH/nope.js'"
assert_has_line "stderr: the Error line" "$ERR" "Error: Cannot find module '$SCRATCH/nope.js'"
assert_contains "stderr: the code" "$ERR" "MODULE_NOT_FOUND"

mkdir sub
run "$RT" sub/../sub/missing.js a b
assert_status 1
assert_contains "in a subdirectory: stderr" "$ERR" "Cannot find module '$SCRATCH/sub/missing.js'"
assert_contains "in a subdirectory: the code" "$ERR" "MODULE_NOT_FOUND"

run "$RT" "$SCRATCH/absent"
assert_status 1
assert_contains "absolute path: stderr" "$ERR" "Cannot find module '$SCRATCH/absent'"

finish
