#!/usr/bin/env bash
# `-e CODE` / `--eval CODE`: runs CODE as a CommonJS module named [eval] in the current
# directory. process.argv has no script entry; require works, relative to the cwd;
# __filename and module.id are '[eval]', __dirname is '.', module.filename is <cwd>/[eval],
# require.main is undefined. The completion value is not printed (that is -p).
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

echo "module.exports = { answer: 42 };" >helper.js

for opt in -e --eval; do
  run "$RT" "$opt" 'console.log(JSON.stringify(process.argv))'
  assert_status 0
  assert_eq "$opt: process.argv" "$(json_array "$RT_REAL")" "$OUT"
  assert_eq "$opt: stderr" "" "$ERR"

  run "$RT" "$opt" 'console.log(__filename); console.log(module.id); console.log(__dirname);
                    console.log(module.filename); console.log(require.main === undefined)'
  assert_status 0
  assert_eq "$opt: __filename" "[eval]" "$(line 1 "$OUT")"
  assert_eq "$opt: module.id" "[eval]" "$(line 2 "$OUT")"
  assert_eq "$opt: __dirname" "." "$(line 3 "$OUT")"
  assert_eq "$opt: module.filename" "$SCRATCH/[eval]" "$(line 4 "$OUT")"
  assert_eq "$opt: require.main is undefined" "true" "$(line 5 "$OUT")"
done

run "$RT" -e 'const path = require("path"); console.log(path.join("a", "b"));
              console.log(require("node:path") === path)'
assert_status 0
assert_eq "require of a builtin inside -e" $'a/b\ntrue' "$OUT"

run "$RT" -e 'console.log(require("./helper").answer, require("./helper.js").answer)'
assert_status 0
assert_eq "require of a file relative to the cwd inside -e" "42 42" "$OUT"

run "$RT" -e '42'
assert_status 0
assert_eq "-e does not print the completion value" "" "$OUT"

# Code with a syntax error, and an option that needs an argument and has none.
run "$RT" -e 'let x = ;'
assert_status 1
assert_contains "-e syntax error: stderr" "$ERR" "SyntaxError"

run "$RT" -e
assert_status 9
assert_eq "-e without code: stderr" "$RT: -e requires an argument" "$ERR"
assert_eq "-e without code: stdout" "" "$OUT"

# -p (or --print) with no code after it, or an option after it: the code
# comes from stdin, and its value is printed.
printf 'process.argv.length + 40\n' >p.js
run --pipe p.js "$RT" -p
assert_status 0
assert_eq "-p alone reads stdin" "41" "$OUT"
run --pipe p.js "$RT" --print --no-warnings
assert_status 0
assert_eq "--print then an option reads stdin" "41" "$OUT"
run --pipe p.js "$RT" -p - x y
assert_status 0
assert_eq "-p - with arguments" "44" "$OUT"
printf 'process.execArgv.join(" ")\n' >q.js
run --pipe q.js "$RT" -p --no-warnings
assert_eq "execArgv of -p from stdin" "-p --no-warnings" "$OUT"

finish
