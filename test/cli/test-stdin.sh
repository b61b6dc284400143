#!/usr/bin/env bash
# With no script, or the script `-`, the program is read from stdin (a pipe or a file) and
# runs as the module [stdin] in the current directory. `-` stays in process.argv, followed
# by the arguments after it; without it argv is just [execPath].
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

echo "module.exports = 'helper';" >helper.js
cat >script.js <<'JS'
const first = 'from';
console.log(JSON.stringify(process.argv));
console.log(__filename, module.id, __dirname);
console.log(first, require('./helper'));
JS

check() {  # check WHAT ARGV-JSON
  assert_status 0
  assert_eq "$1: process.argv" "$2" "$(line 1 "$OUT")"
  assert_eq "$1: __filename, module.id, __dirname" "[stdin] [stdin] ." "$(line 2 "$OUT")"
  assert_eq "$1: the rest of the script ran" "from helper" "$(line 3 "$OUT")"
  assert_eq "$1: stderr" "" "$ERR"
}

run --pipe script.js "$RT"
check "piped, no arguments" "$(json_array "$RT_REAL")"

run --stdin script.js "$RT"
check "stdin a file, no arguments" "$(json_array "$RT_REAL")"

run --stdin script.js "$RT" -
check "RUNTIME - < script" "$(json_array "$RT_REAL" -)"

run --pipe script.js "$RT" - a --b
check "piped, RUNTIME - a --b" "$(json_array "$RT_REAL" - a --b)"

run --pipe script.js "$RT" - -- x
check "piped, RUNTIME - -- x" "$(json_array "$RT_REAL" - -- x)"

# An empty program is fine; an exception in one is reported and exits 1.
: >empty.js
run --pipe empty.js "$RT"
assert_status 0
assert_eq "empty stdin: stdout" "" "$OUT"

echo 'throw new Error("from stdin")' >throws.js
run --pipe throws.js "$RT"
assert_status 1
assert_has_line "exception from stdin: stderr" "$ERR" "Error: from stdin"

finish
