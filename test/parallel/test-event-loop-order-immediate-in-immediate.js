'use strict';
// Immediates queued while the check phase runs wait for the next loop
// iteration: they run after every immediate that was already queued.
const common = require('../common');
const assert = require('assert');

const log = [];
setImmediate(common.mustCall(() => {
  log.push('a');
  setImmediate(common.mustCall(() => log.push('a.inner')));
}));
setImmediate(common.mustCall(() => log.push('b')));
setImmediate(common.mustCall(() => log.push('c')));

process.on('exit', () => {
  assert.deepStrictEqual(log, ['a', 'b', 'c', 'a.inner']);
});
