'use strict';
// module.loaded is false while the module's code runs and true once it has
// finished; for the entry script, once the script has run to completion.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(module.loaded, false);

const info = require(common.fixtures.path('module', 'meta', 'info.js'));
assert.strictEqual(info.loadedDuringLoad, false);
assert.strictEqual(info.module.loaded, true);

setTimeout(common.mustCall(() => {
  assert.strictEqual(module.loaded, true);
}), 0);
