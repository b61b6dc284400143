'use strict';

function scale(x) { return x * 12; }

module.exports = { value: 12, scale };
