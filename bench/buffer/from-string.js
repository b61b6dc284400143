'use strict';
// Buffer.from(string, encoding): from-string.js ENCODING SIZE
const { encoded, iterations, parseSize, time } = require('./common');
const enc = process.argv[2] || 'utf8';
const size = parseSize(process.argv[3] || '64');
const str = encoded(size, enc);
time(iterations(size), () => Buffer.from(str, enc));
