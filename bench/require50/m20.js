'use strict';
const m19 = require('./m19');
const m17 = require('./m17');

exports.value = 20;
exports.tag = (s) => `m20:${s}`;
exports.deps = [m19, m17].map((m) => m.value);
