'use strict';
// captureRejections: a promise returned by a listener that rejects is
// routed to emitter[Symbol.for('nodejs.rejection')] if there is one, else
// to 'error' (with capturing off while it runs), from process.nextTick.
const assert = require('assert');
const common = require('../common');
const events = require('events');
const { EventEmitter, captureRejectionSymbol } = events;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);
assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
});
assert.throws(() => { EventEmitter.captureRejections = 1; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "EventEmitter.captureRejections" property must be of type boolean. Received type number (1)',
});
// A falsy value is not validated.
new EventEmitter({ captureRejections: 0 });

const order = [];
process.on('exit', () => {
  assert.deepStrictEqual(order, ['sync', 'tick', 'error boom 1', 'rejection boom2 y a,b']);
});

{
  const e = new EventEmitter({ captureRejections: true });
  e.on('x', async (a) => { throw new Error(`boom ${a}`); });
  e.on('error', common.mustCall((err) => {
    order.push(`error ${err.message}`);
    // Capturing is off during the 'error' emit: this rejection is not caught.
    e.on('x', common.mustNotCall());
  }));
  e.emit('x', 1, 2);
  order.push('sync');
  process.nextTick(() => order.push('tick'));
}

{
  const e = new EventEmitter({ captureRejections: true });
  e[captureRejectionSymbol] = common.mustCall(function(err, type, ...args) {
    assert.strictEqual(this, e);
    order.push(`rejection ${err.message} ${type} ${args}`);
  });
  e.on('y', async () => { throw new Error('boom2'); });
  e.emit('y', 'a', 'b');
}

{
  // A `then` getter that throws: 'error' at once.
  const e = new EventEmitter({ captureRejections: true });
  e.on('z', () => ({ get then() { throw new Error('then getter'); } }));
  e.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'then getter')));
  e.emit('z');
}

{
  // Any thenable, called with undefined and a rejection handler.
  const e = new EventEmitter({ captureRejections: true });
  e.on('w', () => ({
    then: common.mustCall((onFulfilled, onRejected) => {
      assert.strictEqual(onFulfilled, undefined);
      onRejected(null);
    }),
  }));
  e.on('error', common.mustCall((err) => assert.strictEqual(err, null)));
  e.emit('w');
}

{
  // Without the option, rejections are left alone; with the static default
  // on, new emitters capture.
  const e = new EventEmitter();
  e.on('x', () => Promise.resolve());
  e.on('error', common.mustNotCall());
  e.emit('x');
  EventEmitter.captureRejections = true;
  const f = new EventEmitter();
  EventEmitter.captureRejections = false;
  f.on('x', async () => { throw new Error('static'); });
  f.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'static')));
  f.emit('x');
}
