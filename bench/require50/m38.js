'use strict';

exports.value = 38;
exports.tag = (s) => `m38:${s}`;
