'use strict';
// A request that resolves to nothing throws an Error with code
// MODULE_NOT_FOUND, whose message names the request and lists the chain of
// requiring files (innermost first), also available as err.requireStack.
const { fixtures } = require('../common');
const assert = require('assert');

assert.throws(() => require('./no-such-file'), (err) => {
  assert(err instanceof Error);
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message,
                     `Cannot find module './no-such-file'\nRequire stack:\n- ${__filename}`);
  assert.deepStrictEqual(err.requireStack, [__filename]);
  return true;
});

const dir = fixtures.path('module', 'notfound');
assert.throws(() => require(`${dir}/outer.js`), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  const stack = [`${dir}/inner.js`, `${dir}/outer.js`, __filename];
  assert.deepStrictEqual(err.requireStack, stack);
  assert.strictEqual(err.message, "Cannot find module './no-such-file'\nRequire stack:\n" +
                                  stack.map((f) => `- ${f}`).join('\n'));
  return true;
});
// Neither partially loaded module stays cached.
assert.strictEqual(require.cache[`${dir}/outer.js`], undefined);
assert.strictEqual(require.cache[`${dir}/inner.js`], undefined);

// require.resolve() fails the same way.
assert.throws(() => require.resolve('kiln-no-such-package'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'kiln-no-such-package'\nRequire stack:\n- ${__filename}`,
});
