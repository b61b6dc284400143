'use strict';
const m49 = require('./m49');
const m47 = require('./m47');

exports.value = 50;
exports.tag = (s) => `m50:${s}`;
exports.deps = [m49, m47].map((m) => m.value);
