'use strict';

function scale(x) { return x * 27; }

module.exports = { value: 27, scale };
