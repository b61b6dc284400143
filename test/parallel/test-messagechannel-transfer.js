'use strict';
// Transfer: ArrayBuffers are detached and their views arrive over the
// moved memory; a MessagePort moves with its queue and its channel, the
// old object closes, and the new one is in event.ports.
const assert = require('assert');

const { port1, port2 } = new MessageChannel();
const inner = new MessageChannel();
let oldClosed = false;
inner.port1.on('close', () => { oldClosed = true; });
inner.port2.postMessage('queued before the move');

const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab, 2, 4);
view[0] = 42;
port1.postMessage({ ab, view, port: inner.port1 }, { transfer: [ab, inner.port1] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(ab.detached, true);
assert.strictEqual(view.length, 0);
assert.strictEqual(inner.port1.hasRef(), false);

port2.onmessage = (event) => {
  const { data, ports } = event;
  assert.strictEqual(data.ab.byteLength, 8);
  assert.strictEqual(data.view.buffer, data.ab);
  assert.strictEqual(data.view.byteOffset, 2);
  assert.strictEqual(data.view[0], 42);
  assert.ok(data.port instanceof MessagePort);
  assert.notStrictEqual(data.port, inner.port1);
  assert.deepStrictEqual(ports, [data.port]);
  const got = [];
  data.port.on('message', (m) => {
    got.push(m);
    if (got.length === 2) {
      assert.deepStrictEqual(got, ['queued before the move', 'after the move']);
      assert.strictEqual(oldClosed, true);
      data.port.close();
      port2.close();
    }
  });
  inner.port2.postMessage('after the move');
};

// structuredClone moves a port too.
const c = new MessageChannel();
const moved = structuredClone(c.port1, { transfer: [c.port1] });
assert.ok(moved instanceof MessagePort);
assert.notStrictEqual(moved, c.port1);
c.port2.postMessage('via the clone');
assert.deepStrictEqual(require('worker_threads').receiveMessageOnPort(moved), { message: 'via the clone' });
moved.close();

let innerClosed = false;
inner.port2.ref();
inner.port2.on('close', () => { innerClosed = true; });
process.on('exit', () => assert.strictEqual(innerClosed, true));
