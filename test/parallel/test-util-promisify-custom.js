'use strict';
// util.promisify.custom: a function's own promise form is returned as it
// is (and marked, so promisifying it again returns it too).
const assert = require('assert');
const common = require('../common');
const { promisify } = require('util');

async function main() {
  {
    function original(cb) { cb(null, 'callback'); }
    function custom() { return Promise.resolve(['custom', 1, 2]); }
    original[promisify.custom] = custom;
    assert.strictEqual(promisify(original), custom);
    assert.strictEqual(promisify(custom), custom);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(custom, promisify.custom),
                           { value: custom, writable: false, enumerable: false, configurable: true });
    assert.deepStrictEqual(await promisify(original)(), ['custom', 1, 2]);
  }
  {
    // Several callback values through a custom function.
    function stat(path, cb) { cb(null, path.length, path.toUpperCase()); }
    stat[promisify.custom] = (path) => new Promise((resolve, reject) => {
      stat(path, (err, size, upper) => (err ? reject(err) : resolve({ size, upper })));
    });
    assert.deepStrictEqual(await promisify(stat)('abc'), { size: 3, upper: 'ABC' });
  }
  {
    // The registered symbol works without util.
    function fn() {}
    const custom = () => {};
    fn[Symbol.for('nodejs.util.promisify.custom')] = custom;
    assert.strictEqual(promisify(fn), custom);
  }
  {
    // A custom value that is not a function.
    function fn() {}
    fn[promisify.custom] = 42;
    assert.throws(() => promisify(fn), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "util.promisify.custom" property must be of type function. Received type number (42)',
    });
    // A falsy one is ignored.
    fn[promisify.custom] = 0;
    assert.strictEqual(typeof promisify(fn), 'function');
    assert.notStrictEqual(promisify(fn), 0);
  }
  {
    // The result of promisify is marked as its own custom form.
    function fn(cb) { cb(null, 1); }
    const p = promisify(fn);
    assert.strictEqual(p[promisify.custom], p);
    assert.strictEqual(promisify(p), p);
    // Promisifying twice makes two functions.
    assert.notStrictEqual(promisify(fn), p);
  }
}

main().then(common.mustCall());
