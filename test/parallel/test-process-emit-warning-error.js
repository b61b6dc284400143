'use strict';
// process.emitWarning(error) emits that very Error object, keeping its name.
const common = require('../common');
const assert = require('assert');

const err = new Error('custom');
err.name = 'CustomWarning';
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w, err);
  assert.strictEqual(w.name, 'CustomWarning');
  assert.strictEqual(w.message, 'custom');
}));
process.emitWarning(err);
