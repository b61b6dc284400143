'use strict';
// new TextDecoder(label): the Encoding standard's labels (trimmed of ASCII
// whitespace, any case) for UTF-8, UTF-16LE, UTF-16BE and windows-1252,
// which the standard also names latin1, ascii and iso-8859-1; unknown
// labels are ERR_ENCODING_NOT_SUPPORTED. Recorded from Node 24 (the other
// single-byte encodings: test-textdecoder-single-byte.js).
require('../common');
const assert = require('assert');

const cases = [
  ["utf8", "ok", "utf-8"],
  ["UTF-8", "ok", "utf-8"],
  ["unicode-1-1-utf-8", "ok", "utf-8"],
  ["unicode11utf8", "ok", "utf-8"],
  ["unicode20utf8", "ok", "utf-8"],
  ["x-unicode20utf8", "ok", "utf-8"],
  ["utf-16le", "ok", "utf-16le"],
  ["utf-16", "ok", "utf-16le"],
  ["ucs-2", "ok", "utf-16le"],
  ["unicode", "ok", "utf-16le"],
  ["csunicode", "ok", "utf-16le"],
  ["iso-10646-ucs-2", "ok", "utf-16le"],
  ["unicodefeff", "ok", "utf-16le"],
  ["UTF-16LE", "ok", "utf-16le"],
  ["latin1", "ok", "windows-1252"],
  ["ascii", "ok", "windows-1252"],
  ["us-ascii", "ok", "windows-1252"],
  ["iso-8859-1", "ok", "windows-1252"],
  ["iso8859-1", "ok", "windows-1252"],
  ["iso88591", "ok", "windows-1252"],
  ["iso_8859-1", "ok", "windows-1252"],
  ["iso_8859-1:1987", "ok", "windows-1252"],
  ["l1", "ok", "windows-1252"],
  ["cp1252", "ok", "windows-1252"],
  ["cp819", "ok", "windows-1252"],
  ["ibm819", "ok", "windows-1252"],
  ["csisolatin1", "ok", "windows-1252"],
  ["iso-ir-100", "ok", "windows-1252"],
  ["x-cp1252", "ok", "windows-1252"],
  ["windows-1252", "ok", "windows-1252"],
  ["ansi_x3.4-1968", "ok", "windows-1252"],
  ["utf-16be", "ok", "utf-16be"],
  ["unicodefffe", "ok", "utf-16be"],
  ["\tutf-8\n", "ok", "utf-8"],
  [" utf-8\f\r", "ok", "utf-8"],
  ["utf-8\u000b", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"utf-8\u000b\" encoding is not supported"],
  ["utf-8\u00a0", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"utf-8\u00a0\" encoding is not supported"],
  ["utf8 x", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"utf8 x\" encoding is not supported"],
  ["", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"\" encoding is not supported"],
  ["foo", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"foo\" encoding is not supported"],
  ["replacement", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"replacement\" encoding is not supported"],
  ["utf-32", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"utf-32\" encoding is not supported"],
  ["null", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"null\" encoding is not supported"],
  ["binary", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"binary\" encoding is not supported"],
  ["ucs2", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"ucs2\" encoding is not supported"],
  ["utf-7", "throws", "RangeError", "ERR_ENCODING_NOT_SUPPORTED", "The \"utf-7\" encoding is not supported"],
];

for (const [label, kind, ...rest] of cases) {
  if (kind === 'ok') {
    assert.strictEqual(new TextDecoder(label).encoding, rest[0], JSON.stringify(label));
  } else {
    assert.throws(() => new TextDecoder(label), { name: rest[0], code: rest[1], message: rest[2] }, JSON.stringify(label));
  }
}
assert.strictEqual(new TextDecoder().encoding, 'utf-8');
assert.strictEqual(new TextDecoder(undefined).encoding, 'utf-8');
assert.strictEqual(new TextDecoder({ toString() { return 'utf-16le'; } }).encoding, 'utf-16le');
assert.throws(() => new TextDecoder(null), {
  name: 'RangeError',
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  message: 'The "null" encoding is not supported',
});
