'use strict';
// t.assert: node:assert's functions, each counting toward the test's plan,
// plus whatever test.assert.register() added.

const { validateFunction, validateString } = require('internal/validators');

// node:assert's own exports that are not assertions.
const kNotCopied = new Set(['AssertionError', 'CallTracker', 'strict', 'Assert', 'options']);

const registry = new Map();

let copied = false;
function baseAssertions() {
  if (copied) return;
  copied = true;
  const assert = require('assert');
  for (const name of Object.keys(assert)) {
    if (kNotCopied.has(name) || registry.has(name) || typeof assert[name] !== 'function') continue;
    registry.set(name, assert[name]);
  }
}

function makeContextAssert(test) {
  baseAssertions();
  const obj = {};
  for (const [name, fn] of registry) {
    obj[name] = function(...args) {
      if (test.plan !== null) test.assertCount++;
      return Reflect.apply(fn, test.context(), args);
    };
    Object.defineProperty(obj[name], 'name', { value: name });
  }
  return obj;
}

const publicAssert = {
  register(name, fn) {
    validateString(name, 'name');
    validateFunction(fn, 'fn');
    baseAssertions();
    registry.set(name, fn);
  },
};

module.exports = { makeContextAssert, publicAssert };
