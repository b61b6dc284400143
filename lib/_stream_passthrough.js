'use strict';
// The pre-node:stream module name of stream.PassThrough, kept for old code.

module.exports = require('stream').PassThrough;
