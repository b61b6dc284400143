'use strict';
// EventEmitter.init and the state it sets up: the listener table, the
// captureRejections flag, and a table a subclass made itself (kept, with
// removed listeners leaving undefined behind).
const assert = require('assert');
const util = require('util');
const { EventEmitter } = require('events');

assert.strictEqual(typeof EventEmitter.init, 'function');
assert.strictEqual(util.inspect(new EventEmitter()),
                   'EventEmitter {\n' +
                   '  _events: [Object: null prototype] {},\n' +
                   '  _eventsCount: 0,\n' +
                   '  _maxListeners: undefined,\n' +
                   '  Symbol(shapeMode): false,\n' +
                   '  Symbol(kCapture): false\n' +
                   '}');
assert.match(util.inspect(new EventEmitter({ captureRejections: true })), /Symbol\(kCapture\): true/);

{
  // The prototype's defaults.
  const proto = EventEmitter.prototype;
  assert.strictEqual(proto._events, undefined);
  assert.strictEqual(proto._eventsCount, 0);
  assert.strictEqual(proto._maxListeners, undefined);
  const [kCapture] = Object.getOwnPropertySymbols(proto);
  assert.strictEqual(kCapture.toString(), 'Symbol(kCapture)');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(proto, kCapture),
                         { value: false, writable: true, enumerable: false, configurable: false });
}

{
  // init on a plain object makes it an emitter's state.
  const o = {};
  EventEmitter.init.call(o);
  assert.deepStrictEqual(Object.keys(o), ['_events', '_eventsCount', '_maxListeners']);
  // _maxListeners is kept when set before.
  const p = { _maxListeners: 3 };
  EventEmitter.init.call(p);
  assert.strictEqual(p._maxListeners, 3);
}

{
  // A subclass that made its own table before init keeps it.
  function Pre() {
    this._events = { __proto__: null, data: undefined, end: undefined };
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Pre.prototype, EventEmitter.prototype);
  const p = new Pre();
  const table = p._events;
  const f = () => {};
  const g = () => {};
  p.on('data', g);
  p.on('end', f);
  const removed = [];
  p.on('removeListener', (type, fn) => removed.push([type, fn]));
  assert.deepStrictEqual(p.eventNames(), ['data', 'end', 'removeListener']);
  p.removeListener('end', f);
  assert.strictEqual(p._events, table);
  assert.ok('end' in p._events);
  assert.strictEqual(p._events.end, undefined);
  assert.deepStrictEqual(p.eventNames(), ['data', 'removeListener']);
  assert.strictEqual(p._eventsCount, 2);
  p.removeAllListeners('data');
  assert.deepStrictEqual(p.eventNames(), ['removeListener']);
  assert.deepStrictEqual(removed, [['end', f], ['data', g]]);
  assert.strictEqual(p.emit('end'), false);
  p.removeAllListeners();
  assert.deepStrictEqual(p.eventNames(), []);
  assert.strictEqual(p._eventsCount, 0);
}
