'use strict';
// util.promisify: the callback's first argument rejects (if truthy), its
// second resolves; `this` and the arguments pass through.
const assert = require('assert');
const common = require('../common');
const util = require('util');
const { promisify } = util;

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
for (const bad of [1, 'x', null, undefined, {}]) {
  assert.throws(() => promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "original" argument must be of type function\. Received /,
  });
}

async function main() {
  {
    const add = promisify((a, b, cb) => cb(null, a + b, 'extra'));
    assert.strictEqual(await add(1, 2), 3);
  }
  {
    const fail = promisify((cb) => cb(new Error('nope')));
    await assert.rejects(fail(), { message: 'nope' });
  }
  {
    // Falsy errors are not errors.
    for (const err of [null, undefined, 0, '', false]) {
      assert.strictEqual(await promisify((cb) => cb(err, 'v'))(), 'v');
    }
    // Any truthy value is.
    await assert.rejects(promisify((cb) => cb('str'))(), (e) => e === 'str');
  }
  {
    // `this` is the promisified function's receiver.
    const obj = {
      value: 42,
      get: promisify(function(cb) { cb(null, this.value); }),
    };
    assert.strictEqual(await obj.get(), 42);
  }
  {
    // Arguments arrive as given, the callback last.
    const seen = promisify(function(...args) {
      const cb = args.pop();
      cb(null, args);
    });
    assert.deepStrictEqual(await seen(), []);
    assert.deepStrictEqual(await seen(1, undefined, 'x'), [1, undefined, 'x']);
  }
  {
    // A throw from the original rejects the promise.
    await assert.rejects(promisify(() => { throw new Error('thrown'); })(), { message: 'thrown' });
    // Calling back twice settles once.
    const twice = promisify((cb) => { cb(null, 1); cb(null, 2); cb(new Error('late')); });
    assert.strictEqual(await twice(), 1);
  }
  {
    // Resolves later, when the callback is called later.
    const later = promisify((cb) => setImmediate(cb, null, 'later'));
    assert.strictEqual(await later(), 'later');
  }
}

main().then(common.mustCall());
