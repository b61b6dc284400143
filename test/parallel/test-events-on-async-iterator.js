'use strict';
// events.on(emitter, name, options): an async iterator of argument arrays.
const assert = require('assert');
const common = require('../common');
const { EventEmitter, on, getEventListeners } = require('events');

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

async function main() {
  assert.strictEqual(on.length, 2);
  {
    // Queued events come out in order; a close event ends the iteration
    // after them; listeners are removed.
    const e = new EventEmitter();
    const it = on(e, 'd', { close: ['end'] });
    assert.strictEqual(Object.getPrototypeOf(it), AsyncIteratorPrototype);
    assert.strictEqual(it[Symbol.asyncIterator](), it);
    e.emit('d', 1);
    e.emit('d', 2, 3);
    e.emit('end');
    e.emit('d', 4);
    const got = [];
    for await (const v of it) got.push(v);
    assert.deepStrictEqual(got, [[1], [2, 3]]);
    assert.strictEqual(e.listenerCount('d'), 0);
    assert.strictEqual(e.listenerCount('end'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }
  {
    // next() before the event waits for it.
    const e = new EventEmitter();
    const it = on(e, 'd');
    const p = it.next();
    e.emit('d', 'x');
    assert.deepStrictEqual(await p, { value: ['x'], done: false });
    // return() settles pending next() calls as done.
    const pending = it.next();
    assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
    assert.deepStrictEqual(await pending, { value: undefined, done: true });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  }
  {
    // 'error' rejects once, after the queued events, then the iterator is done.
    const e = new EventEmitter();
    const it = on(e, 'd');
    e.emit('d', 1);
    e.emit('error', new Error('iterr'));
    assert.deepStrictEqual(await it.next(), { value: [1], done: false });
    await assert.rejects(it.next(), { message: 'iterr' });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.strictEqual(e.listenerCount('error'), 0);
  }
  {
    // An 'error' while next() waits rejects it.
    const e = new EventEmitter();
    const it = on(e, 'd');
    const p = it.next();
    e.emit('error', new Error('late'));
    await assert.rejects(p, { message: 'late' });
  }
  {
    // throw(err): needs an Error, returns nothing, ends the iteration.
    const e = new EventEmitter();
    const it = on(e, 'd');
    assert.throws(() => it.throw(1), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. Received type number (1)',
    });
    assert.strictEqual(it.throw(new Error('q')), undefined);
    await assert.rejects(it.next(), { message: 'q' });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  }
  {
    // Aborting rejects with an AbortError and cleans up.
    const e = new EventEmitter();
    const ac = new AbortController();
    const it = on(e, 'd', { signal: ac.signal });
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
    process.nextTick(() => ac.abort('why'));
    await assert.rejects(async () => {
      for await (const v of it) assert.fail(`unexpected ${v}`);
    }, { name: 'AbortError', code: 'ABORT_ERR', cause: 'why' });
    assert.strictEqual(e.listenerCount('d'), 0);
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 0);
  }
  {
    // Validation is synchronous.
    const e = new EventEmitter();
    assert.throws(() => on(e, 'd', null), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received null',
    });
    assert.throws(() => on(e, 'd', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => on(e, 'd', { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.throws(() => on({}, 'd'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.strictEqual(e.eventNames().length, 0);
  }
  {
    // EventTargets: values are [event].
    const et = new EventTarget();
    const it = on(et, 'foo');
    et.dispatchEvent(new Event('foo'));
    const { value, done } = await it.next();
    assert.strictEqual(done, false);
    assert.strictEqual(value[0].type, 'foo');
    await it.return();
    assert.strictEqual(getEventListeners(et, 'foo').length, 0);
  }
  {
    // break out of for-await calls return().
    const e = new EventEmitter();
    process.nextTick(() => { e.emit('d', 1); e.emit('d', 2); });
    for await (const [v] of on(e, 'd')) {
      assert.strictEqual(v, 1);
      break;
    }
    assert.strictEqual(e.listenerCount('d'), 0);
  }
}

main().then(common.mustCall());
