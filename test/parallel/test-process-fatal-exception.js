'use strict';
// An uncaught exception nobody takes ends the process as in Node: 'exit'
// listeners run first (with code 1, which one may change), then the report
// is printed; a throwing 'uncaughtException' listener ends it with 7 and no
// 'exit'; process._fatalException, the handler Node calls, may be replaced:
// one that is no function ends the process with 6, one that returns false
// with the report and no 'exit', one that returns true lets it go on.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const lines = r.stderr.split('\n').filter((l) => /^(exit event|Error: )/.test(l));
  return [r.status, ...lines];
}

assert.strictEqual(typeof process._fatalException, 'function');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process, '_fatalException').enumerable, true);

assert.deepStrictEqual(run("process.on('exit', (c) => console.error('exit event', c)); throw new Error('ok')"),
                       [1, 'exit event 1', 'Error: ok']);
assert.deepStrictEqual(run("process.on('exit', () => { process.exitCode = 9; }); throw new Error('ok')"),
                       [9, 'Error: ok']);
assert.deepStrictEqual(run("process.exitCode = 4; process.on('exit', (c) => console.error('exit event', c)); throw new Error('ok')"),
                       [1, 'exit event 1', 'Error: ok']);
assert.deepStrictEqual(run("process.on('exit', (c) => console.error('exit event', c)); " +
                           "process.on('uncaughtException', () => { throw new Error('in handler'); }); throw new Error('ok')"),
                       [7, 'Error: in handler']);
assert.deepStrictEqual(run("process.on('exit', (c) => console.error('exit event', c)); Promise.reject(new Error('rejected'))"),
                       [1, 'exit event 1', 'Error: rejected']);
assert.deepStrictEqual(run("process.on('exit', (c) => console.error('exit event', c)); " +
                           "process._fatalException = undefined; throw new Error('ok')"),
                       [6, 'Error: ok']);
assert.deepStrictEqual(run("process.on('exit', (c) => console.error('exit event', c)); " +
                           "process._fatalException = () => false; throw new Error('ok')"),
                       [1, 'Error: ok']);
assert.deepStrictEqual(run("process._fatalException = (e, fromPromise) => { console.error('exit event', e.message, fromPromise); return true; }; " +
                           "setTimeout(() => console.error('exit event after'), 1); throw new Error('ok')"),
                       [0, 'exit event ok false', 'exit event after']);
