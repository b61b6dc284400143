'use strict';
// The pre-node:stream module name of stream.Writable, kept for old code.

module.exports = require('stream').Writable;
