#!/usr/bin/env bash
# console.log and console.info write to stdout, console.error and console.warn to stderr,
# each call one line: arguments joined by spaces, strings raw, numbers as JS prints them,
# printf-style directives in a first string argument, UTF-8 bytes.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >main.js <<'JS'
console.log('hello');
console.log('a', 1, 2.5, -0, NaN, -Infinity, 1e21, 0.1 + 0.2, 2 ** 53);
console.log(42);
console.log();
console.log('%d|%s|%i|%%', 42, 'str', 3.7);
console.info('info');
console.log('h\u00e9llo \u2713');
console.error('error', 7);
console.warn('warn');
console.error('%s=%d', 'x', 1);
console.log('last');
JS
run "$RT" main.js
assert_status 0

expected_out=$'hello\na 1 2.5 -0 NaN -Infinity 1e+21 0.30000000000000004 9007199254740992\n42\n\n42|str|3|%\ninfo\nh\303\251llo \342\234\223\nlast\n'
expected_err=$'error 7\nwarn\nx=1\n'
assert_eq "stdout bytes" "$(printf '%s' "$expected_out" | od -An -c)" "$(od -An -c <"$SCRATCH/.out")"
assert_eq "stderr bytes" "$(printf '%s' "$expected_err" | od -An -c)" "$(od -An -c <"$SCRATCH/.err")"

# Strings are written as they are: no quoting, no escaping of control characters.
run "$RT" -e 'console.log("tab\there", "quote\"s", "back\\slash")'
assert_status 0
assert_eq "strings raw" $'tab\there quote"s back\\slash' "$OUT"

finish
