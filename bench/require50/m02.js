'use strict';

exports.value = 2;
exports.tag = (s) => `m02:${s}`;
