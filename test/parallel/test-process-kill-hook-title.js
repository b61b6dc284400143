'use strict';
// process.kill goes through process._kill (which programs may replace) with
// the signal's number; --title sets process.title.
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

const calls = [];
const orig = process._kill;
assert.strictEqual(typeof orig, 'function');
process._kill = (pid, sig) => { calls.push([String(pid), sig]); return 0; };
process.kill(0, 'SIGHUP');
process.kill('0');
process.kill(process.pid, 0);
process._kill = orig;
assert.deepStrictEqual(calls, [['0', 1], ['0', 15], [String(process.pid), 0]]);
assert.throws(() => process.kill(0, 'nope'), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: nope' });
assert.strictEqual(process.kill(process.pid, 0), true);

assert.strictEqual(execFileSync(process.execPath, ['--title=kiln-title-test', '-p', 'process.title'], { encoding: 'utf8' }).trim(),
                   'kiln-title-test');
