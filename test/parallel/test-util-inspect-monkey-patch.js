'use strict';
// util.inspect and util.format keep working, and print the same, when a
// program replaces the builtins they use.

const assert = require('assert');
const util = require('util');

const value = {
  s: "it's",
  a: [1, , 3], // eslint-disable-line no-sparse-arrays
  m: new Map([['k', new Set([1])]]),
  d: new Date(0),
  r: /x/g,
  n: new Number(1), // eslint-disable-line no-new-wrappers
  sym: Symbol('s'),
  big: 1n,
  t: new Uint8Array([1, 2]),
  f: function f() {},
  nested: { deep: { deeper: { deepest: 1 } } },
  list: Array.from({ length: 10 }, (_, i) => i * 7),
};
const before = util.inspect(value, { showHidden: true });
const beforeFormat = util.format('%s %d %j %o', 'x', 1, { a: 1 }, [1]);

// The test's own helpers must not use what it patches.
const saved = [];
const { defineProperty, getOwnPropertyDescriptor } = Object;
function patch(obj, key) {
  saved[saved.length] = [obj, key, getOwnPropertyDescriptor(obj, key)];
  const boom = () => { throw new Error(`patched ${String(key)} called`); };
  defineProperty(obj, key, { value: boom, writable: true, configurable: true });
}
for (const key of ['slice', 'includes', 'startsWith', 'endsWith', 'repeat', 'padStart',
  'padEnd', 'split', 'replace', 'replaceAll', 'toLowerCase', 'trim']) {
  patch(String.prototype, key);
}
// Node itself uses push, indexOf and includes of arrays and charCodeAt of
// strings, and iterates Maps and Sets with for-of, so those stay (kiln is
// indifferent to them too).
for (const key of ['join', 'sort', 'splice', 'map', 'filter', 'forEach']) {
  patch(Array.prototype, key);
}
patch(Map.prototype, 'entries');
patch(Set.prototype, 'values');
patch(Object, 'keys');
patch(Object, 'getOwnPropertyNames');
patch(Object, 'getOwnPropertyDescriptor');
patch(Object, 'getPrototypeOf');
patch(Object.prototype, 'hasOwnProperty');
patch(Date.prototype, 'toISOString');
patch(RegExp.prototype, 'exec');
patch(Number.prototype, 'toString');
patch(Symbol.prototype, 'toString');
patch(JSON, 'stringify');

let after;
let afterFormat;
try {
  after = util.inspect(value, { showHidden: true });
  afterFormat = util.format('%s %d %j %o', 'x', 1, { a: 1 }, [1]);
} finally {
  for (let i = saved.length - 1; i >= 0; i--) defineProperty(saved[i][0], saved[i][1], saved[i][2]);
}
assert.strictEqual(after, before);
assert.strictEqual(afterFormat, beforeFormat);
