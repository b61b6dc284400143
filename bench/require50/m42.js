'use strict';
const m01 = require('./m01');

function scale(x) { return x * 42; }

module.exports = { value: 42, scale };
module.exports.deps = [m01].map((m) => m.value);
