'use strict';
// A listener that throws does not stop the dispatch or reach its caller:
// the error goes to process 'uncaughtException' afterwards, with origin
// 'uncaughtException'. So does a rejection of a promise a listener returns,
// and an error from an object's handleEvent.
const assert = require('assert');
const common = require('../common');

const boom = new Error('boom');
const asyncBoom = new Error('async boom');
const handleBoom = new Error('handleEvent boom');
const seen = [];
let dispatchDone = false;

process.on('uncaughtException', common.mustCall((err, origin) => {
  assert(dispatchDone, 'reported after the dispatch returned');
  assert.strictEqual(origin, 'uncaughtException');
  seen.push(err);
}, 4));

const et = new EventTarget();
et.addEventListener('e', () => { throw boom; });
et.addEventListener('e', common.mustCall());
et.addEventListener('e', () => { throw 'a string'; });
et.addEventListener('e', async () => { throw asyncBoom; });
et.addEventListener('e', { handleEvent() { throw handleBoom; } });
et.addEventListener('e', common.mustCall());
assert.strictEqual(et.dispatchEvent(new Event('e')), true);
dispatchDone = true;

process.on('exit', () => {
  assert.strictEqual(seen.length, 4);
  // Synchronous throws first, in order; then the rejections.
  assert.strictEqual(seen[0], boom);
  assert.strictEqual(seen[1], 'a string');
  assert(seen.includes(asyncBoom));
  assert(seen.includes(handleBoom));
});
