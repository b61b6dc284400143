'use strict';
// util.callbackify: a promise-returning function becomes one that takes a
// callback last and calls it, from process.nextTick, with (null, value)
// or (reason).
const assert = require('assert');
const common = require('../common');
const { callbackify } = require('util');

for (const bad of [1, 'x', null, undefined]) {
  assert.throws(() => callbackify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "original" argument must be of type function\. Received /,
  });
}

{
  async function double(a) { return a * 2; }
  const cb = callbackify(double);
  assert.strictEqual(cb.name, 'doubleCallbackified');
  assert.strictEqual(cb.length, 2);
  let sync = true;
  cb(21, common.mustCall((err, value) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, null);
    assert.strictEqual(value, 42);
  }));
  sync = false;
  // The last argument must be a function.
  assert.throws(() => cb(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The last argument must be of type function. Received type number (1)',
  });
  assert.throws(() => cb(), { code: 'ERR_INVALID_ARG_TYPE' });
}

{
  // Rejections arrive as the error.
  const err = new Error('bad');
  callbackify(() => Promise.reject(err))(common.mustCall((e, value) => {
    assert.strictEqual(e, err);
    assert.strictEqual(value, undefined);
  }));
  // A truthy non-Error reason is passed as it is.
  callbackify(async () => { throw 'str'; })(common.mustCall((e) => assert.strictEqual(e, 'str')));
}

{
  // `this` reaches both the original and the callback.
  const obj = {
    n: 5,
    run: callbackify(async function() { return this.n; }),
  };
  obj.run(common.mustCall(function(err, n) {
    assert.strictEqual(this, obj);
    assert.strictEqual(n, 5);
  }));
}

{
  // Thenables work; a plain return value is a TypeError, thrown at once.
  callbackify(() => ({ then(resolve) { resolve('thenable'); } }))(common.mustCall((err, v) => {
    assert.strictEqual(v, 'thenable');
  }));
  assert.throws(() => callbackify(() => 5)(common.mustNotCall()), TypeError);
}

{
  // Own properties are copied; name and length adjusted.
  const fn = async (a, b) => {};
  fn.extra = 1;
  const cb = callbackify(fn);
  assert.strictEqual(cb.extra, 1);
  assert.strictEqual(cb.name, 'fnCallbackified');
  assert.strictEqual(cb.length, 3);
  // A name that is not a string is left alone.
  const odd = async () => {};
  Object.defineProperty(odd, 'name', { value: 7 });
  assert.strictEqual(callbackify(odd).name, 7);
}

{
  // An exception in the callback is uncaught, not a rejection.
  process.once('uncaughtException', common.mustCall((e) => {
    assert.strictEqual(e.message, 'from callback');
  }));
  callbackify(async () => 1)(() => { throw new Error('from callback'); });
}
