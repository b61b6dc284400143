'use strict';
// A timer callback can clear another timer that is due at the same time or
// later; the cleared one never fires.
const common = require('../common');

let sameTime;
let later;
let interval;
setTimeout(common.mustCall(() => {
  clearTimeout(sameTime);
  clearTimeout(later);
  clearInterval(interval);
}), 5);
sameTime = setTimeout(common.mustNotCall('timer due at the same time fired'), 5);
later = setTimeout(common.mustNotCall('later timer fired'), 20);
interval = setInterval(common.mustNotCall('interval fired'), 10);

// Keep the process alive past the cleared timers' due times.
setTimeout(common.mustCall(), 40);
