'use strict';
// The pre-node:stream module name of stream.Transform, kept for old code.

module.exports = require('stream').Transform;
