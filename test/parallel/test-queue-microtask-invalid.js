'use strict';
// queueMicrotask throws ERR_INVALID_ARG_TYPE for a callback that is not a
// function.
const assert = require('assert');

for (const [value, received] of [
  ['str', 'type string (\'str\')'],
  [5, 'type number (5)'],
  [undefined, 'undefined'],
  [null, 'null'],
  [{}, 'an instance of Object'],
]) {
  assert.throws(() => queueMicrotask(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "callback" argument must be of type function. Received ${received}`,
  });
}
assert.strictEqual(queueMicrotask(() => {}), undefined);
