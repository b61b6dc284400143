'use strict';
// pipeTo() propagates: a source error aborts the destination (or not, with
// preventAbort); a destination error cancels the source (or not, with
// preventCancel); a source close closes the destination (or not, with
// preventClose); a closing destination cancels the source. The promise
// rejects with the error; both streams are unlocked at the end.
const assert = require('assert');
const common = require('../common');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function make(log, { chunks = [], close = false, error, destError, writeError, hwm = 1 } = {}) {
  const rs = new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      if (close) c.close();
      if (error) c.error(error);
    },
    cancel(reason) { log.push(`cancel ${reason?.message ?? reason}`); },
  });
  const ws = new WritableStream({
    start(c) { if (destError) c.error(destError); },
    write(chunk) { log.push(`write ${chunk}`); if (writeError) throw writeError; },
    close() { log.push('close'); },
    abort(reason) { log.push(`abort ${reason?.message ?? reason}`); },
  }, { highWaterMark: hwm });
  return [rs, ws];
}

async function run(options, setup) {
  const log = [];
  const [rs, ws] = make(log, setup);
  let outcome;
  await rs.pipeTo(ws, options).then((v) => { outcome = `ok ${v}`; }, (e) => { outcome = `rej ${e.message}`; });
  await sleep(1);
  assert.strictEqual(rs.locked, false);
  assert.strictEqual(ws.locked, false);
  return [outcome, ...log];
}

(async () => {
  const SE = new Error('SE');
  assert.deepStrictEqual(await run({}, { error: SE }), ['rej SE', 'abort SE']);
  assert.deepStrictEqual(await run({ preventAbort: true }, { error: SE }), ['rej SE']);
  const DE = new Error('DE');
  assert.deepStrictEqual(await run({}, { chunks: [1], destError: DE }), ['rej DE', 'cancel DE']);
  assert.deepStrictEqual(await run({ preventCancel: true }, { chunks: [1], destError: DE }), ['rej DE']);
  assert.deepStrictEqual(await run({}, { chunks: [1, 2], close: true }), ['ok undefined', 'write 1', 'write 2', 'close']);
  assert.deepStrictEqual(await run({ preventClose: true }, { chunks: [1, 2], close: true }),
                         ['ok undefined', 'write 1', 'write 2']);
  const WE = new Error('WE');
  assert.deepStrictEqual(await run({}, { chunks: [1, 2], writeError: WE }), ['rej WE', 'write 1', 'cancel WE']);
  assert.deepStrictEqual(await run({ preventCancel: true }, { chunks: [1, 2], writeError: WE }),
                         ['rej WE', 'write 1']);

  // A destination that is closing cancels the source at once.
  const log = [];
  const [rs, ws] = make(log);
  const w = ws.getWriter();
  w.close();
  w.releaseLock();
  await assert.rejects(rs.pipeTo(ws), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Destination WritableStream is closed',
  });
  assert.deepStrictEqual(log, ['cancel Invalid state: Destination WritableStream is closed', 'close']);

  // An error after piping started.
  const log2 = [];
  let controller;
  const rs2 = new ReadableStream({ start(c) { controller = c; c.enqueue('a'); } });
  const ws2 = new WritableStream({
    write(c) { log2.push(`write ${c}`); },
    abort(r) { log2.push(`abort ${r.message}`); },
  });
  const piping = rs2.pipeTo(ws2);
  await sleep(1);
  controller.error(new Error('LATE'));
  await assert.rejects(piping, { message: 'LATE' });
  assert.deepStrictEqual(log2, ['write a', 'abort LATE']);

  // Argument errors.
  await assert.rejects(new ReadableStream().pipeTo({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transform.writable" property must be an instance of WritableStream. Received an instance of Object',
  });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), 1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }), {
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  const locked = new ReadableStream();
  locked.getReader();
  await assert.rejects(locked.pipeTo(new WritableStream()), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked',
  });
  const lockedW = new WritableStream();
  lockedW.getWriter();
  await assert.rejects(new ReadableStream().pipeTo(lockedW), { message: 'Invalid state: The WritableStream is locked' });
  await assert.rejects(ReadableStream.prototype.pipeTo.call({}, new WritableStream()), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
