'use strict';
// setEncoding(): chunks come out as strings, a character split across
// chunks is joined, what was queued before is decoded too, and length
// counts characters. The encoding option does the same from the start.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const euro = Buffer.from('\u20ac');  // three bytes
const r = new Readable({ read() {} });
r.push(euro.subarray(0, 1));
r.setEncoding('utf8');
assert.strictEqual(r.readableEncoding, 'utf8');
r.push(euro.subarray(1, 2));
assert.strictEqual(r.readableLength, 0);
r.push(Buffer.concat([euro.subarray(2), Buffer.from('ab')]));
assert.strictEqual(r.readableLength, 3);
log.push(r.read(2));
r.push(null);
r.on('data', (d) => log.push(`data ${d}`));
r.on('end', () => log.push('end'));

const h = new Readable({ encoding: 'hex', read() {} });
assert.strictEqual(h.readableEncoding, 'hex');
h.push(Buffer.from([1, 2, 255]));
log.push(h.read());
// A string pushed in the stream's encoding is queued as it is.
h.push('abcd', 'hex');
log.push(h.read());
// Other strings are converted.
h.push('AB', 'latin1');
log.push(h.read());

// The encoding name is normalised.
const n = new Readable({ read() {} });
n.setEncoding('UTF-8');
assert.strictEqual(n.readableEncoding, 'utf8');
assert.throws(() => n.setEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });

// Without an encoding, strings become Buffers.
const b = new Readable({ read() {} });
b.push('x');
assert.ok(Buffer.isBuffer(b.read()));
b.push('ff', 'hex');
assert.deepStrictEqual(b.read(), Buffer.from([255]));

// base64 keeps the bytes that do not make a full group.
const b64 = new Readable({ encoding: 'base64', read() {} });
b64.push(Buffer.from('ab'));
b64.push(Buffer.from('c'));
b64.push(null);
b64.on('data', (d) => log.push(`b64 ${d}`));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '\u20aca', '0102ff', 'abcd', '4142', 'data b', 'b64 YWJj', 'end',
  ]);
});
