'use strict';
// assert.ok given an Error from another realm (a vm context) as the message
// throws it as it is; the other assertions, as in Node, wrap a message that
// is not an Error of this realm.
require('../common');
const assert = require('assert');
const vm = require('vm');

const error = vm.runInContext('new SyntaxError("custom error")', vm.createContext());
assert.throws(() => assert(false, error), (e) => e === error);
assert.throws(() => assert.ok(0, error), (e) => e === error);
assert.throws(() => assert.strictEqual(1, 2, error), (e) => e !== error && e.code === 'ERR_ASSERTION');
assert.throws(() => assert.fail(error), (e) => e !== error && e.code === 'ERR_ASSERTION');
const local = new SyntaxError('here');
assert.throws(() => assert.strictEqual(1, 2, local), (e) => e === local);
