'use strict';
// Buffer's behaviour does not depend on builtins a program replaces
// after loading it: patched typed-array, string and array methods are not
// called. (kiln loads builtin modules on first use, so they are touched
// first here.)
require('../common');
const assert = require('assert');
require('buffer');
require('string_decoder');
new TextDecoder().decode(new TextEncoder().encode('x'));

const proto = Object.getPrototypeOf(Uint8Array.prototype);
const saved = {
  set: proto.set,
  fill: proto.fill,
  slice: proto.slice,
  subarray: proto.subarray,
  charCodeAt: String.prototype.charCodeAt,
  toLowerCase: String.prototype.toLowerCase,
  isArray: Array.isArray,
};
const boom = () => { throw new Error('patched builtin called'); };
proto.set = boom;
proto.fill = boom;
proto.slice = boom;
proto.subarray = boom;
String.prototype.charCodeAt = boom; // eslint-disable-line no-extend-native
String.prototype.toLowerCase = boom; // eslint-disable-line no-extend-native

try {
  const b = Buffer.from('h\u00e9llo w\u00f6rld', 'UTF8');
  assert.strictEqual(b.toString('Latin1', 0, 3), 'h\u00c3\u00a9');
  assert.strictEqual(Buffer.byteLength('h\u00e9llo'), 6);
  assert.strictEqual(Buffer.concat([b, Buffer.from([1, 2, 3])], 20).length, 20);
  assert.strictEqual(Buffer.alloc(4, 'ab').toString(), 'abab');
  assert.strictEqual(Buffer.alloc(4).fill(7).toString('hex'), '07070707');
  assert.strictEqual(b.indexOf('w\u00f6'), 7);
  assert.strictEqual(b.lastIndexOf(0x6c), 11);
  const target = Buffer.alloc(5);
  assert.strictEqual(Buffer.from('abcdefgh').copy(target, 1, 2), 4);
  assert.strictEqual(target.toString('hex'), '0063646566');
  assert.strictEqual(Buffer.from(Buffer.alloc(64, 'x')).length, 64);
  assert.strictEqual(Buffer.from([1, 2, 3]).subarray(1).length, 2);
  assert.strictEqual(Buffer.from('YWJj', 'base64').toString(), 'abc');
  assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
  assert.strictEqual(new TextDecoder().decode(new TextEncoder().encode('\u00e9t\u00e9')), '\u00e9t\u00e9');
  assert.strictEqual(Buffer.isEncoding('HEX'), true);
} finally {
  Object.assign(proto, { set: saved.set, fill: saved.fill, slice: saved.slice, subarray: saved.subarray });
  String.prototype.charCodeAt = saved.charCodeAt; // eslint-disable-line no-extend-native
  String.prototype.toLowerCase = saved.toLowerCase; // eslint-disable-line no-extend-native
}
