#!/usr/bin/env bash
# Option parsing stops at the script: whatever follows it, option-shaped or not, even an
# option the runtime would reject, is an argument for the script, and the runtime acts on
# none of it (--version prints no version, --no-such-flag is not an error).
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >main.js <<'JS'
console.log(JSON.stringify(process.argv.slice(2)));
console.log(JSON.stringify(process.execArgv));
JS

args=(--version -e 'throw 1' -p --help --no-such-flag -c --check - --)
run "$RT" main.js "${args[@]}"
assert_status 0
assert_eq "script arguments" "$(json_array "${args[@]}")" "$(line 1 "$OUT")"
assert_eq "execArgv" "[]" "$(line 2 "$OUT")"
assert_eq "nothing else on stdout" 2 "$(wc -l <"$SCRATCH/.out" | tr -d ' ')"
assert_eq "stderr" "" "$ERR"

finish
