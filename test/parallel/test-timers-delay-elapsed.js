'use strict';
// A timeout never fires earlier than its delay.
const common = require('../common');
const assert = require('assert');

for (const delay of [1, 10, 50]) {
  const start = Date.now();
  setTimeout(common.mustCall(() => {
    const elapsed = Date.now() - start;
    assert(elapsed >= delay - 1, `${delay}ms timeout fired after ${elapsed}ms`);
  }), delay);
}
