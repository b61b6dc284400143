'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy: the high-water mark
// as given (converted to a number, not checked), one size function per
// class, and Node's errors.
const assert = require('assert');

for (const Strategy of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  assert.throws(() => new Strategy(), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "init" argument must be of type object. Received undefined',
  });
  assert.throws(() => new Strategy(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Strategy({}), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION', message: 'init.highWaterMark is required',
  });
  assert.strictEqual(new Strategy({ highWaterMark: 3 }).highWaterMark, 3);
  assert.strictEqual(new Strategy({ highWaterMark: -5 }).highWaterMark, -5);
  assert(Number.isNaN(new Strategy({ highWaterMark: 'x' }).highWaterMark));
  assert.strictEqual(new Strategy({ highWaterMark: { valueOf() { return 7; } } }).highWaterMark, 7);
  const a = new Strategy({ highWaterMark: 1 });
  const b = new Strategy({ highWaterMark: 2 });
  assert.strictEqual(a.size, b.size);
  assert.strictEqual(a.size.name, 'size');
  assert.strictEqual(a.size.prototype, undefined);
  assert.deepStrictEqual(Object.keys(a), []);
  assert.throws(() => Object.getOwnPropertyDescriptor(Strategy.prototype, 'highWaterMark').get.call({}), TypeError);
  assert.throws(() => Object.getOwnPropertyDescriptor(Strategy.prototype, 'size').get.call({}), TypeError);
}

const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
assert.strictEqual(bytes.size.length, 1);
assert.strictEqual(bytes.size(new Uint8Array(4)), 4);
assert.strictEqual(bytes.size.call(undefined, { byteLength: 3 }), 3);
assert.throws(() => bytes.size(), TypeError);
const count = new CountQueuingStrategy({ highWaterMark: 2 });
assert.strictEqual(count.size.length, 0);
assert.strictEqual(count.size(), 1);
assert.strictEqual(count.size.call(undefined, 'anything'), 1);

// As strategies of streams.
let controller;
new ReadableStream({ start(c) { controller = c; } }, bytes);
controller.enqueue(new Uint8Array(10));
assert.strictEqual(controller.desiredSize, 6);
const writer = new WritableStream({}, count).getWriter();
writer.write('a');
assert.strictEqual(writer.desiredSize, 1);

const util = require('util');
assert.strictEqual(util.inspect(new CountQueuingStrategy({ highWaterMark: 3 })), 'CountQueuingStrategy { highWaterMark: 3 }');
assert.strictEqual(util.inspect(new ByteLengthQueuingStrategy({ highWaterMark: 3 })),
                   'ByteLengthQueuingStrategy { highWaterMark: 3 }');
