'use strict';

function scale(x) { return x * 3; }

module.exports = { value: 3, scale };
