'use strict';
// A timer with no delay, or an undefined one, runs after 1 ms and warns of
// nothing (a delay given as NaN does: test-timers-delay-warnings).
const common = require('../common');

process.on('warning', common.mustNotCall());
setTimeout(common.mustCall());
setTimeout(common.mustCall(), undefined);
const interval = setInterval(common.mustCall(() => clearInterval(interval)));
setTimeout(common.mustCall((a, b) => {
  if (a !== 1 || b !== 2) throw new Error('arguments lost');
}), undefined, 1, 2);
