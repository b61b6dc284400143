'use strict';

function scale(x) { return x * 36; }

module.exports = { value: 36, scale };
