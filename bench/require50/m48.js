'use strict';

function scale(x) { return x * 48; }

module.exports = { value: 48, scale };
