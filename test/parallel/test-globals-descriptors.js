'use strict';
// Which globals Object.keys lists, as in Node 24: the web-platform
// functions and `global` are enumerable, the classes are not, and
// Buffer stays an accessor pair when assigned to.
require('../common');
const assert = require('assert');

const keys = Object.keys(globalThis);
for (const name of ['global', 'queueMicrotask', 'structuredClone', 'setTimeout', 'clearTimeout', 'setInterval',
  'clearInterval', 'setImmediate', 'clearImmediate', 'atob', 'btoa', 'fetch', 'navigator']) {
  assert.ok(keys.includes(name), name);
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (typeof d.value === 'function') assert.strictEqual(d.value.name, name);
  else if (typeof d.get === 'function') assert.strictEqual(d.get.name, `get ${name}`);
}
for (const name of ['console', 'process', 'Buffer', 'URL', 'Blob', 'Headers', 'Request', 'Response', 'FormData',
  'Navigator', 'AbortController', 'ReadableStream', 'TextEncoder', 'DOMException', 'EventTarget']) {
  assert.ok(!keys.includes(name), name);
}

// Using a lazily made global keeps its enumerability.
setTimeout;
structuredClone;
URL;
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'setTimeout').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, false);
const OriginalURL = URL;
globalThis.URL = 1;
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, false);
globalThis.URL = OriginalURL;

const { Buffer: RealBuffer } = require('buffer');
assert.strictEqual(Buffer, RealBuffer);
globalThis.Buffer = 'x';
assert.strictEqual(Buffer, 'x');
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(globalThis, 'Buffer').get, 'function');
globalThis.Buffer = RealBuffer;
assert.strictEqual(Buffer, RealBuffer);
