'use strict';
// MessageChannel and MessagePort: construction, the prototype's members,
// structured clone of what is posted, MessageEvent, onmessage, the
// EventEmitter-like methods and receiveMessageOnPort.
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(wt.MessageChannel, MessageChannel);
assert.strictEqual(wt.MessagePort, MessagePort);
assert.strictEqual(wt.BroadcastChannel, BroadcastChannel);
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(typeof desc.value, 'function', name);
}

assert.throws(() => new MessagePort(), { name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_INVALID' });
assert.throws(() => MessageChannel(), { name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_REQUIRED' });
assert.deepStrictEqual(Object.getOwnPropertyNames(MessagePort.prototype).sort(), [
  'close', 'constructor', 'hasRef', 'onmessage', 'onmessageerror', 'postMessage', 'ref', 'start', 'unref',
]);
assert.ok(MessagePort.prototype instanceof EventTarget);
assert.throws(() => MessagePort.prototype.postMessage.call({}, 1), TypeError);

const { port1, port2 } = new MessageChannel();
assert.ok(port1 instanceof MessagePort);
assert.strictEqual(port1.constructor, MessagePort);
assert.throws(() => port1.postMessage(), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });

// Delivery is asynchronous; a synchronous receive takes the queue's head.
const value = { a: [1, 2, { b: 'c' }], m: new Map([[1, new Set([2])]]), d: new Date(5), big: 10n };
value.self = value;
assert.strictEqual(port1.postMessage(value), true);
port1.postMessage('second');
const got = wt.receiveMessageOnPort(port2);
assert.notStrictEqual(got.message, value);
assert.deepStrictEqual(got.message, value);
assert.strictEqual(got.message.self, got.message);
assert.deepStrictEqual(wt.receiveMessageOnPort(port2), { message: 'second' });
assert.strictEqual(wt.receiveMessageOnPort(port2), undefined);
assert.throws(() => wt.receiveMessageOnPort({}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance',
});

// A Buffer arrives as a Uint8Array copy.
const buf = Buffer.from('hi');
port1.postMessage(buf);
const u8 = wt.receiveMessageOnPort(port2).message;
assert.strictEqual(Object.getPrototypeOf(u8), Uint8Array.prototype);
assert.deepStrictEqual([...u8], [104, 105]);

// Listeners: node-style ones get the data, DOM ones a MessageEvent.
const seen = [];
let onmessageCalls = 0;
port2.on('message', function(data) {
  assert.strictEqual(this, port2);
  seen.push(['on', data]);
});
port2.once('message', (data) => seen.push(['once', data]));
port2.addEventListener('message', (event) => {
  assert.ok(event instanceof MessageEvent);
  assert.ok(event instanceof Event);
  assert.strictEqual(event.type, 'message');
  assert.strictEqual(event.target, port2);
  assert.deepStrictEqual(event.ports, []);
  assert.strictEqual(event.origin, '');
  assert.strictEqual(event.source, null);
  seen.push(['event', event.data]);
});
port2.onmessage = (event) => {
  onmessageCalls++;
  if (event.data === 'y') {
    assert.deepStrictEqual(seen, [
      ['on', 'x'], ['once', 'x'], ['event', 'x'],
      ['on', 'y'], ['event', 'y'],
    ]);
    assert.strictEqual(onmessageCalls, 2);
    port2.close();
  }
};
assert.strictEqual(typeof port2.onmessage, 'function');
assert.strictEqual(port2.onmessageerror, null);
port1.postMessage('x');
port1.postMessage('y');

// port1 hears of the close through its own wakeup; ref'd, it holds the
// loop until then.
let closes = 0;
port1.ref();
port1.on('close', () => closes++);
port2.on('close', () => closes++);
process.on('exit', () => assert.strictEqual(closes, 2));

const ev = new MessageEvent('message', { data: 5 });
assert.strictEqual(ev.data, 5);
assert.deepStrictEqual(ev.ports, []);
assert.ok(Object.isFrozen(ev.ports));
assert.strictEqual(Object.prototype.toString.call(ev), '[object MessageEvent]');
assert.throws(() => new MessageEvent(), {
  name: 'TypeError', message: 'MessageEvent constructor: 1 argument required, but 0 found.',
});
assert.throws(() => new MessageEvent('message', { ports: [{}] }), {
  name: 'TypeError',
  message: 'MessageEvent constructor: Expected eventInitDict.ports[0] ("{}") to be an instance of MessagePort.',
});
