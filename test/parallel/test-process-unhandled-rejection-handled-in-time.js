'use strict';
// A rejection that gets a handler in the same tick, in a later microtask,
// or from a nextTick is not reported as unhandled.
const common = require('../common');

process.on('unhandledRejection', common.mustNotCall('handled rejection reported'));
process.on('rejectionHandled', common.mustNotCall('rejectionHandled emitted'));

const sameTick = Promise.reject(new Error('a'));
sameTick.catch(common.mustCall());

const inMicrotask = Promise.reject(new Error('b'));
Promise.resolve().then(() => inMicrotask.catch(common.mustCall()));

const inTick = Promise.reject(new Error('c'));
process.nextTick(() => inTick.catch(common.mustCall()));

// A rejected async function awaited by a caller that catches.
async function fails() { throw new Error('d'); }
(async () => {
  try { await fails(); } catch { /* handled */ }
})();

setTimeout(common.mustCall(), 10);
