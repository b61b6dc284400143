'use strict';

exports.value = 29;
exports.tag = (s) => `m29:${s}`;
