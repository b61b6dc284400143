'use strict';
// events.once(emitter, name, { signal }).
const assert = require('assert');
const common = require('../common');
const events = require('events');
const { EventEmitter, once, getEventListeners } = events;

async function main() {
  assert.strictEqual(once.length, 2);
  // Resolves with the arguments, and cleans up.
  {
    const e = new EventEmitter();
    process.nextTick(() => e.emit('x', 1, 2));
    assert.deepStrictEqual(await once(e, 'x'), [1, 2]);
    assert.strictEqual(e.listenerCount('x'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }
  // Rejects on 'error', and cleans up.
  {
    const e = new EventEmitter();
    process.nextTick(() => e.emit('error', new Error('bad')));
    await assert.rejects(once(e, 'x'), { message: 'bad' });
    assert.strictEqual(e.listenerCount('x'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }
  // Waiting for 'error' itself resolves.
  {
    const e = new EventEmitter();
    process.nextTick(() => e.emit('error', new Error('ok')));
    const [err] = await once(e, 'error');
    assert.strictEqual(err.message, 'ok');
  }
  // Validation errors are rejections.
  {
    const e = new EventEmitter();
    await assert.rejects(once(e, 'x', null), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received null',
    });
    await assert.rejects(once(e, 'x', { signal: 1 }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
    });
    await assert.rejects(once({}, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
    });
  }
  // An aborted signal rejects at once with an AbortError whose cause is
  // the reason.
  {
    const e = new EventEmitter();
    await assert.rejects(once(e, 'x', { signal: AbortSignal.abort('why') }), (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.message, 'The operation was aborted');
      assert.strictEqual(err.cause, 'why');
      return true;
    });
    assert.strictEqual(e.listenerCount('x'), 0);
  }
  // Aborting later rejects and removes every listener.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    const p = once(e, 'x', { signal: ac.signal });
    assert.strictEqual(e.listenerCount('x'), 1);
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
    ac.abort('r');
    await assert.rejects(p, { name: 'AbortError', cause: 'r' });
    assert.strictEqual(e.listenerCount('x'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 0);
  }
  // Resolving takes the abort listener off the signal.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    const p = once(e, 'x', { signal: ac.signal });
    e.emit('x', 'v');
    assert.deepStrictEqual(await p, ['v']);
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 0);
  }
  // The abort listener runs even if an earlier one stops propagation.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
    const p = once(e, 'x', { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { name: 'AbortError' });
  }
  // EventTargets: resolves with [event]; their 'error' is a plain event.
  {
    const et = new EventTarget();
    process.nextTick(() => et.dispatchEvent(new Event('foo')));
    const [ev] = await once(et, 'foo');
    assert.strictEqual(ev.type, 'foo');
    assert.strictEqual(getEventListeners(et, 'foo').length, 0);
    const p = once(et, 'error');
    et.dispatchEvent(new Event('error'));
    assert.strictEqual((await p)[0].type, 'error');
  }
  {
    const et = new EventTarget();
    const ac = new AbortController();
    const p = once(et, 'foo', { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { name: 'AbortError' });
    assert.strictEqual(getEventListeners(et, 'foo').length, 0);
  }
}

main().then(common.mustCall());
