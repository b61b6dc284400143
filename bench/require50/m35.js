'use strict';
const m34 = require('./m34');
const m32 = require('./m32');
const m01 = require('./m01');

exports.value = 35;
exports.tag = (s) => `m35:${s}`;
exports.deps = [m34, m32, m01].map((m) => m.value);
