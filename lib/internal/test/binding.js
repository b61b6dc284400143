'use strict';
// require('internal/test/binding') with --expose-internals, as in Node: the
// native bindings, for tests.
module.exports = { internalBinding };
