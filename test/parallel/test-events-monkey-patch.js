'use strict';
// Patching Array.prototype.slice and splice does not change how emitters keep and
// call listeners. On kiln, neither does patching Function.prototype.call
// and apply or a listener's own `call` (Node's emit uses `apply`).
const assert = require('assert');
const common = require('../common');
const EventEmitter = require('events');

const e = new EventEmitter();
const seen = [];
function listener(...args) { seen.push([this === e, args]); }
e.on('one', listener);
e.on('three', listener);
e.on('three', listener);
e.on('three', listener);
e.once('once', listener);

const own = function(a) { seen.push(['own', a]); };
own.call = () => { throw new Error('own call used'); };
own.apply = () => { throw new Error('own apply used'); };
if (common.isKiln) e.on('own', own);

const { call, apply } = Function.prototype;
const { slice, splice } = Array.prototype;
if (common.isKiln) {
  Function.prototype.call = function() { throw new Error('call used'); };
  Function.prototype.apply = function() { throw new Error('apply used'); };
}
Array.prototype.slice = Array.prototype.splice = function() {
  throw new Error('array method used');
};
let result;
try {
  e.emit('one', 1);
  e.emit('three', 1, 2);
  e.emit('once', 'x');
  if (common.isKiln) e.emit('own', 5);
  e.prependListener('three', listener);
  e.removeListener('three', listener);
  e.removeListener('three', listener);
  result = e.listeners('three').length;
} finally {
  Function.prototype.call = call;
  Function.prototype.apply = apply;
  Object.assign(Array.prototype, { slice, splice });
}
assert.strictEqual(result, 2);
assert.deepStrictEqual(seen, [
  [true, [1]],
  [true, [1, 2]], [true, [1, 2]], [true, [1, 2]],
  [true, ['x']],
  ...(common.isKiln ? [['own', 5]] : []),
]);
