'use strict';
// An Error from another realm (a vm context) given as the message is thrown
// as it is, like any error.
require('../common');
const assert = require('assert');
const vm = require('vm');

const error = vm.runInContext('new SyntaxError("custom error")', vm.createContext());
assert.throws(() => assert(false, error), (e) => e === error);
assert.throws(() => assert.strictEqual(1, 2, error), (e) => e === error);
assert.throws(() => assert.fail(error), (e) => e === error);
