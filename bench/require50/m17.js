'use strict';

exports.value = 17;
exports.tag = (s) => `m17:${s}`;
