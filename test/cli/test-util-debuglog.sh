#!/usr/bin/env bash
# util.debuglog with NODE_DEBUG: `SECTION PID: message` on stderr for the
# sections NODE_DEBUG names (comma-separated, any case, `*` as a wildcard);
# the callback gets the logger once, on first use, only for a section that is on.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >log.js <<'JS'
const util = require('util');
const foo = util.debuglog('foo', (fn) => console.log('callback', typeof fn));
const bar = util.debuglog('bar', (fn) => console.log('callback bar'));
console.log(foo.enabled, bar.enabled);
foo('hello %s', 'world', { x: 1 });
foo('again');
bar('bar message');
util.debuglog('foo-bar')('dash');
util.debuglog('abc.def')('dot');
util.debug('sectionx')('x');
console.log(process.pid);
JS

run env NODE_DEBUG=foo "$RT" log.js
assert_status 0
pid=$(line 3 "$OUT")
assert_eq "stdout" $'true false\ncallback function' "$(line 1 "$OUT")"$'\n'"$(line 2 "$OUT")"
assert_eq "stderr" "FOO $pid: hello world { x: 1 }"$'\n'"FOO $pid: again" "$ERR"

run env NODE_DEBUG='FOO-*,abc.def' "$RT" log.js
assert_status 0
pid=$(line 2 "$OUT")
assert_eq "stdout" "false false" "$(line 1 "$OUT")"
assert_eq "stderr" "FOO-BAR $pid: dash"$'\n'"ABC.DEF $pid: dot" "$ERR"

run env NODE_DEBUG='bar,SECTION*' "$RT" log.js
assert_status 0
pid=$(line 3 "$OUT")
assert_eq "stdout" $'false true\ncallback bar' "$(line 1 "$OUT")"$'\n'"$(line 2 "$OUT")"
assert_eq "stderr" "BAR $pid: bar message"$'\n'"SECTIONX $pid: x" "$ERR"

# Other characters are literal: '.' is not a wildcard, spaces are kept.
run env NODE_DEBUG='abc?def,fo,foo bar' "$RT" log.js
assert_status 0
assert_eq "stdout" "false false" "$(line 1 "$OUT")"
assert_eq "stderr" "" "$ERR"

# 'http' prints what may be secret, and Node says so.
run env NODE_DEBUG=http "$RT" -e 'require("util").debuglog("http")("h")'
assert_status 0
assert_match "http warning" "^HTTP [0-9]+: h"$'\n'"\(node:[0-9]+\) Warning: Setting the NODE_DEBUG environment variable to 'http' can expose sensitive data \(such as passwords, tokens and authentication headers\) in the resulting log\." "$ERR"

finish
