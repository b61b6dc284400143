'use strict';

exports.value = 47;
exports.tag = (s) => `m47:${s}`;
