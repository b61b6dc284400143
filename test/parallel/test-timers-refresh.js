'use strict';
// Timeout#refresh() restarts the timer's countdown from now, without
// changing its callback, and returns the Timeout.
const common = require('../common');
const assert = require('assert');

const DELAY = 200;
let refreshedAt;
const t = setTimeout(common.mustCall(() => {
  assert(refreshedAt !== undefined, 'fired before it was refreshed');
  const elapsed = Date.now() - refreshedAt;
  assert(elapsed >= DELAY - 1, `fired ${elapsed}ms after refresh(), expected >= ${DELAY - 1}`);
}), DELAY);

setTimeout(common.mustCall(() => {
  refreshedAt = Date.now();
  assert.strictEqual(t.refresh(), t);
}), DELAY / 2);
