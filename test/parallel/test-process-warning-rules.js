'use strict';
// The default 'warning' listener prints only Error objects and honours
// process.noDeprecation; process.throwDeprecation throws the warning from
// the next tick (so a try/catch around emitWarning sees nothing);
// process.exit() ends through process.reallyExit; process.env's own
// properties are its variables only.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code, args = []) {
  return spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });
}

let r = run("process.emit('warning', 'not an error'); process.emit('warning', { name: 'W', message: 'm' });");
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 0);

r = run("process.noDeprecation = true; process.emitWarning('quiet', 'DeprecationWarning');" +
        "process.emit('warning', Object.assign(new Error('x'), { name: 'DeprecationWarning' }));");
assert.strictEqual(r.stderr, '');

r = run("process.throwDeprecation = true; try { process.emitWarning('boom', 'DeprecationWarning'); }" +
        " catch { console.log('caught'); } console.log('after');");
assert.strictEqual(r.stdout, 'after\n');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /^DeprecationWarning: boom$/m);

r = run("process.reallyExit = (code) => console.log('reallyExit', code); process.exitCode = 4; process.exit(); console.log('went on');");
assert.strictEqual(r.stdout, 'reallyExit 4\nwent on\n');

assert.strictEqual(Object.hasOwn(process.env, 'hasOwnProperty'), false);
assert.strictEqual(process.env.hasOwnProperty, Object.prototype.hasOwnProperty);
process.env.hasOwnProperty = 'set';
assert.strictEqual(Object.hasOwn(process.env, 'hasOwnProperty'), true);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process.env, 'hasOwnProperty'),
                       { value: 'set', writable: true, enumerable: true, configurable: true });
delete process.env.hasOwnProperty;
assert.strictEqual(Object.hasOwn(process.env, 'hasOwnProperty'), false);
