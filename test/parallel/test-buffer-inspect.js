'use strict';
// util.inspect of a Buffer: <Buffer 68 65 ...>, at most
// buffer.INSPECT_MAX_BYTES bytes and then "... N more bytes", followed by
// the buffer's own non-index properties. Strings recorded from Node 24.
require('../common');
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.from([0, 15, 16, 255])), '<Buffer 00 0f 10 ff>');
assert.strictEqual(util.inspect(Buffer.alloc(51, 1)), `<Buffer ${'01 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60, 1)), `<Buffer ${'01 '.repeat(50)}... 10 more bytes>`);
assert.strictEqual(util.inspect({ a: [Buffer.from('a')] }), '{ a: [ <Buffer 61> ] }');
assert.strictEqual(util.format('%o', Buffer.from('c')), '<Buffer 63>');
assert.strictEqual(Buffer.from('ab').inspect(), '<Buffer 61 62>');

const withProps = Buffer.from('ab');
withProps.foo = 'bar';
withProps[Symbol('s')] = 1;
Object.defineProperty(withProps, 'hidden', { value: 2, enumerable: false });
assert.strictEqual(util.inspect(withProps), "<Buffer 61 62, foo: 'bar', Symbol(s): 1>");
assert.strictEqual(util.inspect(withProps, { showHidden: true }),
                   "<Buffer 61 62, foo: 'bar', hidden: 2, Symbol(s): 1>");
assert.strictEqual(util.inspect(Object.assign(Buffer.alloc(0), { x: 1 })), '<Buffer x: 1>');


buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 0;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer  ... 4 more bytes>');
buffer.INSPECT_MAX_BYTES = 50;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 63 64>');

// Plain Uint8Arrays are not Buffers.
assert.strictEqual(util.inspect(new Uint8Array([1, 2])), 'Uint8Array(2) [ 1, 2 ]');
