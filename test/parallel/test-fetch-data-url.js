'use strict';
// fetch() of data: URLs follows the Fetch standard's data: URL processor:
// MIME type parsing with the text/plain;charset=US-ASCII fallback, percent
// decoding, forgiving base64, no fragment; a bad one is a network error.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');

async function get(url) {
  const response = await fetch(url);
  return [response.headers.get('content-type'), Buffer.from(await response.arrayBuffer()).toString('latin1')];
}

(async () => {
  const response = await fetch('data:,hello');
  assert.deepStrictEqual([response.status, response.statusText, response.ok, response.type, response.url,
                          response.redirected], [200, 'OK', true, 'basic', 'data:,hello', false]);
  assert.strictEqual(inspect(response.headers), "Headers { 'Content-Type': 'text/plain;charset=US-ASCII' }");
  assert.throws(() => response.headers.set('a', 'b'), { name: 'TypeError', message: 'immutable' });
  assert.strictEqual(await response.text(), 'hello');

  assert.deepStrictEqual(await get('data:text/plain;base64,aGk='), ['text/plain', 'hi']);
  assert.deepStrictEqual(await get('data:text/plain;BASE64 ,aGk='), ['text/plain', 'hi']);
  assert.deepStrictEqual(await get('data:text/plain; base64,aGk'), ['text/plain', 'hi']);
  assert.deepStrictEqual(await get('data:;base64,AA=='), ['text/plain;charset=US-ASCII', '\0']);
  assert.deepStrictEqual(await get('data:text/html;charset=utf-8,%E2%82%AC'), ['text/html;charset=utf-8', '\xe2\x82\xac']);
  assert.deepStrictEqual(await get('data:TEXT/Plain;Charset="x",a'), ['text/plain;charset=x', 'a']);
  assert.deepStrictEqual(await get('data:;charset=utf-8,a'), ['text/plain;charset=utf-8', 'a']);
  assert.deepStrictEqual(await get('data:nonsense,a'), ['text/plain;charset=US-ASCII', 'a']);
  assert.deepStrictEqual(await get('data:,a%2g%41'), ['text/plain;charset=US-ASCII', 'a%2gA']);
  assert.deepStrictEqual(await get('data:,a b'), ['text/plain;charset=US-ASCII', 'a b']);
  assert.deepStrictEqual(await get('data:;base64, a G k = '), ['text/plain;charset=US-ASCII', 'hi']);

  const withFragment = await fetch('data:text/plain,a#frag');
  assert.strictEqual(withFragment.url, 'data:text/plain,a');
  assert.strictEqual(await withFragment.text(), 'a');

  // A Request works as input; a POST to a data: URL is still read.
  const request = new Request('data:,zz');
  assert.strictEqual(await (await fetch(request)).text(), 'zz');
  assert.strictEqual(await (await fetch('data:,x', { method: 'POST', body: 'a' })).text(), 'x');

  for (const url of ['data:text/plain;base64,a=Gk=', 'data:;base64,a', 'data:;base64,%', 'data:text/plain']) {
    await assert.rejects(fetch(url), (err) => {
      assert.strictEqual(err.name, 'TypeError');
      assert.strictEqual(err.message, 'fetch failed');
      assert.strictEqual(err.cause.message, 'failed to fetch the data URL');
      return true;
    }, url);
  }
})().then(common.mustCall());
