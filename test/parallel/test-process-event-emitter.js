'use strict';
// process is an EventEmitter: on/emit/off/once work with custom events.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert(process instanceof EventEmitter);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');

const handler = common.mustCall((a, b) => {
  assert.strictEqual(a, 1);
  assert.strictEqual(b, 2);
});
assert.strictEqual(process.on('kiln-test-event', handler), process);
assert.strictEqual(process.listenerCount('kiln-test-event'), 1);
assert.strictEqual(process.emit('kiln-test-event', 1, 2), true);
process.off('kiln-test-event', handler);
assert.strictEqual(process.emit('kiln-test-event', 1, 2), false);

process.once('kiln-test-once', common.mustCall());
process.emit('kiln-test-once');
process.emit('kiln-test-once');
