'use strict';
// Buffer.alloc / allocUnsafe of SIZE bytes: alloc.js [alloc|unsafe] SIZE
const { iterations, parseSize, time } = require('./common');
const mode = process.argv[2] || 'alloc';
const size = parseSize(process.argv[3] || '64');
const n = iterations(size, 256 * 1024 * 1024, 2e6);
if (mode === 'alloc') time(n, () => Buffer.alloc(size));
else time(n, () => Buffer.allocUnsafe(size));
