'use strict';
// TextEncoder#encode and TextDecoder#decode of SIZE characters / bytes of
// mostly-ASCII text, or TextDecoder#decode of SIZE bytes in a legacy
// ENCODING (Cyrillic text for koi8-r, Japanese for shift_jis):
// text-coder.js [encode|decode] SIZE [ENCODING]
const { bytes: randomBytes, text, iterations, parseSize, time } = require('./common');
const mode = process.argv[2] || 'encode';
const size = parseSize(process.argv[3] || '64');
const legacy = process.argv[4];
const str = text(size, true);
if (mode === 'encode') {
  const enc = new TextEncoder();
  time(iterations(size), () => enc.encode(str));
} else if (legacy === undefined) {
  const dec = new TextDecoder();
  const bytes = new TextEncoder().encode(str);
  time(iterations(size), () => dec.decode(bytes));
} else {
  const dec = new TextDecoder(legacy);
  const r = randomBytes(size, 3);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    if (legacy === 'shift_jis') {
      // Hiragana: 0x82 0x9f-0xf1, with an ASCII space now and then.
      bytes[i] = i % 2 === 0 ? (i % 16 === 14 ? 0x20 : 0x82) : (i % 16 === 15 ? 0x20 : 0x9f + r[i] % 83);
    } else {
      bytes[i] = r[i] % 8 === 0 ? 0x20 : 0xc0 + r[i] % 64;
    }
  }
  time(iterations(size), () => dec.decode(bytes));
}
