'use strict';
// util.deprecate under the command-line flags: --no-deprecation silences
// the warning, --throw-deprecation throws it from the call of the
// deprecated function, --trace-deprecation prints its stack; either way
// the stack starts at the code that called the deprecated function.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const util = require('util');
  const fn = util.deprecate(() => 'result', 'fn is deprecated', 'DEP_TEST');
  console.log(fn());
  console.log(fn());
  return;
}

function run(...flags) {
  const r = spawnSync(process.execPath, [...flags, __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.status, flags.includes('--throw-deprecation') ? 1 : 0, r.stderr);
  return r;
}

let r = run();
assert.strictEqual(r.stdout, 'result\nresult\n');
assert.match(r.stderr, /^\(node:\d+\) \[DEP_TEST\] DeprecationWarning: fn is deprecated\n/);
assert.strictEqual(r.stderr.match(/DeprecationWarning/g).length, 1);

r = run('--no-deprecation');
assert.strictEqual(r.stdout, 'result\nresult\n');
assert.strictEqual(r.stderr, '');

r = run('--throw-deprecation');
assert.strictEqual(r.stdout, 'result\nresult\n');
let lines = r.stderr.split('\n');
let at = lines.indexOf('DeprecationWarning: fn is deprecated');
assert.notStrictEqual(at, -1, r.stderr);
assert.match(lines[at + 1], /^ {4}at .*test-util-deprecate-flags\.js:\d+:\d+/);
assert.match(r.stderr, /code: 'DEP_TEST'/);

r = run('--trace-deprecation');
assert.strictEqual(r.stdout, 'result\nresult\n');
lines = r.stderr.split('\n');
assert.match(lines[0], /^\(node:\d+\) \[DEP_TEST\] DeprecationWarning: fn is deprecated$/);
assert.match(lines[1], /^ {4}at .*test-util-deprecate-flags\.js:\d+:\d+/);
