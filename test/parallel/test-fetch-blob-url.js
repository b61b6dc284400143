'use strict';
// fetch() of blob: URLs made by URL.createObjectURL: the blob's bytes with
// Content-Length and Content-Type; anything but GET, or a revoked or
// unknown URL, is a network error.
const common = require('../common');
const assert = require('assert');

(async () => {
  const url = URL.createObjectURL(new Blob(['xyz'], { type: 'a/b' }));
  const response = await fetch(url);
  assert.deepStrictEqual([response.status, response.statusText, response.type, response.url],
                         [200, 'OK', 'basic', url]);
  assert.deepStrictEqual([...response.headers], [['content-length', '3'], ['content-type', 'a/b']]);
  assert.strictEqual(await response.text(), 'xyz');
  assert.strictEqual(await (await fetch(url)).text(), 'xyz');

  const untyped = URL.createObjectURL(new Blob([new Uint8Array([1, 2])]));
  const bytes = await fetch(untyped);
  assert.deepStrictEqual([...bytes.headers], [['content-length', '2'], ['content-type', '']]);
  assert.deepStrictEqual(await bytes.bytes(), new Uint8Array([1, 2]));

  // Range requests give 206 and a Content-Range, the way Node's fetch reads them.
  const six = URL.createObjectURL(new Blob(['abcdef'], { type: 't/x' }));
  const ranged = async (range) => {
    const r = await fetch(six, { headers: { Range: range } });
    return [r.status, r.statusText, r.headers.get('content-length'), r.headers.get('content-range'), await r.text()];
  };
  assert.deepStrictEqual(await ranged('bytes=0-1'), [206, 'Partial Content', '2', 'bytes 0-1/6', 'ab']);
  assert.deepStrictEqual(await ranged('bytes=01-02'), [206, 'Partial Content', '2', 'bytes 1-2/6', 'bc']);
  assert.deepStrictEqual(await ranged('bytes=5-9'), [206, 'Partial Content', '1', 'bytes 5-5/6', 'f']);
  assert.deepStrictEqual(await ranged('bytes=-2'), [206, 'Partial Content', '2', 'bytes 4-5/6', 'ef']);
  assert.deepStrictEqual(await ranged('bytes=-0'), [206, 'Partial Content', '0', 'bytes 6-5/6', '']);
  assert.deepStrictEqual(await ranged('bytes=-7'), [206, 'Partial Content', '1', 'bytes -1-5/6', 'f']);
  assert.deepStrictEqual(await ranged('bytes =\t1 - 2'), [206, 'Partial Content', '2', 'bytes 1-2/6', 'bc']);
  assert.deepStrictEqual(await ranged('bytes= - 2'), [206, 'Partial Content', '2', 'bytes 4-5/6', 'ef']);
  const rangeFailed = (cause) => (err) => err.message === 'fetch failed' && err.cause.message === cause;
  for (const range of ['bytes=2-', 'bytes=a', 'bytes=0-1,3-4', 'bytes=3-1', 'BYTES=0-1', 'Bytes = 1 - 2']) {
    await assert.rejects(fetch(six, { headers: { Range: range } }), rangeFailed('failed to fetch the data URL'), range);
  }
  await assert.rejects(fetch(six, { headers: { Range: 'bytes=6-6' } }),
                       rangeFailed("Range start is greater than the blob's size."));

  const failed = (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'invalid method');
    return true;
  };
  await assert.rejects(fetch(url, { method: 'POST', body: 'x' }), failed);
  URL.revokeObjectURL(url);
  await assert.rejects(fetch(url), failed);
  await assert.rejects(fetch('blob:nodedata:nothing'), failed);
})().then(common.mustCall());
