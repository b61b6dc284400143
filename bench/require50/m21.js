'use strict';
const m01 = require('./m01');

function scale(x) { return x * 21; }

module.exports = { value: 21, scale };
module.exports.deps = [m01].map((m) => m.value);
