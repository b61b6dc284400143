'use strict';
// Buffer.concat of COUNT buffers of SIZE bytes: concat.js COUNT SIZE
const { bytes, iterations, parseSize, time } = require('./common');
const count = +(process.argv[2] || 16);
const size = parseSize(process.argv[3] || '1k');
const list = [];
for (let i = 0; i < count; i++) list.push(bytes(size, i + 1));
time(iterations(count * size), () => Buffer.concat(list));
