'use strict';
// stream.addAbortSignal(signal, stream) and the signal option: aborting
// destroys the stream with an AbortError whose cause is the signal's
// reason; an already aborted signal destroys at once.
const assert = require('assert');
const { addAbortSignal, Readable, Writable, Duplex } = require('stream');

const log = [];

const ac = new AbortController();
const r = new Readable({ read() {} });
assert.strictEqual(addAbortSignal(ac.signal, r), r);
r.on('error', (err) => log.push(`r error ${err.name} ${err.code} cause=${err.cause}`));
r.on('close', () => log.push('r close'));
ac.abort('stop');
log.push(`r destroyed ${r.destroyed}`);

const w = new Writable({ signal: AbortSignal.abort('early'), write(c, e, cb) { cb(); } });
log.push(`w destroyed at once ${w.destroyed}`);
w.on('error', (err) => log.push(`w error ${err.name} cause=${err.cause}`));

const ac2 = new AbortController();
const d = new Duplex({ signal: ac2.signal, read() {}, write(c, e, cb) { cb(); } });
d.on('error', (err) => log.push(`d error ${err.name}`));
ac2.abort();

// After the stream is done, the signal no longer matters.
const ac3 = new AbortController();
const done = new Readable({ signal: ac3.signal, read() { this.push(null); } });
done.resume();
done.on('close', () => {
  ac3.abort();
  log.push(`done errored ${done.errored}`);
});

assert.throws(() => addAbortSignal('x', r), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "signal" argument must be an instance of AbortSignal/,
});
assert.throws(() => addAbortSignal(ac.signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream/,
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'r destroyed true', 'w destroyed at once true', 'r error AbortError ABORT_ERR cause=stop',
    'r close', 'w error AbortError cause=early', 'd error AbortError', 'done errored null',
  ]);
});
