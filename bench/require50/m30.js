'use strict';
const m29 = require('./m29');
const m27 = require('./m27');

function scale(x) { return x * 30; }

module.exports = { value: 30, scale };
module.exports.deps = [m29, m27].map((m) => m.value);
