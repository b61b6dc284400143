'use strict';
// node:assert/strict: the strict variant of node:assert.

module.exports = require('assert').strict;
