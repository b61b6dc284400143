#!/usr/bin/env bash
# `RUNTIME FILE args...`: process.argv is [execPath, absolute script path, ...args].
# argv[0] is process.execPath, the runtime's real path (symlinks resolved, as
# /proc/self/exe gives it) however it was invoked. argv[1] is the script path made absolute
# and normalized, but not symlink-resolved; __filename is the resolved file.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >main.js <<'JS'
console.log(JSON.stringify(process.argv));
console.log(process.execPath);
console.log(__filename);
JS
mkdir sub
ln -s main.js link.js
ln -s "$RT" rt-link

check() {  # check WHAT EXPECTED-ARGV-JSON EXPECTED-FILENAME
  assert_status 0
  assert_eq "$1: process.argv" "$2" "$(line 1 "$OUT")"
  assert_eq "$1: process.execPath" "$RT_REAL" "$(line 2 "$OUT")"
  assert_eq "$1: __filename" "$3" "$(line 3 "$OUT")"
  assert_eq "$1: stderr" "" "$ERR"
}

run "$RT" main.js a 'b c' '' --flag
check "relative script" "$(json_array "$RT_REAL" "$SCRATCH/main.js" a 'b c' '' --flag)" "$SCRATCH/main.js"

run "$RT" "$SCRATCH/main.js"
check "absolute script" "$(json_array "$RT_REAL" "$SCRATCH/main.js")" "$SCRATCH/main.js"

run "$RT" ./sub/../main.js x
check "unnormalized path" "$(json_array "$RT_REAL" "$SCRATCH/main.js" x)" "$SCRATCH/main.js"

# The main module is found without its extension; argv[1] keeps the name as given.
run "$RT" main y
check "extension left off" "$(json_array "$RT_REAL" "$SCRATCH/main" y)" "$SCRATCH/main.js"

run "$RT" link.js
check "symlinked script" "$(json_array "$RT_REAL" "$SCRATCH/link.js")" "$SCRATCH/main.js"

run "$SCRATCH/rt-link" main.js
check "runtime run through a symlink" "$(json_array "$RT_REAL" "$SCRATCH/main.js")" "$SCRATCH/main.js"

run ./rt-link main.js
check "runtime run by a relative path" "$(json_array "$RT_REAL" "$SCRATCH/main.js")" "$SCRATCH/main.js"

finish
