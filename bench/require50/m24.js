'use strict';

function scale(x) { return x * 24; }

module.exports = { value: 24, scale };
