'use strict';
// node:timers/promises: setTimeout/setImmediate resolve with the value,
// setInterval is an async iterator, AbortSignal cancels, scheduler.wait and
// scheduler.yield, and Node's argument errors.
const common = require('../common');
const assert = require('assert');
const tp = require('timers/promises');

assert.strictEqual(require('timers').promises, tp);

(async () => {
  assert.strictEqual(await tp.setTimeout(2, 'v'), 'v');
  assert.strictEqual(await tp.setImmediate(5), 5);
  assert.strictEqual(await tp.scheduler.wait(2), undefined);
  assert.strictEqual(await tp.scheduler.yield(), undefined);

  let n = 0;
  for await (const v of tp.setInterval(2, 'i')) {
    assert.strictEqual(v, 'i');
    if (++n === 3) break;
  }
  assert.strictEqual(n, 3);

  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort('why');
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR', message: 'The operation was aborted', cause: 'why' });

  await assert.rejects(tp.setTimeout(1, 'x', { signal: AbortSignal.abort() }), { code: 'ABORT_ERR' });
  await assert.rejects(tp.setImmediate(1, { signal: AbortSignal.abort() }), { code: 'ABORT_ERR' });

  const ac2 = new AbortController();
  const it = tp.setInterval(5, 1, { signal: ac2.signal });
  setTimeout(() => ac2.abort(), 1);
  await assert.rejects(async () => { for await (const _ of it) { /* none expected */ } }, { code: 'ABORT_ERR' });

  await assert.rejects(tp.setTimeout('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "delay" argument must be of type number. Received type string (\'1\')',
  });
  await assert.rejects(tp.setTimeout(1, 1, { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  await assert.rejects(tp.setTimeout(1, 1, { ref: 'no' }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(tp.setTimeout(1, 1, 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new (tp.scheduler.constructor)(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

  // ref: false does not keep the process alive.
  tp.setTimeout(100000, null, { ref: false }).then(common.mustNotCall());
})().then(common.mustCall());
