'use strict';
// Argument checks shared by the modules of lib/, with Node's error codes.

// internal/errors is loaded only when an error is made: it is not small,
// and this module is on the startup path.
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

function validateString(value, name) {
  if (typeof value !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'boolean', value);
}

function validateObject(value, name, { allowArray = false, allowFunction = false, nullable = false } = {}) {
  const ok = (nullable && value === null) ||
    (value !== null && (typeof value === 'object' || (allowFunction && typeof value === 'function')) &&
     (allowArray || !Array.isArray(value)));
  if (!ok) throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Array', value);
  if (value.length < minLength)
    throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, `must be longer than ${minLength}`);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`;
    throw new (codes().ERR_OUT_OF_RANGE)(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, `must be one of: ${allowed}`);
  }
}

module.exports = {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
};
