'use strict';
const m14 = require('./m14');
const m12 = require('./m12');

function scale(x) { return x * 15; }

module.exports = { value: 15, scale };
module.exports.deps = [m14, m12].map((m) => m.value);
