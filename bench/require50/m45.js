'use strict';
const m44 = require('./m44');
const m42 = require('./m42');

function scale(x) { return x * 45; }

module.exports = { value: 45, scale };
module.exports.deps = [m44, m42].map((m) => m.value);
