'use strict';
// internal/util: the helpers Node keeps under this name and its own tests
// reach through --expose-internals. kiln's code uses node:util and the
// modules under internal/util/ directly; this file only gathers what those
// tests call, with Node's behaviour.

const { validateUint32 } = require('internal/validators');
const util = require('util');

const experimentalWarned = new Set();

// Warns once per feature, as Node does for each experimental API it ships.
function emitExperimentalWarning(feature, messagePrefix, code, ...args) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  const message = `${messagePrefix ?? feature} is an experimental feature and might change at any time`;
  process.emitWarning(message, 'ExperimentalWarning', code, ...args);
}

// Deprecation that only warns under --pending-deprecation; otherwise the
// function is returned as it is. Either way it keeps fn's length.
function pendingDeprecate(fn, msg, code) {
  if (natives.execArgv.includes('--pending-deprecation')) return util.deprecate(fn, msg, code);
  return fn;
}

// Blocks the thread for msec milliseconds.
let sleepCell;
function sleep(msec) {
  validateUint32(msec, 'msec');
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, msec);
}

module.exports = {
  customInspectSymbol: util.inspect.custom,
  // The names util.promisify gives a callback's results (fs.read's
  // { bytesRead, buffer }), as a function's property under this symbol.
  customPromisifyArgs: require('internal/util/promisify').kCustomPromisifyArgsSymbol,
  deprecate: util.deprecate,
  emitExperimentalWarning,
  pendingDeprecate,
  sleep,
};
