'use strict';
// The frames below a callback's own, as Node names them: nextTick
// callbacks and promise jobs run from process.processTicksAndRejections,
// timers from listOnTimeout and process.processTimers, immediates from
// process.processImmediate, a main module's top level from the CommonJS
// loader's Module._compile, Module._load and company, a required module's
// through Module.require. Nothing of the runtime's own glue shows below
// them.
const assert = require('assert');

// (The callback's own frame: V8 may write the receiver too, as in
// "Timeout.onTimeout [as _onTimeout]"; JavaScriptCore's frames do not carry
// it, so only the frames below it are compared whole.)
const frames = (stack) => stack.split('\n').slice(1).map((line) => line.trim());
const names = (stack) => frames(stack).map((line) => {
  const m = /^at (.*?) \(/.exec(line);
  return m ? m[1] : line.replace(/^at /, '').replace(/:\d+:\d+$/, '');
});

// The module's top level.
const top = names(new Error('top').stack);
assert.strictEqual(top[0], 'Object.<anonymous>');
assert.deepStrictEqual(top.slice(1, 5), ['Module._compile', 'Object..js', 'Module.load', 'Module._load']);
assert.ok(top.includes('Module.executeUserEntryPoint [as runMain]'), top.join('\n'));

// A module required by another: Module.require, then the require function
// the module was given.
{
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-frames-'));
  const dep = path.join(dir, 'dep.js');
  fs.writeFileSync(dep, 'module.exports = new Error("in dep").stack;\n');
  const n = names(require(dep));
  fs.rmSync(dir, { recursive: true });
  assert.deepStrictEqual(n.slice(0, 5), ['Object.<anonymous>', 'Module._compile', 'Object..js', 'Module.load', 'Module._load']);
  const at = n.indexOf('Module.require');
  assert.ok(at > 4, n.join('\n'));
  assert.strictEqual(n[at + 1], 'require');
  assert.strictEqual(require('module').prototype.require.name, '');
}

const seen = [];
process.nextTick(function onTick() {
  const n = names(new Error('tick').stack);
  assert.match(n[0], /onTick/);
  assert.deepStrictEqual(n.slice(1), ['process.processTicksAndRejections']);
  seen.push('tick');
});

Promise.resolve().then(function onPromise() {
  const n = names(new Error('promise').stack);
  assert.match(n[0], /onPromise/);
  assert.deepStrictEqual(n.slice(1), ['process.processTicksAndRejections']);
  seen.push('promise');
});

setTimeout(function onTimeout() {
  const n = names(new Error('timeout').stack);
  assert.match(n[0], /onTimeout/);
  assert.deepStrictEqual(n.slice(1), ['listOnTimeout', 'process.processTimers']);
  seen.push('timeout');
}, 1);

setImmediate(function onImmediate() {
  const n = names(new Error('immediate').stack);
  assert.match(n[0], /onImmediate/);
  assert.deepStrictEqual(n.slice(1), ['process.processImmediate']);
  seen.push('immediate');
});

// An error from a nextTick callback, as util.callbackify reports a
// rejection with a falsy reason.
require('util').callbackify(() => Promise.reject(null))((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.match(err.stack.split('\n')[1], /^ {4}at process\.processTicksAndRejections \(/);
  seen.push('callbackify');
});

// A listener's frame is followed by emit's, with no helper of emit's
// between them (few arguments or many).
const EventEmitter = require('events');
const ee = new EventEmitter();
ee.on('x', function listener(a, b, c, d) {
  const n = names(new Error('emit').stack);
  // (V8 writes the receiver's class before the function's name.)
  assert.match(n[0], /^(EventEmitter\.)?listener$/);
  assert.match(n[1], /^(EventEmitter\.)?emit$/);
  seen.push('emit');
});
ee.emit('x');
ee.emit('x', 1, 2, 3, 4);

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), ['callbackify', 'emit', 'emit', 'immediate', 'promise', 'tick', 'timeout']);
});
