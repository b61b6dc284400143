'use strict';

exports.value = 26;
exports.tag = (s) => `m26:${s}`;
