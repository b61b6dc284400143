'use strict';
// BroadcastChannel: a message reaches every other open channel of the same
// name in this process (not the sender, not other names), as a MessageEvent;
// a closed channel refuses to post; an open one keeps the loop alive until
// closed or unref'd.
const assert = require('assert');
const { inspect } = require('util');

assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS' });
const a = new BroadcastChannel('room');
const b = new BroadcastChannel('room');
const c = new BroadcastChannel('room');
const other = new BroadcastChannel('elsewhere');
assert.strictEqual(a.name, 'room');
assert.strictEqual(inspect(a), "BroadcastChannel { name: 'room', active: true }");
assert.strictEqual(typeof a.on, 'undefined');

const log = [];
a.onmessage = () => assert.fail('the sender does not hear itself');
other.onmessage = () => assert.fail('another name hears nothing');
b.onmessage = (event) => {
  assert.ok(event instanceof MessageEvent);
  assert.strictEqual(event.target, b);
  log.push(['b', event.data]);
};
c.addEventListener('message', (event) => {
  log.push(['c', event.data]);
  assert.notStrictEqual(event.data, payload);
  a.close();
  b.close();
  c.close();
  other.close();
  assert.throws(() => a.postMessage(1), { name: 'InvalidStateError', code: 11, message: 'BroadcastChannel is closed.' });
  assert.strictEqual(inspect(a), "BroadcastChannel { name: 'room', active: false }");
});
const payload = { n: 1 };
a.postMessage(payload);
assert.throws(() => a.postMessage(() => {}), { name: 'DataCloneError' });
assert.throws(() => a.postMessage(), { code: 'ERR_MISSING_ARGS' });

const lone = new BroadcastChannel('lone');
assert.strictEqual(lone.unref(), lone);

process.on('exit', () => {
  assert.deepStrictEqual(log, [['b', { n: 1 }], ['c', { n: 1 }]]);
});
