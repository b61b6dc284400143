'use strict';
// setInterval calls its callback repeatedly, `delay` ms apart, until cleared.
const common = require('../common');
const assert = require('assert');

const DELAY = 10;
const TIMES = 5;
let last = Date.now();
let count = 0;
const i = setInterval(common.mustCall(() => {
  count++;
  const now = Date.now();
  const gap = now - last;
  last = now;
  // The first call is timed from before setInterval(); later ones from the
  // previous call, whose start is taken just before its callback ran, so
  // allow a millisecond more of rounding there.
  const min = count === 1 ? DELAY - 1 : DELAY - 2;
  assert(gap >= min, `call ${count} came ${gap}ms after the previous one, expected >= ${min}`);
  if (count === TIMES) clearInterval(i);
}, TIMES), DELAY);
