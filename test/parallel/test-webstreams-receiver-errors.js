'use strict';
// Errors of the web-stream classes that Node writes without a receiver
// check: their getters on another object throw V8's TypeError for the
// private field they read; inspect on null or undefined is
// ERR_INVALID_THIS. And pipeTo() aborted with Node's own AbortError (an
// Error, not a DOMException) rejects with a DOMException of its message.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { setTimeout: sleep } = require('timers/promises');

const fields = [
  [TextEncoderStream, { encoding: '#handle', readable: '#transform', writable: '#transform' }],
  [TextDecoderStream, {
    encoding: '#handle', fatal: '#handle', ignoreBOM: '#handle', readable: '#transform', writable: '#transform',
  }],
  [CompressionStream, { readable: '#transform', writable: '#transform' }],
  [DecompressionStream, { readable: '#transform', writable: '#transform' }],
];
for (const [Class, getters] of fields) {
  for (const [name, field] of Object.entries(getters)) {
    for (const receiver of [{}, Object.create(Class.prototype)]) {
      assert.throws(() => Reflect.get(Class.prototype, name, receiver), {
        name: 'TypeError',
        message: `Cannot read private member ${field} from an object whose class did not declare it`,
      }, `${Class.name}#${name}`);
    }
  }
}
for (const Class of [TextEncoderStream, TextDecoderStream]) {
  const custom = new Class()[inspect.custom];
  assert.throws(() => custom.call(), { code: 'ERR_INVALID_THIS', message: `Value of "this" must be of type ${Class.name}` });
  assert.throws(() => custom.call(null), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => custom.call({}), { name: 'TypeError', message: /^Cannot read private member #handle / });
}

(async () => {
  const reason = await sleep(1000, undefined, { signal: AbortSignal.abort() }).catch((err) => err);
  assert.strictEqual(reason.name, 'AbortError');
  assert.ok(!(reason instanceof DOMException));
  const ac = new AbortController();
  ac.abort(reason);
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: ac.signal }), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.message, reason.message);
    return true;
  });
  // Any other reason is the rejection itself.
  const other = new Error('mine');
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: AbortSignal.abort(other) }),
                       (err) => err === other);
})().then(common.mustCall());
