'use strict';

exports.value = 23;
exports.tag = (s) => `m23:${s}`;
