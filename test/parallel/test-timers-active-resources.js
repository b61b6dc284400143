'use strict';
// process.getActiveResourcesInfo() counts a timer while its callback runs
// (it is still active then, as in Node) until the callback clears it; an
// interval stays counted across its runs; an unreferenced timer is not.
const common = require('../common');
const assert = require('assert');

const timeouts = () => process.getActiveResourcesInfo().filter((t) => t === 'Timeout').length;

assert.strictEqual(timeouts(), 0);
const t = setTimeout(common.mustCall(() => {
  assert.strictEqual(timeouts(), 1);
  clearTimeout(t);
  assert.strictEqual(timeouts(), 0);

  let runs = 0;
  const i = setInterval(common.mustCall(() => {
    assert.strictEqual(timeouts(), 1);
    if (++runs === 3) {
      clearInterval(i);
      assert.strictEqual(timeouts(), 0);
      const u = setTimeout(common.mustNotCall(), 1000);
      u.unref();
      assert.strictEqual(timeouts(), 0);
    }
  }, 3), 1);
}), 1);
assert.strictEqual(timeouts(), 1);
