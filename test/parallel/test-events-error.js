'use strict';
// 'error' with no listener throws: an Error as it is, anything else wrapped
// in ERR_UNHANDLED_ERROR with the value as `context`. errorMonitor
// listeners see the error first and do not count as handling it.
const assert = require('assert');
const common = require('../common');
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

{
  const e = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
  assert.throws(() => e.emit('error'), {
    name: 'Error',
    code: 'ERR_UNHANDLED_ERROR',
    message: 'Unhandled error. (undefined)',
    context: undefined,
  });
  assert.throws(() => e.emit('error', 'str'), {
    code: 'ERR_UNHANDLED_ERROR',
    message: "Unhandled error. ('str')",
    context: 'str',
  });
  const obj = { a: 1 };
  assert.throws(() => e.emit('error', obj), (thrown) => {
    assert.strictEqual(thrown.message, 'Unhandled error. ({ a: 1 })');
    assert.strictEqual(thrown.context, obj);
    return true;
  });
  // An emitter that never had a listener table still throws.
  const bare = Object.create(EventEmitter.prototype);
  assert.throws(() => bare.emit('error', err), (thrown) => thrown === err);
}

{
  // With a listener, the error is handed over.
  const e = new EventEmitter();
  e.on('error', common.mustCall((err, extra) => {
    assert.strictEqual(err.message, 'x');
    assert.strictEqual(extra, 2);
  }));
  assert.strictEqual(e.emit('error', new Error('x'), 2), true);
}

{
  // errorMonitor runs before the 'error' listeners, with the same arguments.
  assert.strictEqual(typeof errorMonitor, 'symbol');
  assert.strictEqual(errorMonitor.toString(), 'Symbol(events.errorMonitor)');
  const e = new EventEmitter();
  const order = [];
  e.on('error', (err) => order.push(['error', err.message]));
  e.on(errorMonitor, (err, n) => order.push(['monitor', err.message, n]));
  e.emit('error', new Error('m'), 7);
  assert.deepStrictEqual(order, [['monitor', 'm', 7], ['error', 'm']]);

  // Without an 'error' listener, the monitor runs and the error is thrown.
  const e2 = new EventEmitter();
  const monitor = common.mustCall(2);
  e2.on(errorMonitor, monitor);
  assert.throws(() => e2.emit('error', new Error('t')), { message: 't' });
  assert.deepStrictEqual(e2.eventNames(), [errorMonitor]);
  // Emitting the monitor symbol itself is an ordinary emit.
  assert.strictEqual(e2.emit(errorMonitor, new Error('u')), true);
}

{
  // A listener that throws stops the emit; the exception reaches the caller.
  const e = new EventEmitter();
  e.on('x', () => { throw new Error('from listener'); });
  e.on('x', common.mustNotCall());
  assert.throws(() => e.emit('x'), { message: 'from listener' });
}
