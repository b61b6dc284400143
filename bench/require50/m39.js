'use strict';

function scale(x) { return x * 39; }

module.exports = { value: 39, scale };
