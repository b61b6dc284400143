'use strict';
// AbortSignal's accessors read state a Proxy of the signal forwards (Node
// keeps it in symbol-keyed properties), so a signal wrapped in a Proxy, as
// some option-checking code does, still works with fs and events; on
// anything that is not a signal they throw ERR_INVALID_THIS.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const forward = (target) => new Proxy(target, {
  get: (t, key, receiver) => Reflect.get(t, key, receiver),
});

const controller = new AbortController();
const proxied = forward(controller.signal);
assert.strictEqual(proxied.aborted, false);
assert.strictEqual(proxied.reason, undefined);
proxied.throwIfAborted();
controller.abort('why');
assert.strictEqual(proxied.aborted, true);
assert.strictEqual(proxied.reason, 'why');
assert.throws(() => proxied.throwIfAborted(), (err) => err === 'why');

for (const name of ['aborted', 'reason']) {
  const get = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get;
  for (const receiver of [{}, null, undefined, 1, forward({})]) {
    assert.throws(() => get.call(receiver), {
      code: 'ERR_INVALID_THIS',
      name: 'TypeError',
      message: 'Value of "this" must be of type AbortSignal',
    });
  }
}
assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), { code: 'ERR_INVALID_THIS' });

// No own string keys show; inspection is unchanged.
const signal = AbortSignal.abort();
assert.deepStrictEqual(Object.keys(signal), []);
assert.strictEqual(require('util').inspect(signal), 'AbortSignal { aborted: true }');
assert.strictEqual(require('util').inspect(new AbortController().signal), 'AbortSignal { aborted: false }');

// fs.promises.readFile through a FileHandle with the options and signal
// behind proxies rejects with AbortError.
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-abort-proxy-'));
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, 'x'.repeat(100000));
  const handle = await fs.promises.open(file, 'r');
  try {
    await assert.rejects(
      fs.promises.readFile(handle, forward({ signal: forward(AbortSignal.abort()) })),
      { name: 'AbortError' });
    const late = new AbortController();
    process.nextTick(() => late.abort());
    await assert.rejects(
      handle.readFile(forward({ signal: forward(late.signal), encoding: 'utf8' })),
      { name: 'AbortError' });
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true });
  }
})();
