'use strict';
// buf.indexOf(needle) where the needle is near the end of a SIZE-byte
// buffer: index-of.js KIND SIZE, KIND string | buffer | byte
const { text, iterations, parseSize, time } = require('./common');
const kind = process.argv[2] || 'string';
const size = parseSize(process.argv[3] || '64k');
const buf = Buffer.from(`${text(size - 16)}NEEDLE-0123456789`.slice(0, size), 'latin1');
const needle = kind === 'byte' ? 0x4e : kind === 'buffer' ? Buffer.from('NEEDLE-01') : 'NEEDLE-01';
time(iterations(size), () => buf.indexOf(needle));
