'use strict';
// Response: the constructor's status, statusText and headers checks,
// Response.error(), Response.json(), Response.redirect(), the getters,
// clone(), and inspect output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const te = (message) => ({ name: 'TypeError', message });
const re = (message) => ({ name: 'RangeError', message });

const r = new Response('hi', { status: 201, statusText: 'Made', headers: { 'x-a': '1' } });
assert.deepStrictEqual([r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.bodyUsed],
                       [201, 'Made', true, 'default', '', false, false]);
assert.deepStrictEqual([...r.headers], [['content-type', 'text/plain;charset=UTF-8'], ['x-a', '1']]);
const empty = new Response();
assert.deepStrictEqual([empty.status, empty.statusText, empty.ok, empty.body], [200, '', true, null]);
assert.strictEqual(new Response(undefined).body, null);
assert.strictEqual(new Response(null, { status: 204 }).status, 204);
assert.strictEqual(new Response('x', { status: 599 }).ok, false);
assert.strictEqual(new Response('', { status: 65736 }).status, 200); // unsigned short wraps
assert.strictEqual(new Response('x', { statusText: 'é' }).statusText, 'é');

assert.throws(() => new Response('x', { status: 99 }), re('init["status"] must be in the range of 200 to 599, inclusive.'));
assert.throws(() => new Response('x', { status: 600 }), re('init["status"] must be in the range of 200 to 599, inclusive.'));
assert.throws(() => new Response('x', { status: 'abc' }), re('init["status"] must be in the range of 200 to 599, inclusive.'));
for (const status of [204, 205, 304]) {
  assert.throws(() => new Response('x', { status }), te(`Response constructor: Invalid response status code ${status}`));
}
assert.throws(() => new Response('x', { statusText: 'a\nb' }), te('Invalid statusText'));
assert.throws(() => new Response('', 5), te('undefined: Expected 5 to be one of: Null, Undefined, Object.'));
assert.throws(() => new Response('', { headers: { 'a b': 'x' } }), te('Headers.append: "a b" is an invalid header name.'));

// Content types implied by the body.
const type = (body) => new Response(body).headers.get('content-type');
assert.strictEqual(type(1), 'text/plain;charset=UTF-8');
assert.strictEqual(type(new URLSearchParams('a=1')), 'application/x-www-form-urlencoded;charset=UTF-8');
assert.strictEqual(type(new Blob(['x'], { type: 'A/B' })), 'a/b');
assert.strictEqual(type(new Uint8Array(1)), null);
assert.strictEqual(type(new ArrayBuffer(1)), null);
assert.strictEqual(new Response('x', { headers: { 'content-type': 'mine' } }).headers.get('content-type'), 'mine');
// The response guard lets Set-Cookie through.
assert.strictEqual(new Response('x', { headers: { 'set-cookie': 'a' } }).headers.get('set-cookie'), 'a');

const error = Response.error();
assert.deepStrictEqual([error.type, error.status, error.statusText, error.ok, error.body], ['error', 0, '', false, null]);

const json = Response.json({ a: 1 }, { status: 202, headers: { x: '1' } });
assert.deepStrictEqual([...json.headers], [['content-type', 'application/json'], ['x', '1']]);
assert.strictEqual(json.status, 202);
assert.throws(() => Response.json(undefined), te('Value is not JSON serializable'));
assert.throws(() => Response.json(1n), TypeError);

const redirect = Response.redirect('http://example.test/a b');
assert.strictEqual(redirect.status, 302);
assert.strictEqual(redirect.headers.get('location'), 'http://example.test/a%20b');
assert.strictEqual(redirect.body, null);
assert.throws(() => redirect.headers.set('location', 'x'), te('immutable'));
for (const status of [301, 303, 307, 308]) assert.strictEqual(Response.redirect('http://x/', status).status, status);
assert.throws(() => Response.redirect('http://x/', 200), re('Invalid status code 200'));
assert.throws(() => Response.redirect('http://x/', {}), re('Invalid status code 0'));
assert.throws(() => Response.redirect('/relative'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Failed to parse URL from /relative');
  assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
  return true;
});

assert.strictEqual(inspect(new Response('hi')), `Response {
  status: 200,
  statusText: '',
  headers: Headers { 'content-type': 'text/plain;charset=UTF-8' },
  body: ${inspect(new Response('x').body)},
  bodyUsed: false,
  ok: true,
  redirected: false,
  type: 'default',
  url: ''
}`);
assert.strictEqual(inspect(Response.error()), `Response {
  status: 0,
  statusText: '',
  headers: Headers {},
  body: null,
  bodyUsed: false,
  ok: false,
  redirected: false,
  type: 'error',
  url: ''
}`);

(async () => {
  const original = new Response('abc', { status: 203, headers: { a: '1' } });
  const copy = original.clone();
  assert.deepStrictEqual([copy.status, copy.headers.get('a')], [203, '1']);
  assert.notStrictEqual(copy.headers, original.headers);
  assert.deepStrictEqual(await Promise.all([original.text(), copy.text()]), ['abc', 'abc']);
  assert.throws(() => original.clone(), te('Response.clone: Body has already been consumed.'));

  // Once `body` exists, clone() tees it; both sides read every byte.
  const streamed = new Response('tee');
  assert.strictEqual(streamed.body.locked, false);
  const tee = streamed.clone();
  assert.strictEqual(await tee.text(), 'tee');
  assert.strictEqual(await streamed.text(), 'tee');
  assert.strictEqual(Response.error().clone().type, 'error');
})().then(require('../common').mustCall());
