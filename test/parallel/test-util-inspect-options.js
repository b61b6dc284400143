'use strict';
// util.inspect's options: defaultOptions (settable, validated), the legacy
// arguments, unknown options.

const assert = require('assert');
const { inspect } = require('util');

const saved = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false,
  getters: false, numericSeparator: false,
};
inspect.defaultOptions = saved;

assert.strictEqual(
  JSON.stringify(inspect.defaultOptions),
  "{\"showHidden\":false,\"depth\":2,\"colors\":false,\"customInspect\":true,\"showProxy\":false,\"maxArrayLength\":100,\"maxStringLength\":10000,\"breakLength\":80,\"compact\":3,\"sorted\":false,\"getters\":false,\"numericSeparator\":false}");
assert.strictEqual(Object.isSealed(inspect.defaultOptions), true);
assert.strictEqual(
  JSON.stringify(Object.getOwnPropertyDescriptor(inspect, 'defaultOptions').enumerable),
  "false");
inspect.defaultOptions = { depth: 0, compact: false };
assert.strictEqual(inspect({ a: { b: 1 } }), "{\n  a: [Object]\n}");
inspect.defaultOptions = saved;
assert.strictEqual(inspect({ a: { b: 1 } }), "{ a: { b: 1 } }");
inspect.defaultOptions.breakLength = 20;
assert.strictEqual(inspect({ a: 1, b: 2, c: 3 }), "{\n  a: 1,\n  b: 2,\n  c: 3\n}");
inspect.defaultOptions.breakLength = 80;
assert.throws(() => { inspect.defaultOptions = null; }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => { inspect.defaultOptions = 5; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { inspect.defaultOptions = [1]; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { inspect.defaultOptions = { unknownKey: 1 }; }, TypeError);
assert.strictEqual(
  JSON.stringify(inspect.defaultOptions),
  "{\"showHidden\":false,\"depth\":2,\"colors\":false,\"customInspect\":true,\"showProxy\":false,\"maxArrayLength\":100,\"maxStringLength\":10000,\"breakLength\":80,\"compact\":3,\"sorted\":false,\"getters\":false,\"numericSeparator\":false}");
// Legacy: inspect(value, showHidden, depth, colors).
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }, false, 0), "{ a: [Object] }");
assert.strictEqual(inspect({ a: 1 }, false, null, true), "{ a: \u001b[33m1\u001b[39m }");
assert.strictEqual(inspect([1], true), "[ 1, [length]: 1 ]");
// Options that inspect does not know are ignored; so is an option of the wrong type.
assert.strictEqual(inspect({ a: 1 }, { unknown: true }), "{ a: 1 }");
assert.strictEqual(inspect({ a: 1 }, 'str'), "{ a: 1 }");
assert.strictEqual(inspect({ a: 1 }, 5), "{ a: 1 }");
assert.strictEqual(inspect({ a: 1 }, null), "{ a: 1 }");
assert.strictEqual(inspect.length, 2);
assert.strictEqual(inspect.name, "inspect");
assert.strictEqual(typeof inspect.custom, "symbol");
assert.strictEqual(inspect.custom === Symbol.for('nodejs.util.inspect.custom'), true);
