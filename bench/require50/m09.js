'use strict';

function scale(x) { return x * 9; }

module.exports = { value: 9, scale };
