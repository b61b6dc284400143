'use strict';

exports.value = 8;
exports.tag = (s) => `m08:${s}`;
