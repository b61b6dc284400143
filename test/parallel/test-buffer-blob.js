'use strict';
// Blob (also a global and on node:buffer): built from strings (UTF-8),
// ArrayBuffers, views and other blobs; type lower-cased or dropped when
// not printable ASCII; slice() with WebIDL clamping; the promise readers.
// Expected values recorded from Node 24.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { Blob, resolveObjectURL } = require('buffer');

assert.strictEqual(globalThis.Blob, Blob);
assert.strictEqual(Blob.name, 'Blob');
assert.strictEqual(Blob.length, 0);
assert.strictEqual(Object.prototype.toString.call(new Blob()), '[object Blob]');
assert.deepStrictEqual(Object.keys(new Blob(['x'])), []);
for (const k of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  assert.ok(Object.keys(Blob.prototype).includes(k), k);
}

const parts = ['ab', new Uint8Array([99]), new Uint16Array([0x6564]).buffer,
               new DataView(new Uint8Array([102]).buffer), new Blob(['g'])];
const blob = new Blob(parts);
assert.strictEqual(blob.size, 7);
assert.strictEqual(blob.type, '');
assert.strictEqual(util.inspect(new Blob(['ab'], { type: 't' })), "Blob { size: 2, type: 't' }");
assert.strictEqual(util.inspect({ b: new Blob(['a']) }, { depth: 0 }), '{ b: [Blob] }');

// The parts are copied when the blob is made.
const source = new Uint8Array([1, 2]);
const copied = new Blob([source]);
source[0] = 9;

assert.strictEqual(new Blob([], { type: 'Text/HTML' }).type, 'text/html');
assert.strictEqual(new Blob([], { type: 'a\u0100' }).type, '');
assert.strictEqual(new Blob([], { type: 'a\u0001' }).type, '');
assert.strictEqual(new Blob([], { type: { toString() { return 'X'; } } }).type, 'x');
assert.strictEqual(new Blob(undefined).size, 0);
assert.strictEqual(new Blob([], null).size, 0);
assert.strictEqual(new Blob(new Set(['a', 'b'])).size, 2);

for (const bad of ['abc', null, 1, {}]) {
  assert.throws(() => new Blob(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'Value cannot be converted to sequence.',
  });
}
assert.throws(() => new Blob([], 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be a dictionary. Received type number (1)',
});
assert.throws(() => new Blob(['a'], { endings: 'foo' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.endings' is invalid. Received 'foo'",
});
assert.throws(() => Blob(), TypeError); // eslint-disable-line new-cap
assert.throws(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Blob',
});
assert.throws(() => Blob.prototype.slice.call({}), { code: 'ERR_INVALID_THIS' });

const sliceCases = [
  [[], 6, '', 'abcdef'], [[1], 5, '', 'bcdef'], [[1, 3], 2, '', 'bc'], [[-2], 2, '', 'ef'],
  [[-2, -1], 1, '', 'e'], [[3, 1], 0, '', ''], [[10], 0, '', ''], [[1.5, 3.5], 2, '', 'cd'],
  [[undefined, undefined, 'TeXt'], 6, 'text', 'abcdef'], [[0, 2, '\u0100'], 2, '', 'ab'],
];

(async () => {
  assert.strictEqual(await blob.text(), 'abcdefg');
  assert.strictEqual(await new Blob(['ab', '\u00e9']).text(), 'ab\u00e9');
  assert.strictEqual(await new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])]).text(), 'a');
  assert.deepStrictEqual([...await copied.bytes()], [1, 2]);
  const ab = await new Blob(['ab']).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [97, 98]);
  const bytes = await new Blob(['ab']).bytes();
  assert.strictEqual(Object.getPrototypeOf(bytes), Uint8Array.prototype);
  assert.deepStrictEqual([...await new Blob(['\ud800']).bytes()], [239, 191, 189]);
  assert.strictEqual(await new Blob([1, null, {}, true]).text(), '1null[object Object]true');
  assert.strictEqual(await new Blob(['a\r\nb\nc\rd'], { endings: 'native' }).text(), 'a\nb\nc\nd');
  assert.strictEqual(await new Blob(['a\r\nb\n'], { endings: 'transparent' }).text(), 'a\r\nb\n');

  const sliced = new Blob(['abcdef'], { type: 'x' });
  for (const [args, size, type, text] of sliceCases) {
    const part = sliced.slice(...args);
    assert.strictEqual(part.size, size, `slice(${args})`);
    assert.strictEqual(part.type, type, `slice(${args})`);
    assert.strictEqual(await part.text(), text, `slice(${args})`);
  }
  assert.strictEqual(await new Blob(['abcdef']).slice(1, 5).slice(1, 2).text(), 'c');

  for (const method of ['text', 'arrayBuffer', 'bytes']) {
    await assert.rejects(Blob.prototype[method].call({}), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type Blob',
    });
  }
  assert.strictEqual(resolveObjectURL('blob:nodedata:nothing'), undefined);
  assert.strictEqual(resolveObjectURL('not a url'), undefined);
  assert.strictEqual(resolveObjectURL(), undefined);
})().then(common.mustCall());
