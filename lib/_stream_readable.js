'use strict';
// The pre-node:stream module name of stream.Readable, kept for old code.

module.exports = require('stream').Readable;
