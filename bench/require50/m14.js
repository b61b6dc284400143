'use strict';
const m01 = require('./m01');

exports.value = 14;
exports.tag = (s) => `m14:${s}`;
exports.deps = [m01].map((m) => m.value);
