'use strict';
// TextEncoder#encode and TextDecoder#decode of SIZE characters / bytes of
// mostly-ASCII text: text-coder.js [encode|decode] SIZE
const { text, iterations, parseSize, time } = require('./common');
const mode = process.argv[2] || 'encode';
const size = parseSize(process.argv[3] || '64');
const str = text(size, true);
if (mode === 'encode') {
  const enc = new TextEncoder();
  time(iterations(size), () => enc.encode(str));
} else {
  const dec = new TextDecoder();
  const bytes = new TextEncoder().encode(str);
  time(iterations(size), () => dec.decode(bytes));
}
