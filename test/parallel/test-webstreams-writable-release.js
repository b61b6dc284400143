'use strict';
// Releasing a writer: its ready and closed reject with Node's error (the
// pending ones, and fresh ones for a writer whose promises had settled),
// a write in flight still finishes, and a new writer can be acquired.
const assert = require('assert');
const common = require('../common');

(async () => {
  let finish;
  const ws = new WritableStream({ write: common.mustCall(() => new Promise((r) => { finish = r; })) });
  const w = ws.getWriter();
  await new Promise((r) => setTimeout(r, 1));
  const write = w.write('a');
  const ready = w.ready;
  const closed = w.closed;
  w.releaseLock();
  assert.strictEqual(ws.locked, false);
  const released = { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' };
  await assert.rejects(ready, released);
  await assert.rejects(closed, released);
  await assert.rejects(w.ready, released);
  await assert.rejects(w.closed, released);
  const unbound = { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer is not bound to a WritableStream' };
  await assert.rejects(w.write('b'), unbound);
  await assert.rejects(w.close(), unbound);
  await assert.rejects(w.abort(), unbound);
  w.releaseLock(); // nothing happens

  const w2 = ws.getWriter();
  finish();
  assert.strictEqual(await write, undefined);
  await w2.close();

  // A writer whose ready had resolved gets a rejected one.
  const ws3 = new WritableStream();
  const w3 = ws3.getWriter();
  await w3.ready;
  w3.releaseLock();
  await assert.rejects(w3.ready, released);
})().then(common.mustCall());
