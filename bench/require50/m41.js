'use strict';

exports.value = 41;
exports.tag = (s) => `m41:${s}`;
