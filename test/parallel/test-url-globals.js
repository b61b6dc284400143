'use strict';
// URL and URLSearchParams are globals, the same classes node:url exports,
// non-enumerable like Node's.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof URL, 'function');
assert.strictEqual(globalThis.URL, require('url').URL);
assert.strictEqual(globalThis.URLSearchParams, require('url').URLSearchParams);
for (const name of ['URL', 'URLSearchParams']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.configurable, true, name);
}
assert.strictEqual(URL.name, 'URL');
assert.strictEqual(URL.length, 1);
assert.strictEqual(URLSearchParams.length, 0);
