'use strict';

exports.value = 44;
exports.tag = (s) => `m44:${s}`;
