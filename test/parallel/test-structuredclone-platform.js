'use strict';
// structuredClone refuses platform objects that are not plain data
// (Headers, Request, Response, FormData, URL, URLSearchParams) with
// DataCloneError, and still clones plain objects and Blobs.
const assert = require('assert');

for (const value of [new Headers(), new Request('http://example.com/'), new Response(''), new FormData(),
  new URL('http://example.com/'), new URLSearchParams('a=1'), { nested: new Headers() }]) {
  assert.throws(() => structuredClone(value), {
    name: 'DataCloneError', message: 'Cannot clone object of unsupported type.',
  });
}
assert.deepStrictEqual(structuredClone({ a: [1, { b: 2 }] }), { a: [1, { b: 2 }] });
assert.ok(structuredClone(new Blob(['x'])) instanceof Blob);
class Mine { constructor() { this.x = 1; } }
assert.deepStrictEqual(structuredClone(new Mine()), { x: 1 });
