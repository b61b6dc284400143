'use strict';
// Buffer's string and search work reads the engine's strings and typed
// arrays in place when it can, and goes through the public C API when it
// cannot (issue 4: ropes, UTF-16 strings, resizable and detached buffers,
// typed arrays other than Uint8Array). Both routes must give Node's
// answers; each case below runs at sizes on either side of the JS/C
// thresholds, against results worked out here by plain loops.
require('../common');
const assert = require('assert');

const sizes = [0, 1, 2, 7, 8, 9, 16, 17, 48, 49, 64, 127, 128, 129, 300, 4096, 70000];

function pattern(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

function latin1Of(b) {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function hexOf(b) {
  let s = '';
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}

// Every encoding of random bytes, through Buffers (pooled and not) and a
// plain Uint8Array over an ArrayBuffer at an offset.
for (const n of sizes) {
  const b = pattern(n, n + 1);
  const expected = latin1Of(b);
  assert.strictEqual(b.toString('latin1'), expected, `latin1 ${n}`);
  assert.strictEqual(b.toString('hex'), hexOf(b), `hex ${n}`);
  let ascii = '';
  for (let i = 0; i < n; i++) ascii += String.fromCharCode(b[i] & 0x7f);
  assert.strictEqual(b.toString('ascii'), ascii, `ascii ${n}`);
  let ucs2 = '';
  for (let i = 0; i + 1 < n; i += 2) ucs2 += String.fromCharCode(b[i] | (b[i + 1] << 8));
  assert.strictEqual(b.toString('ucs2'), ucs2, `ucs2 ${n}`);
  const ab = new ArrayBuffer(n + 5);
  const u = new Uint8Array(ab, 3, n);
  u.set(b);
  assert.strictEqual(Buffer.prototype.toString.call(u, 'latin1'), expected, `view ${n}`);
  assert.strictEqual(Buffer.from(b.toString('base64'), 'base64').equals(b), true, `base64 ${n}`);
  assert.strictEqual(Buffer.from(b.toString('base64url'), 'base64url').equals(b), true, `base64url ${n}`);
  assert.strictEqual(Buffer.from(hexOf(b), 'hex').equals(b), true, `from hex ${n}`);
  assert.strictEqual(Buffer.from(expected, 'latin1').equals(b), true, `from latin1 ${n}`);
}

// UTF-8 both ways: ASCII (an 8-bit string), Latin-1 above 0x7f (8-bit, two
// bytes each), and characters that need UTF-16 strings, surrogate pairs and
// lone surrogates (U+FFFD, EF BF BD).
function utf8Of(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Buffer.from(out);
}

const pieces = ['abc', 'é', 'ÿ\u0080', '\u20ac', '\ud83d\ude00', '\ud800', 'x\udc00y', 'é\u20acé', 'ÿ\ud83d\ude00ÿ'];
for (const n of [1, 5, 40, 200, 3000]) {
  for (const piece of pieces) {
    const s = 'q'.repeat(n) + piece + 'z'.repeat(n);
    const want = utf8Of(s);
    assert.deepStrictEqual(Buffer.from(s), want, `from utf8 ${n} ${JSON.stringify(piece)}`);
    assert.strictEqual(Buffer.byteLength(s), want.length, `byteLength ${n}`);
    const into = Buffer.alloc(want.length + 4, 0xaa);
    assert.strictEqual(into.write(s, 2), want.length);
    assert.deepStrictEqual(into.subarray(2, 2 + want.length), want);
    assert.strictEqual(into[1], 0xaa);
    assert.strictEqual(into[2 + want.length], 0xaa);
    const r = new TextEncoder().encodeInto(s, new Uint8Array(want.length));
    assert.deepStrictEqual(r, { read: s.length, written: want.length });
    if (!/[\ud800-\udfff]/.test(piece) || piece === '\ud83d\ude00')
      assert.strictEqual(want.toString(), s, `toString utf8 ${n}`);
  }
}

// A string made by concatenation (a rope in the engine) is read whole.
{
  let rope = '';
  for (let i = 0; i < 300; i++) rope += i % 7 === 0 ? 'é' : String.fromCharCode(97 + (i % 26));
  assert.deepStrictEqual(Buffer.from(rope), utf8Of(rope));
  let rope2 = 'head-';
  for (let i = 0; i < 50; i++) rope2 += 'needle' + i;
  assert.strictEqual(Buffer.from(rope2).indexOf('needle' + 49 + ''), rope2.indexOf('needle49'));
}

// Whole characters only when space runs out, in every encoding.
{
  const b = Buffer.alloc(5, 0);
  assert.strictEqual(b.write('ab\u20accd'), 5);
  assert.deepStrictEqual([...b], [0x61, 0x62, 0xe2, 0x82, 0xac]);
  assert.strictEqual(b.write('\u20ac\u20ac'), 3);
  assert.strictEqual(Buffer.alloc(3).write('abcd', 'ucs2'), 2);
  assert.strictEqual(Buffer.alloc(2).write('616263', 'hex'), 2);
  assert.strictEqual(Buffer.alloc(40).write('zz'.repeat(20), 'latin1'), 40);
}

// Search: first byte frequent (the search gives up on its quick scan),
// needles at both ends, backwards, across the JS/C thresholds.
{
  const hay = Buffer.from('a'.repeat(5000) + 'ab' + 'a'.repeat(5000));
  assert.strictEqual(hay.indexOf('aab'), 4999);
  assert.strictEqual(hay.indexOf(Buffer.from('ab')), 5000);
  assert.strictEqual(hay.lastIndexOf('aab'), 4999);
  assert.strictEqual(hay.indexOf('aaac'), -1);
  assert.strictEqual(hay.lastIndexOf('a'), hay.length - 1);
  assert.strictEqual(hay.indexOf('a', 5001), 5002);
  assert.strictEqual(hay.lastIndexOf('b', 4999), -1);
  const text = Buffer.from('x'.repeat(1000) + 'NEEDLE' + 'y'.repeat(1000) + 'NEEDLE');
  assert.strictEqual(text.indexOf('NEEDLE'), 1000);
  assert.strictEqual(text.lastIndexOf('NEEDLE'), 2006);
  assert.strictEqual(text.indexOf('NEEDLE', 1001), 2006);
  assert.strictEqual(text.includes('NEEDLE', 2007), false);
  assert.strictEqual(text.indexOf('4e4545', 0, 'hex'), 1000);
  assert.strictEqual(text.indexOf(0x4e), 1000);
  assert.strictEqual(text.indexOf('\u00e9'), -1);
}

// compare and equals beyond the JS loop's reach.
{
  const a = pattern(1000, 3);
  const b = Buffer.from(a);
  assert.strictEqual(a.compare(b), 0);
  b[999] ^= 1;
  assert.strictEqual(a.compare(b), a[999] < b[999] ? -1 : 1);
  assert.strictEqual(a.compare(b, 0, 999, 0, 999), 0);
  assert.strictEqual(Buffer.compare(a.subarray(0, 500), a), -1);
}

// Views of resizable and detached buffers: the length the view has now.
{
  const rab = new ArrayBuffer(300, { maxByteLength: 600 });
  const tracking = new Uint8Array(rab);
  tracking.fill(0x61);
  assert.strictEqual(Buffer.prototype.toString.call(tracking, 'latin1').length, 300);
  rab.resize(200);
  assert.strictEqual(Buffer.prototype.toString.call(tracking, 'latin1'), 'a'.repeat(200));
  assert.strictEqual(Buffer.prototype.indexOf.call(tracking, 'aab'), -1);
  rab.resize(500);
  assert.strictEqual(Buffer.prototype.write.call(tracking, 'b'.repeat(600), 'latin1'), 500);
  assert.strictEqual(Buffer.prototype.toString.call(tracking, 'latin1'), 'b'.repeat(500));

  const ab = new ArrayBuffer(200);
  const detached = new Uint8Array(ab);
  ab.transfer();
  assert.strictEqual(Buffer.prototype.toString.call(detached, 'latin1'), '');
  assert.strictEqual(Buffer.prototype.write.call(detached, 'abc'), 0);
  assert.strictEqual(Buffer.prototype.indexOf.call(detached, 'abc'), -1);
}

// Handing a buffer's bytes to C does not pin its memory: transfer()
// still detaches the original (before, the engine copied instead).
{
  const ab = new ArrayBuffer(4096);
  const u = new Uint8Array(ab, 0, 2000);
  u.fill(0x62);
  assert.strictEqual(Buffer.prototype.toString.call(u, 'latin1', 0, 2000), 'b'.repeat(2000));
  assert.strictEqual(Buffer.from(ab, 0, 3000).indexOf('zz'), -1);
  const moved = ab.transfer();
  assert.strictEqual(ab.detached, true);
  assert.strictEqual(moved.byteLength, 4096);
  assert.strictEqual(u.length, 0);
}
