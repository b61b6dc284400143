'use strict';
const m04 = require('./m04');
const m02 = require('./m02');

exports.value = 5;
exports.tag = (s) => `m05:${s}`;
exports.deps = [m04, m02].map((m) => m.value);
