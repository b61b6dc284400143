'use strict';
// buffer.transcode between UTF-8, UTF-16LE, Latin-1 and ASCII, with the
// outcomes of Node's ICU conversions: '?' or U+FFFD for what the target
// cannot hold or the source got wrong, errors from the strict UTF-8 <->
// UTF-16LE paths and for other encodings. Recorded from Node 24.
require('../common');
const assert = require('assert');
const { transcode } = require('buffer');

const cases = [
  ["c32841", "utf8", "ucs2", "throws", "Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"],
  ["e282", "utf8", "ucs2", "throws", "Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"],
  ["80", "utf8", "ucs2", "throws", "Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"],
  ["eda080", "utf8", "ucs2", "throws", "Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"],
  ["f09f98", "utf8", "ucs2", "throws", "Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"],
  ["68c3a9e282acf09f9880", "utf8", "ucs2", "ok", "6800e900ac203dd800de"],
  ["efbfbd", "utf8", "ucs2", "ok", "fdff"],
  ["c32841", "utf8", "latin1", "ok", "3f2841"],
  ["e282", "utf8", "latin1", "ok", "3f"],
  ["80", "utf8", "latin1", "ok", "3f"],
  ["eda080", "utf8", "latin1", "ok", "3f3f3f"],
  ["f09f98", "utf8", "latin1", "ok", "3f"],
  ["68c3a9e282acf09f9880", "utf8", "latin1", "ok", "68e93f3f"],
  ["efbfbd", "utf8", "latin1", "ok", "3f"],
  ["c32841", "utf8", "ascii", "ok", "3f2841"],
  ["e282", "utf8", "ascii", "ok", "3f"],
  ["80", "utf8", "ascii", "ok", "3f"],
  ["eda080", "utf8", "ascii", "ok", "3f3f3f"],
  ["f09f98", "utf8", "ascii", "ok", "3f"],
  ["68c3a9e282acf09f9880", "utf8", "ascii", "ok", "683f3f3f"],
  ["efbfbd", "utf8", "ascii", "ok", "3f"],
  ["c32841", "utf8", "utf8", "ok", "efbfbd2841"],
  ["e282", "utf8", "utf8", "ok", "efbfbd"],
  ["80", "utf8", "utf8", "ok", "efbfbd"],
  ["eda080", "utf8", "utf8", "ok", "efbfbdefbfbdefbfbd"],
  ["f09f98", "utf8", "utf8", "ok", "efbfbd"],
  ["68c3a9e282acf09f9880", "utf8", "utf8", "ok", "68c3a9e282acf09f9880"],
  ["efbfbd", "utf8", "utf8", "ok", "efbfbd"],
  ["00d84100", "ucs2", "utf8", "throws", "Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"],
  ["410042", "ucs2", "utf8", "ok", "41"],
  ["00dc", "ucs2", "utf8", "throws", "Error", "U_INVALID_CHAR_FOUND", "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"],
  ["3dd800dee900", "ucs2", "utf8", "ok", "f09f9880c3a9"],
  ["00d84100", "ucs2", "latin1", "ok", "3f41"],
  ["410042", "ucs2", "latin1", "ok", "41"],
  ["00dc", "ucs2", "latin1", "ok", "3f"],
  ["3dd800dee900", "ucs2", "latin1", "ok", "3fe9"],
  ["00d84100", "ucs2", "ascii", "ok", "3f41"],
  ["410042", "ucs2", "ascii", "ok", "41"],
  ["00dc", "ucs2", "ascii", "ok", "3f"],
  ["3dd800dee900", "ucs2", "ascii", "ok", "3f3f"],
  ["00d84100", "ucs2", "ucs2", "ok", "fdff4100"],
  ["410042", "ucs2", "ucs2", "ok", "4100fdff"],
  ["00dc", "ucs2", "ucs2", "ok", "fdff"],
  ["3dd800dee900", "ucs2", "ucs2", "ok", "3dd800dee900"],
  ["80ff41", "ascii", "utf8", "ok", "efbfbdefbfbd41"],
  ["80ff41", "ascii", "latin1", "ok", "3f3f41"],
  ["80ff41", "ascii", "ucs2", "ok", "8000ff004100"],
  ["80ff41", "ascii", "ascii", "ok", "3f3f41"],
  ["80ff41", "latin1", "utf8", "ok", "c280c3bf41"],
  ["80ff41", "latin1", "latin1", "ok", "80ff41"],
  ["80ff41", "latin1", "ucs2", "ok", "8000ff004100"],
  ["80ff41", "latin1", "ascii", "ok", "3f3f41"],
  ["6162", "utf8", "hex", "throws", "Error", "U_ILLEGAL_ARGUMENT_ERROR", "Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]"],
  ["6162", "base64", "utf8", "throws", "Error", "U_ILLEGAL_ARGUMENT_ERROR", "Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]"],
  ["6162", "foo", "utf8", "throws", "Error", "U_ILLEGAL_ARGUMENT_ERROR", "Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]"],
  ["6162", "UNDEF", "latin1", "ok", "6162"],
  ["6162", "utf8", "UNDEF", "ok", "6162"],
  ["6162", "binary", "UCS-2", "ok", "61006200"],
  ["6162", "UTF-8", "Latin1", "ok", "6162"],
  ["6162", "", "ucs2", "ok", "61006200"],
];

const arg = (v) => (v === 'UNDEF' ? undefined : v);
for (const [bytes, from, to, kind, ...rest] of cases) {
  const label = `<${bytes}> ${from} -> ${to}`;
  const call = () => transcode(Buffer.from(bytes, 'hex'), arg(from), arg(to));
  if (kind === 'ok') {
    const out = call();
    assert.ok(Buffer.isBuffer(out), label);
    assert.strictEqual(out.toString('hex'), rest[0], label);
  } else {
    assert.throws(call, (err) => {
      assert.strictEqual(err.name, rest[0]);
      assert.strictEqual(err.code, rest[1]);
      assert.strictEqual(err.message, rest[2]);
      assert.strictEqual(err.errno, rest[1] === 'U_ILLEGAL_ARGUMENT_ERROR' ? 1 : 10);
      return true;
    }, label);
  }
}

assert.strictEqual(transcode(Buffer.alloc(0), 'foo', 'bar').length, 0);
assert.strictEqual(transcode(new Uint8Array([0x61]), 'utf8', 'ucs2').toString('hex'), '6100');
const long = Buffer.from('\u00e9t\u00e9 '.repeat(5000));
assert.strictEqual(transcode(long, 'utf8', 'latin1').toString('latin1'), '\u00e9t\u00e9 '.repeat(5000));
assert.strictEqual(transcode(transcode(long, 'utf8', 'ucs2'), 'ucs2', 'utf8').toString(), long.toString());
assert.throws(() => transcode('ab', 'utf8', 'ucs2'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. Received type string (\'ab\')',
});
