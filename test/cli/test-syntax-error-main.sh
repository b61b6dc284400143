#!/usr/bin/env bash
# A syntax error in the main file, or in a file it requires: exit 1, nothing runs, and stderr
# starts with `/absolute/file.js:LINE`, the offending source line and a caret line, and
# names the SyntaxError (the engine's message text is not compared).
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

printf 'console.log("ran");\nconst a = 1;\nlet x = ;\nconsole.log(a);\n' >bad.js
run "$RT" bad.js
assert_status 1
assert_eq "stdout: nothing ran" "" "$OUT"
assert_eq "stderr line 1" "$SCRATCH/bad.js:3" "$(line 1 "$ERR")"
assert_eq "stderr line 2" "let x = ;" "$(line 2 "$ERR")"
assert_match "stderr line 3: a caret line" '^ *\^+ *$' "$(line 3 "$ERR")"
assert_match "stderr: the SyntaxError" '(^|'$'\n'')SyntaxError: ' "$ERR"

printf 'const x = 1;\n\nfunction (\n' >dep.js
printf 'console.log("main ran");\nrequire("./dep");\n' >main.js
run "$RT" main.js
assert_status 1
assert_eq "required file: stdout" "main ran" "$OUT"
assert_eq "required file: stderr line 1" "$SCRATCH/dep.js:3" "$(line 1 "$ERR")"
assert_eq "required file: stderr line 2" "function (" "$(line 2 "$ERR")"
assert_match "required file: stderr line 3: a caret line" '^ *\^+ *$' "$(line 3 "$ERR")"
assert_match "required file: the SyntaxError" '(^|'$'\n'')SyntaxError: ' "$ERR"

finish
