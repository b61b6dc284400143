'use strict';
// The timers module exports the same functions as the globals.
const assert = require('assert');

for (const id of ['timers', 'node:timers']) {
  const timers = require(id);
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
                      'setImmediate', 'clearImmediate']) {
    assert.strictEqual(typeof timers[name], 'function', `${id}.${name}`);
    assert.strictEqual(timers[name], globalThis[name], `${id}.${name}`);
  }
}
assert.strictEqual(require('timers'), require('node:timers'));
