'use strict';
// Backpressure through a TransformStream: with nobody reading, transform()
// runs for what the readable side's high-water mark allows, the writer's
// desiredSize goes down, and reading lets the rest through.
const assert = require('assert');
const common = require('../common');

(async () => {
  const transformed = [];
  const ts = new TransformStream({
    transform(chunk, c) {
      transformed.push(chunk);
      c.enqueue(chunk);
    },
  }, { highWaterMark: 1 }, { highWaterMark: 1 });
  const writer = ts.writable.getWriter();
  const writes = [writer.write('a'), writer.write('b'), writer.write('c')];
  assert.strictEqual(writer.desiredSize, -2);
  await new Promise((r) => setTimeout(r, 5));
  // One chunk fills the readable side's queue; the next waits.
  assert.deepStrictEqual(transformed, ['a']);
  assert.strictEqual(writer.desiredSize, -1);
  const reader = ts.readable.getReader();
  assert.strictEqual((await reader.read()).value, 'a');
  assert.strictEqual((await reader.read()).value, 'b');
  assert.strictEqual((await reader.read()).value, 'c');
  await Promise.all(writes);
  assert.deepStrictEqual(transformed, ['a', 'b', 'c']);
  assert.strictEqual(writer.desiredSize, 1);

  // desiredSize of the controller is the readable side's.
  let controller;
  const ts2 = new TransformStream({ start(c) { controller = c; } }, undefined, { highWaterMark: 3 });
  assert.strictEqual(controller.desiredSize, 3);
  controller.enqueue(1);
  controller.enqueue(2);
  assert.strictEqual(controller.desiredSize, 1);
  await ts2.readable.getReader().read();
  assert.strictEqual(controller.desiredSize, 2);

  // Strategies are read in Node's order.
  const log = [];
  const spy = (name, obj) => new Proxy(obj, {
    get(t, k) { if (typeof k === 'string') log.push(`${name}.${k}`); return t[k]; },
  });
  new TransformStream(spy('tr', {}), spy('ws', {}), spy('rs', {}));
  assert.deepStrictEqual(log, ['tr.readableType', 'tr.writableType', 'tr.start', 'rs.highWaterMark', 'rs.size',
    'ws.highWaterMark', 'ws.size', 'tr.transform', 'tr.flush', 'tr.cancel']);
})().then(common.mustCall());
