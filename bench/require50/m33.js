'use strict';

function scale(x) { return x * 33; }

module.exports = { value: 33, scale };
