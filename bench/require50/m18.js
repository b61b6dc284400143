'use strict';

function scale(x) { return x * 18; }

module.exports = { value: 18, scale };
