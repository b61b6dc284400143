'use strict';
// process.emitWarning(warning, { type, code, detail }) sets those fields on
// the emitted warning.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'OptWarning');
  assert.strictEqual(w.message, 'with options');
  assert.strictEqual(w.code, 'OPT_CODE');
  assert.strictEqual(w.detail, 'more detail');
}));
process.emitWarning('with options',
                    { type: 'OptWarning', code: 'OPT_CODE', detail: 'more detail' });
