#!/usr/bin/env bash
# The exit status: 0 by default; process.exitCode when the process ends on its own;
# process.exit(n) ends it at once with n, or with process.exitCode when n is left out.
# The status is the code modulo 256, and a numeric string is accepted.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

check() {  # check EXPECTED-STATUS CODE
  run "$RT" -e "$2"
  assert_status "$1"
  [[ $STATUS == "$1" ]] || echo "  (code: $2)"
}

check 0 ''
check 3 'process.exitCode = 3'
check 6 'process.exitCode = "6"'
check 5 'process.exit(5)'
check 4 'process.exitCode = 4; process.exit()'
check 0 'process.exitCode = 3; process.exit(0)'
check 0 'process.exit(256)'
check 1 'process.exit(257)'
check 4 'process.exit("4")'
check 2 'setTimeout(() => { process.exitCode = 2; }, 5)'
check 7 'setTimeout(() => process.exit(7), 5); setTimeout(() => process.exit(8), 50)'

# Nothing after process.exit() runs, not even queued work; 'exit' listeners do, and see
# the code.
cat >main.js <<'JS'
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
console.log('before');
process.exit(42);
console.log('after');
JS
run "$RT" main.js
assert_status 42
assert_eq "stdout of process.exit(42)" $'before\nexit event 42 42' "$OUT"

cat >exitcode.js <<'JS'
process.on('exit', (code) => console.log('exit event', code));
process.exitCode = 9;
console.log('done');
JS
run "$RT" exitcode.js
assert_status 9
assert_eq "stdout with process.exitCode = 9" $'done\nexit event 9' "$OUT"

finish
