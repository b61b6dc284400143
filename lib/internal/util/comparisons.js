'use strict';
// Deep equality, as node:assert and util.isDeepStrictEqual share it. The
// algorithm lives in lib/assert.js, which hands it over here when it loads;
// util calls it directly rather than through assert.deepStrictEqual, whose
// failure builds a message (a diff of both values) that can cost far more
// than the comparison itself.

let impl;

function implementation() {
  if (impl === undefined) require('assert');
  return impl;
}

module.exports = {
  setImplementation(fns) {
    impl = fns;
  },
  isDeepEqual(a, b) {
    return implementation().isDeepEqual(a, b);
  },
  isDeepStrictEqual(a, b, skipPrototype) {
    return implementation().isDeepStrictEqual(a, b, skipPrototype);
  },
  isPartialStrictEqual(a, b) {
    return implementation().isPartialStrictEqual(a, b);
  },
};
