'use strict';

function scale(x) { return x * 6; }

module.exports = { value: 6, scale };
