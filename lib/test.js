'use strict';
// node:test, the built-in test runner (only as 'node:test', as in Node). The
// default export is test(); the rest hang off it.

const {
  test, it, describe, suite, before, after, beforeEach, afterEach, getTestContext,
} = require('internal/test_runner/harness');

let globalMock;

test.test = test;
test.it = it;
test.describe = describe;
test.suite = suite;
test.before = before;
test.after = after;
test.beforeEach = beforeEach;
test.afterEach = afterEach;
test.getTestContext = getTestContext;

Object.defineProperty(test, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (globalMock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      globalMock = new MockTracker();
    }
    return globalMock;
  },
});

Object.defineProperty(test, 'assert', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('internal/test_runner/assert').publicAssert;
  },
});

module.exports = test;
