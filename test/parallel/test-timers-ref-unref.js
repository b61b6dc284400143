'use strict';
// Timeout#ref/#unref toggle hasRef() and return the Timeout itself.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustCall(), 1);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.ref().ref(), t);
assert.strictEqual(t.hasRef(), true);

const i = setInterval(common.mustCall(function() {
  clearInterval(this);
}), 1);
assert.strictEqual(i.unref().hasRef(), false);
assert.strictEqual(i.ref().hasRef(), true);
