'use strict';
// postMessage's DataCloneErrors and argument errors, with Node's messages.
const assert = require('assert');
const { markAsUncloneable, markAsUntransferable } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const clone = (message) => ({ name: 'DataCloneError', code: 25, message });

assert.throws(() => port1.postMessage(() => {}), clone('() => {} could not be cloned.'));
assert.throws(() => port1.postMessage(Symbol('s')), clone('Symbol(s) could not be cloned.'));
assert.throws(() => port1.postMessage({ w: new WeakMap() }), clone('#<WeakMap> could not be cloned.'));
assert.throws(() => port1.postMessage(Promise.resolve()), clone('#<Promise> could not be cloned.'));
const marked = {};
markAsUncloneable(marked);
assert.throws(() => port1.postMessage({ marked }), clone('Cannot clone object of unsupported type.'));
assert.throws(() => structuredClone(marked), clone('Cannot clone object of unsupported type.'));

assert.throws(() => port1.postMessage(1, 5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Optional transferList argument must be an iterable',
});
assert.throws(() => port1.postMessage(1, { transfer: null }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Optional options.transfer argument must be an iterable',
});
assert.throws(() => port1.postMessage(1, [{}]), clone('Found invalid value in transferList.'));
assert.throws(() => port1.postMessage(1, [new Uint8Array(1)]), clone('Found invalid value in transferList.'));
assert.throws(() => port1.postMessage(1, [port1]), clone('Transfer list contains source port'));
const ab = new ArrayBuffer(4);
assert.throws(() => port1.postMessage(1, [ab, ab]), clone('Transfer list contains duplicate ArrayBuffer'));
const other = new MessageChannel();
assert.throws(() => port1.postMessage(other.port1),
              clone('Object that needs transfer was found in message but not listed in transferList'));
assert.throws(() => port1.postMessage(1, [other.port1, other.port1]),
              clone('Transfer list contains duplicate MessagePort'));

// Pool-backed Buffers and marked ArrayBuffers cannot move; the pool is
// left as it was.
const pooled = Buffer.from('pooled');
assert.throws(() => port1.postMessage(pooled, [pooled.buffer]),
              clone('Cannot transfer object of unsupported type.'));
assert.strictEqual(pooled.toString(), 'pooled');
const own = new ArrayBuffer(2);
markAsUntransferable(own);
assert.throws(() => port1.postMessage(own, [own]), clone('Cannot transfer object of unsupported type.'));
assert.strictEqual(own.byteLength, 2);

// A failed clone transfers nothing.
const keep = new ArrayBuffer(3);
assert.throws(() => port1.postMessage({ f() {} }, [keep]), { name: 'DataCloneError' });
assert.strictEqual(keep.byteLength, 3);
const detached = new ArrayBuffer(1);
port1.postMessage(null, [detached]);
assert.throws(() => port1.postMessage(detached), clone('An ArrayBuffer is detached and could not be cloned.'));

// A closed port takes messages and drops them.
port1.close();
assert.strictEqual(port1.postMessage('dropped'), undefined);
other.port1.close();
other.port2.close();
// What was posted before the close still arrives: the detached buffer's
// transfer, then nothing.
const arrived = [];
port2.on('message', (m) => arrived.push(m));
process.on('exit', () => {
  assert.strictEqual(arrived.length, 1);
  assert.strictEqual(arrived[0], null);
});
