'use strict';

exports.value = 11;
exports.tag = (s) => `m11:${s}`;
