'use strict';

exports.value = 32;
exports.tag = (s) => `m32:${s}`;
