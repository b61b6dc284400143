#!/usr/bin/env bash
# --unhandled-rejections=MODE: throw (the default) ends the process with 1;
# strict raises it as an uncaught exception even with an 'unhandledRejection'
# listener; warn prints the warnings and goes on (0); warn-with-error-code
# warns and exits with 1; none stays silent; an unknown mode is a bad option.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

code='Promise.reject(new Error("boom")); setTimeout(() => console.log("after"), 10)'

run "$RT" -e "$code"
assert_status 1
assert_contains "throw: the error" "$ERR" "Error: boom"
assert_eq "throw: nothing after" "" "$OUT"

run "$RT" --unhandled-rejections=warn -e "$code"
assert_status 0
assert_eq "warn: goes on" "after" "$OUT"
assert_contains "warn: warning" "$ERR" "UnhandledPromiseRejectionWarning: Error: boom"
assert_contains "warn: rejection id" "$ERR" "(rejection id: 1)"

run "$RT" --unhandled-rejections=warn-with-error-code -e "$code"
assert_status 1
assert_eq "warn-with-error-code: goes on" "after" "$OUT"
assert_contains "warn-with-error-code: warning" "$ERR" "UnhandledPromiseRejectionWarning"

run "$RT" --unhandled-rejections=none -e "$code"
assert_status 0
assert_eq "none: goes on" "after" "$OUT"
assert_eq "none: silent" "" "$ERR"

run "$RT" --unhandled-rejections=strict -e 'process.on("unhandledRejection", () => console.log("listener")); Promise.reject(new Error("s"))'
assert_status 1
assert_contains "strict: raised" "$ERR" "Error: s"

run "$RT" --unhandled-rejections=strict -e 'process.on("uncaughtException", (e, origin) => console.log("caught", e.message, origin)); Promise.reject(new Error("s"))'
assert_status 0
assert_eq "strict: as uncaught" "caught s unhandledRejection" "$OUT"

run "$RT" --unhandled-rejections=bogus -e 0
assert_status 9
assert_contains "bad mode" "$ERR" "invalid value for --unhandled-rejections"

finish
