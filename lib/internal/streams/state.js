'use strict';
// highWaterMark: the buffered amount (bytes, characters or objects) past
// which a stream asks its producer to wait. The defaults are process-wide
// and settable through stream.setDefaultHighWaterMark().

const NumberIsInteger = Number.isInteger;
const MathFloor = Math.floor;

const { validateInteger } = require('internal/validators');

let defaultBytes = 64 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// The mark for one side of a stream. `sideKey` is readableHighWaterMark or
// writableHighWaterMark, which only a Duplex reads, and only when plain
// highWaterMark is absent; an invalid value is reported under the option's
// own name.
function getHighWaterMark(options, sideKey, isDuplex, objectMode) {
  let name = 'highWaterMark';
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) {
    hwm = options[sideKey];
    name = sideKey;
  }
  if (hwm == null) return objectMode ? defaultObjects : defaultBytes;
  if (!NumberIsInteger(hwm) || hwm < 0) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, hwm);
  }
  return MathFloor(hwm);
}

module.exports = {
  getDefaultHighWaterMark,
  getHighWaterMark,
  setDefaultHighWaterMark,
};
