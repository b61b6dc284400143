'use strict';
// A Uint8Array keeps its bytes in one of several forms, depending on how
// and how large it was made: small ones made in JS inline in the engine's
// heap, large ones in memory of their own, others over an ArrayBuffer
// (at an offset, or a pooled Buffer). Buffer's methods read and write
// every form in place (issue 4: 1 MiB hex and UTF-8 decoding of buffers
// made by Buffer.alloc went the slow way); each result here is checked
// against one worked out by plain loops, and the array still behaves as
// an ordinary one afterwards (its buffer can be transferred).
require('../common');
const assert = require('assert');

const toString = Buffer.prototype.toString;
const write = Buffer.prototype.write;
const indexOf = Buffer.prototype.indexOf;

function kinds(n) {
  return {
    'new Uint8Array': () => new Uint8Array(n),
    'view at an offset': () => new Uint8Array(new ArrayBuffer(n + 24), 24, n),
    'Buffer.alloc': () => Buffer.alloc(n),
    'Buffer.allocUnsafe': () => Buffer.allocUnsafe(n),
    'Buffer.allocUnsafeSlow': () => Buffer.allocUnsafeSlow(n),
  };
}

function fillPattern(u, seed) {
  let x = seed;
  for (let i = 0; i < u.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    u[i] = x >>> 24;
  }
}

function hexOf(u) {
  let s = '';
  for (let i = 0; i < u.length; i++) s += (u[i] < 16 ? '0' : '') + u[i].toString(16);
  return s;
}

function latin1Of(u) {
  let s = '';
  for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);
  return s;
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64Of(u) {
  let s = '';
  let i = 0;
  for (; i + 3 <= u.length; i += 3) {
    const v = (u[i] << 16) | (u[i + 1] << 8) | u[i + 2];
    s += b64[v >> 18] + b64[(v >> 12) & 63] + b64[(v >> 6) & 63] + b64[v & 63];
  }
  if (u.length - i === 1) s += b64[u[i] >> 2] + b64[(u[i] & 3) << 4] + '==';
  if (u.length - i === 2) {
    const v = (u[i] << 8) | u[i + 1];
    s += b64[v >> 10] + b64[(v >> 4) & 63] + b64[(v & 15) << 2] + '=';
  }
  return s;
}

for (const n of [16, 64, 200, 1000, 1001, 4096, 70000, 1 << 20]) {
  for (const [kind, make] of Object.entries(kinds(n))) {
    const what = `${kind} of ${n}`;
    const u = make();
    fillPattern(u, n);
    assert.strictEqual(toString.call(u, 'hex'), hexOf(u), what);
    assert.strictEqual(toString.call(u, 'latin1'), latin1Of(u), what);
    assert.strictEqual(toString.call(u, 'base64'), base64Of(u), what);
    assert.strictEqual(Buffer.compare(u, Buffer.from(hexOf(u), 'hex')), 0, what);

    // ASCII and two-byte UTF-8 text, decoded by Buffer and TextDecoder.
    let text = '';
    for (let i = 0; i + 2 <= n; i += 2) {
      const c = u[i] & 0x7f;
      if (c >= 0x60) {
        u[i] = 0xc3;
        u[i + 1] = 0x80 | (c & 0x3f);
        text += String.fromCharCode(0xc0 | (c & 0x3f));
      } else {
        u[i] = 0x20 + (c & 0x3f);
        u[i + 1] = 0x20 + (u[i + 1] & 0x3f);
        text += String.fromCharCode(u[i], u[i + 1]);
      }
    }
    if (n % 2 === 1) {
      u[n - 1] = 0x2e;
      text += '.';
    }
    assert.strictEqual(toString.call(u, 'utf8'), text, what);
    assert.strictEqual(new TextDecoder().decode(u), text, what);

    // Writing, then finding what was written.
    const at = n - 9;
    assert.strictEqual(write.call(u, 'h\u00e9llo\u20ac', at), 9, what);
    assert.deepStrictEqual([...u.subarray(at)], [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0xe2, 0x82, 0xac], what);
    assert.strictEqual(indexOf.call(u, 'h\u00e9llo\u20ac'), at, what);
    assert.strictEqual(indexOf.call(u, Buffer.from('llo\u20ac')), at + 3, what);

    // Still an ordinary array: its memory can be transferred away (but
    // for the shared pool of small allocUnsafe buffers, which stays; see
    // test-buffer-pool-transfer).
    if (kind === 'Buffer.allocUnsafe' && n < Buffer.poolSize / 2) continue;
    const before = hexOf(u);
    const offset = u.byteOffset;
    const moved = new Uint8Array(u.buffer.transfer());
    assert.strictEqual(u.length, 0, what);
    assert.strictEqual(toString.call(u, 'hex'), '', what);
    assert.strictEqual(hexOf(moved.subarray(offset, offset + n)), before, what);
  }
}
