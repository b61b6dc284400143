#!/usr/bin/env bash
# process.argv0 is argv[0] exactly as the runtime was started (a relative path, a bare
# name, any string exec gave it), while process.argv[0] is always the absolute execPath.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

echo 'console.log(process.argv0); console.log(process.argv[0]);' >main.js

run "$RT" main.js
assert_status 0
assert_eq "absolute invocation: argv0" "$RT" "$(line 1 "$OUT")"
assert_eq "absolute invocation: argv[0]" "$RT_REAL" "$(line 2 "$OUT")"

run bash -c 'exec -a custom-name "$1" main.js' bash "$RT"
assert_status 0
assert_eq "exec -a custom-name: argv0" "custom-name" "$(line 1 "$OUT")"
assert_eq "exec -a custom-name: argv[0]" "$RT_REAL" "$(line 2 "$OUT")"

dir=$(dirname "$RT") base=$(basename "$RT")
run bash -c 'cd "$1" && exec "./$2" "$3/main.js"' bash "$dir" "$base" "$SCRATCH"
assert_status 0
assert_eq "relative invocation: argv0" "./$base" "$(line 1 "$OUT")"
assert_eq "relative invocation: argv[0]" "$RT_REAL" "$(line 2 "$OUT")"

run env PATH="$dir:$PATH" "$base" -e 'console.log(process.argv0); console.log(process.argv[0])'
assert_status 0
assert_eq "found on PATH, with -e: argv0" "$base" "$(line 1 "$OUT")"
assert_eq "found on PATH, with -e: argv[0]" "$RT_REAL" "$(line 2 "$OUT")"

finish
