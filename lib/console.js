'use strict';
// node:console
module.exports = require('internal/console');
