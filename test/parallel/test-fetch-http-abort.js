'use strict';
// AbortSignal and fetch() over http: a signal aborted before the call, or
// while the request waits for its response, rejects the fetch with the
// signal's reason (an AbortError DOMException by default); an abort while
// the body streams errors the body with it. The connection is torn down.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let arrived;
const hangArrived = new Promise((resolve) => { arrived = resolve; });
const server = http.createServer((req, res) => {
  if (req.url === '/hang') {
    req.on('close', common.mustCall());
    arrived();
    return;
  }
  if (req.method === 'HEAD') res.end();
  else res.write('first');
});

const isAbortError = (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 20);
  assert.strictEqual(err.message, 'This operation was aborted');
  return true;
};

server.listen(0, common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  await assert.rejects(fetch(base, { signal: AbortSignal.abort() }), isAbortError);
  const reason = new Error('my reason');
  await assert.rejects(fetch(base, { signal: AbortSignal.abort(reason) }), (err) => err === reason);

  // Aborted right after the call, before any I/O.
  const early = new AbortController();
  const p = fetch(base, { signal: early.signal });
  early.abort();
  await assert.rejects(p, isAbortError);

  // Aborted while the server has not answered.
  const waiting = new AbortController();
  const hanging = fetch(`${base}/hang`, { signal: waiting.signal });
  await hangArrived;
  waiting.abort();
  await assert.rejects(hanging, isAbortError);

  // Aborted while the body streams.
  const streaming = new AbortController();
  const r = await fetch(`${base}/body`, { signal: streaming.signal });
  const reader = r.body.getReader();
  const { value } = await reader.read();
  assert.strictEqual(Buffer.from(value).toString(), 'first');
  streaming.abort(reason);
  await assert.rejects(reader.read(), (err) => err === reason);

  // Aborted with the body unread: reading it afterwards fails.
  const later = new AbortController();
  const unread = await fetch(`${base}/body`, { signal: later.signal });
  later.abort();
  await assert.rejects(unread.text(), isAbortError);

  // An abort after the body ended changes nothing.
  const done = new AbortController();
  const whole = await fetch(`${base}/hang2`, { method: 'HEAD', signal: done.signal });
  done.abort();
  assert.strictEqual(whole.status, 200);

  server.closeAllConnections();
  server.close();
}));
