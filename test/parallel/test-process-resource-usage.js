'use strict';
// process.resourceUsage() gives getrusage() numbers under Node's key names.
const assert = require('assert');

const r = process.resourceUsage();
assert.deepStrictEqual(Object.keys(r).sort(), [
  'fsRead', 'fsWrite', 'involuntaryContextSwitches', 'ipcReceived', 'ipcSent',
  'majorPageFault', 'maxRSS', 'minorPageFault', 'sharedMemorySize', 'signalsCount',
  'swappedOut', 'systemCPUTime', 'unsharedDataSize', 'unsharedStackSize', 'userCPUTime',
  'voluntaryContextSwitches',
]);
for (const [k, v] of Object.entries(r)) {
  assert.strictEqual(typeof v, 'number', k);
  assert(v >= 0, `${k} = ${v}`);
}
assert(r.maxRSS > 0);
