#!/usr/bin/env bash
# An uncaught exception exits 1 and prints, on stderr: `FILE:LINE` of the throw, the source
# line, a caret line under it, an empty line, then the error's stack (`Error: msg` and
# `    at fn (FILE:LINE:COL)` frames). Caret and column positions are the engine's and are
# not compared. Nothing from after the throw runs.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >main.js <<'JS'
console.log('before');
function thrower() {
  throw new Error('boom');
}
thrower();
console.log('after');
JS

run "$RT" main.js
assert_status 1
assert_eq "stdout" "before" "$OUT"
assert_eq "stderr line 1: the location" "$SCRATCH/main.js:3" "$(line 1 "$ERR")"
assert_eq "stderr line 2: the source line" "  throw new Error('boom');" "$(line 2 "$ERR")"
assert_match "stderr line 3: a caret line" '^ *\^+ *$' "$(line 3 "$ERR")"
assert_eq "stderr line 4: empty" "" "$(line 4 "$ERR")"
assert_eq "stderr line 5: the error" "Error: boom" "$(line 5 "$ERR")"
assert_match "stderr line 6: the throwing frame" \
  "^    at thrower \\($SCRATCH/main\\.js:3:[0-9]+\\)\$" "$(line 6 "$ERR")"

# Thrown from a timer callback, after the main module finished.
cat >timer.js <<'JS'
setTimeout(() => {
  throw new TypeError('late');
}, 1);
JS
run "$RT" timer.js
assert_status 1
assert_eq "timer: stderr line 1" "$SCRATCH/timer.js:2" "$(line 1 "$ERR")"
assert_eq "timer: stderr line 2" "  throw new TypeError('late');" "$(line 2 "$ERR")"
assert_match "timer: stderr line 3: a caret line" '^ *\^+ *$' "$(line 3 "$ERR")"
assert_has_line "timer: the error" "$ERR" "TypeError: late"

# Thrown from -e code: the location is [eval].
run "$RT" -e 'throw new Error("ev")'
assert_status 1
assert_eq "-e: stderr line 1" "[eval]:1" "$(line 1 "$ERR")"
assert_eq "-e: stderr line 2" 'throw new Error("ev")' "$(line 2 "$ERR")"
assert_has_line "-e: the error" "$ERR" "Error: ev"

# A thrown non-Error value is shown as itself, right after the caret line. (Node 24 prints
# an empty line before the location here; leading empty lines are not compared.)
echo 'throw "a string";' >string.js
run "$RT" string.js
assert_status 1
err=$(sed '/./,$!d' <<<"$ERR")
if is_kiln; then
  # JavaScriptCore's embedding API does not say where a non-Error value was
  # thrown, so kiln prints the value without the source line above it.
  assert_has_line "throw a string: the value" "$err" "a string"
else
  assert_eq "throw a string: stderr line 1" "$SCRATCH/string.js:1" "$(line 1 "$err")"
  assert_eq "throw a string: stderr line 2" 'throw "a string";' "$(line 2 "$err")"
  assert_match "throw a string: stderr line 3" '^\^+ *$' "$(line 3 "$err")"
  assert_eq "throw a string: stderr line 4" "a string" "$(line 4 "$err")"
fi

finish
