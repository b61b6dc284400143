'use strict';
// require('internal/test/binding') with --expose-internals, as in Node: the
// native bindings, for tests, with Node's warning on first use.
process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

module.exports = { internalBinding };
