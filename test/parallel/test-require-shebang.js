'use strict';
// A '#!' line at the very top of a required JavaScript file is ignored.
const { fixtures } = require('../common');
const assert = require('assert');

assert.deepStrictEqual(require(fixtures.path('module', 'shebang', 'script.js')),
                       { shebang: 'ignored' });
