'use strict';
// A port keeps the loop alive while it has 'message' listeners and is
// ref'd; a new port, a port whose listeners are gone and an unref'd port
// do not. hasRef() tells which.
const assert = require('assert');

const { port1, port2 } = new MessageChannel();
assert.strictEqual(port1.hasRef(), false);
port1.start();
assert.strictEqual(port1.hasRef(), false);
const listener = () => {};
port1.on('message', listener);
assert.strictEqual(port1.hasRef(), true);
port1.off('message', listener);
assert.strictEqual(port1.hasRef(), false);
port1.onmessage = listener;
assert.strictEqual(port1.hasRef(), true);
port1.onmessage = null;
assert.strictEqual(port1.hasRef(), false);
assert.strictEqual(port1.listenerCount('message'), 0);
port1.ref();
assert.strictEqual(port1.hasRef(), true);
port1.unref();
assert.strictEqual(port1.hasRef(), false);
port2.once('message', listener);
assert.strictEqual(port2.hasRef(), true);

// port2's once listener goes with the first message, unref'ing it, so the
// process ends although the channel stays open.
port1.postMessage('only');
let delivered = false;
port2.addEventListener('message', () => { delivered = true; }, { once: true });

// An unref'd port with a listener does not hold the process either.
const other = new MessageChannel();
other.port1.on('message', () => assert.fail('never posted'));
other.port1.unref();

// A timer that only fires if something keeps the loop alive too long.
setTimeout(() => assert.fail('the loop stayed alive'), 2000).unref();
process.on('exit', () => {
  assert.strictEqual(delivered, true);
  assert.strictEqual(port2.hasRef(), false);
});
