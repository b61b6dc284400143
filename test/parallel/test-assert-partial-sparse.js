'use strict';
// partialDeepStrictEqual with sparse arrays: once a hole is met, present
// elements are matched in order, holes skipped on both sides.
const assert = require('assert');

/* eslint-disable no-sparse-arrays */
assert.partialDeepStrictEqual([1, , 3], [1, , 3]);
assert.partialDeepStrictEqual([1, 2, 3], [1, , 3]);
assert.partialDeepStrictEqual([, 1, 2], [, , 2]);
assert.partialDeepStrictEqual([, true, true], [true, , true]);
assert.partialDeepStrictEqual([true, , true], [, true, true]);
assert.partialDeepStrictEqual([, true, ,], [, , true]);
assert.throws(() => assert.partialDeepStrictEqual([, , true], [, true, true]), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.partialDeepStrictEqual([1, , 3], [1, , 4]), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.partialDeepStrictEqual([1, 3], [1, 2, 3]), { code: 'ERR_ASSERTION' });
/* eslint-enable no-sparse-arrays */
