'use strict';
// Inside a timer callback (a plain function), `this` is the Timeout object
// that setTimeout/setInterval returned; inside an immediate's callback it is
// the Immediate object.
const common = require('../common');
const assert = require('assert');

const timeout = setTimeout(common.mustCall(function() {
  assert.strictEqual(this, timeout);
  assert.strictEqual(this.constructor.name, 'Timeout');
}), 1);

const interval = setInterval(common.mustCall(function() {
  assert.strictEqual(this, interval);
  clearInterval(this);
}), 1);

const immediate = setImmediate(common.mustCall(function() {
  assert.strictEqual(this, immediate);
  assert.strictEqual(this.constructor.name, 'Immediate');
}));
