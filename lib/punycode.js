'use strict';
// node:punycode (deprecated in Node, DEP0040). The algorithm lives in
// internal/punycode, where kiln's own modules can use it without the
// warning (the URL parsers use the C IDNA of src/url instead).

process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
  'DeprecationWarning', 'DEP0040');

const punycode = require('internal/punycode');

module.exports = {
  version: '2.1.0',
  ucs2: { decode: punycode.ucs2decode, encode: punycode.ucs2encode },
  decode: punycode.decode,
  encode: punycode.encode,
  toASCII: punycode.toASCII,
  toUnicode: punycode.toUnicode,
};
