'use strict';
// The pre-node:stream module name of stream.Duplex, kept for old code.

module.exports = require('stream').Duplex;
