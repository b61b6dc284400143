'use strict';
// util.aborted(signal, resource): a promise that resolves when the signal
// aborts (with the abort event; at once, with undefined, if it already has).
const assert = require('assert');
const common = require('../common');
const util = require('util');
const { getEventListeners } = require('events');

async function main() {
  assert.strictEqual(util.aborted.length, 2);
  assert.strictEqual(util.aborted.constructor.name, 'AsyncFunction');

  for (const bad of [undefined, {}, 5, { aborted: false }]) {
    await assert.rejects(util.aborted(bad, {}), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'signal is not of type AbortSignal.',
    });
  }
  for (const bad of [1, null, 'x']) {
    await assert.rejects(util.aborted(new AbortController().signal, bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "resource" argument must be of type object\. Received /,
    });
  }
  // Arrays and functions are resources too.
  util.aborted(new AbortController().signal, []);
  util.aborted(new AbortController().signal, () => {});

  assert.strictEqual(await util.aborted(AbortSignal.abort(), {}), undefined);

  {
    const ac = new AbortController();
    const resource = {};
    const p = util.aborted(ac.signal, resource);
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
    // It runs even after an earlier listener stops propagation.
    ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation(), { once: true });
    ac.abort('why');
    const event = await p;
    assert.strictEqual(event.type, 'abort');
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 0);
  }
  {
    // ... also when that listener was added first.
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
    const p = util.aborted(ac.signal, {});
    ac.abort();
    assert.strictEqual((await p).type, 'abort');
  }
}

main().then(common.mustCall());
