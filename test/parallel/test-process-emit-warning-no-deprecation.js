'use strict';
// With process.noDeprecation set, DeprecationWarnings are dropped (no
// 'warning' event) while other warnings are still emitted.
const common = require('../common');
const assert = require('assert');

process.noDeprecation = true;
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'Warning');
  assert.strictEqual(w.message, 'still emitted');
}));
process.emitWarning('dropped', 'DeprecationWarning', 'DEP0XXX');
process.emitWarning('dropped too', { type: 'DeprecationWarning' });
process.emitWarning('still emitted');
