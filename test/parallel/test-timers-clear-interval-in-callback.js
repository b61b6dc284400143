'use strict';
// clearInterval called from inside the interval's own callback stops it:
// no further calls, whether it passes `this` or the returned handle.
const common = require('../common');

const once = setInterval(common.mustCall(() => {
  clearInterval(once);
}, 1), 1);

let n = 0;
setInterval(common.mustCall(function() {
  if (++n === 3) clearInterval(this);
}, 3), 1);
