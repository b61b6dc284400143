#!/usr/bin/env bash
# Started with descriptors 0, 1 and 2 closed, the runtime still runs: they
# are opened on /dev/null, so writes to stdout and stderr go nowhere, stdin
# is empty, and the first file the program opens is not fd 1.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

cat >main.js <<'JS'
const fs = require('fs');
console.log('to nowhere');
console.error('to nowhere either');
process.stdout.write('x');
const fd = fs.openSync(__filename, 'r');
let ended = false;
process.stdin.on('data', () => {});
process.stdin.on('end', () => { ended = true; });
setTimeout(() => {
  fs.writeFileSync('result.txt', `${fd > 2} ${ended}`);
}, 50);
JS
"$RT" main.js <&- >&- 2>&-
status=$?
assert_eq "exit status" "0" "$status"
assert_eq "result" "true true" "$(cat result.txt 2>/dev/null)"
finish
