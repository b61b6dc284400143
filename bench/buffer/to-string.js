'use strict';
// buf.toString(encoding) of a SIZE-byte buffer: to-string.js ENCODING SIZE
const { encoded, iterations, parseSize, time } = require('./common');
const enc = process.argv[2] || 'utf8';
const size = parseSize(process.argv[3] || '64');
// utf8 and latin1 decode text; base64 and hex any bytes.
const buf = Buffer.from(encoded(size, enc), enc);
time(iterations(size), () => buf.toString(enc));
