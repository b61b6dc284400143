#!/usr/bin/env bash
# util.styleText and the environment: FORCE_COLOR wins over NO_COLOR and
# NODE_DISABLE_COLORS, and Node says so once; on a pipe, colors only with
# FORCE_COLOR.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

code='const u = require("util"); console.log(JSON.stringify([u.styleText("red", "x"), u.styleText("red", "y")]))'
colored='["\u001b[31mx\u001b[39m","\u001b[31my\u001b[39m"]'
plain='["x","y"]'

run env -u FORCE_COLOR -u NO_COLOR "$RT" -e "$code"
assert_eq "pipe" "$plain" "$OUT"
assert_eq "pipe: stderr" "" "$ERR"

run env FORCE_COLOR=1 "$RT" -e "$code"
assert_eq "FORCE_COLOR=1" "$colored" "$OUT"
assert_eq "FORCE_COLOR=1: stderr" "" "$ERR"

run env FORCE_COLOR=0 "$RT" -e "$code"
assert_eq "FORCE_COLOR=0" "$plain" "$OUT"

run env NO_COLOR=1 FORCE_COLOR=1 "$RT" -e "$code"
assert_eq "NO_COLOR and FORCE_COLOR" "$colored" "$OUT"
assert_match "one warning" "^\(node:[0-9]+\) Warning: The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set\.
\(Use \`[^\`]+ --trace-warnings \.\.\.\` to show where the warning was created\)$" "$ERR"

run env NO_COLOR=1 NODE_DISABLE_COLORS=1 FORCE_COLOR=3 "$RT" -e "$code"
assert_eq "both and FORCE_COLOR" "$colored" "$OUT"
assert_contains "both named" "$ERR" "Warning: The 'NODE_DISABLE_COLORS' and 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set."

finish
