#!/usr/bin/env bash
# `--check FILE` / `-c FILE`: parse FILE without running it. Exit 0 if it parses, even if it
# would throw when run; otherwise report the SyntaxError on stderr (the engine's message
# differs, so only the file path and the word SyntaxError are checked) and exit 1.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

printf 'console.log("ran");\nfunction f(a, b) { return a + b; }\n' >valid.js
printf 'console.log("ran");\nthrow new Error("not run");\n' >throws.js
printf 'console.log("ran");\nconst a = 1;\nlet x = ;\n' >invalid.js

for opt in --check -c; do
  run "$RT" "$opt" valid.js
  assert_status 0
  assert_eq "$opt valid.js: stdout (the file is not run)" "" "$OUT"
  assert_eq "$opt valid.js: stderr" "" "$ERR"

  run "$RT" "$opt" throws.js
  assert_status 0
  assert_eq "$opt throws.js: stdout" "" "$OUT"
  assert_eq "$opt throws.js: stderr" "" "$ERR"

  run "$RT" "$opt" invalid.js
  assert_status 1
  assert_eq "$opt invalid.js: stdout" "" "$OUT"
  assert_contains "$opt invalid.js: stderr names the file" "$ERR" "$SCRATCH/invalid.js"
  assert_contains "$opt invalid.js: stderr" "$ERR" "SyntaxError"
done

finish
