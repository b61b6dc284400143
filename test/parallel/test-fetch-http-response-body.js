'use strict';
// The body of a fetched response: a web ReadableStream of Uint8Arrays that
// arrives as the server sends it, stops pulling from the socket while
// nobody reads (backpressure), and can be read whole by every body method.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const kChunk = 64 * 1024;
const kTotal = 32 * 1024 * 1024;
let written = 0;
let releaseStep = null;

const server = http.createServer((req, res) => {
  if (req.url === '/big') {
    const chunk = Buffer.alloc(kChunk, 0x61);
    const pump = () => {
      while (written < kTotal) {
        written += kChunk;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    pump();
  } else if (req.url === '/steps') {
    res.write('one');
    releaseStep = () => res.end('two');
  } else if (req.url === '/json') {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end('{"a":[1,2]}');
  } else if (req.url === '/form') {
    res.setHeader('content-type', 'application/x-www-form-urlencoded');
    res.end('x=1&y=%C3%A9');
  } else {
    res.setHeader('content-type', 'Text/Plain');
    res.end('plain text');
  }
});

server.listen(0, common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  // Chunks are delivered before the response ends.
  const steps = await fetch(`${base}/steps`);
  const stepReader = steps.body.getReader();
  const first = await stepReader.read();
  assert.ok(first.value instanceof Uint8Array);
  assert.strictEqual(Buffer.from(first.value).toString(), 'one');
  releaseStep();
  assert.strictEqual(Buffer.from((await stepReader.read()).value).toString(), 'two');
  assert.strictEqual((await stepReader.read()).done, true);

  // Unread, the body stops the server's writes well short of the total.
  const big = await fetch(`${base}/big`);
  const reader = big.body.getReader();
  let received = (await reader.read()).value.length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.ok(written < kTotal / 2, `server wrote ${written} bytes with no reader`);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
  }
  assert.strictEqual(received, kTotal);

  const json = await fetch(`${base}/json`);
  assert.deepStrictEqual(await json.clone().json(), { a: [1, 2] });
  const blob = await json.blob();
  assert.strictEqual(blob.type, 'application/json;charset=utf-8');
  assert.strictEqual(await blob.text(), '{"a":[1,2]}');
  await assert.rejects(json.text(), TypeError);

  const form = await (await fetch(`${base}/form`)).formData();
  assert.deepStrictEqual([...form], [['x', '1'], ['y', 'é']]);

  assert.deepStrictEqual(await (await fetch(`${base}/b`)).bytes(), new TextEncoder().encode('plain text'));
  const ab = await (await fetch(`${base}/b`)).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString(), 'plain text');
  let text = '';
  for await (const chunk of (await fetch(`${base}/b`)).body) text += Buffer.from(chunk).toString();
  assert.strictEqual(text, 'plain text');

  // Cancelling the stream lets the connection go.
  const cancelled = await fetch(`${base}/big`);
  await cancelled.body.cancel();
  assert.strictEqual(cancelled.bodyUsed, true);

  server.closeAllConnections();
  server.close();
}));
