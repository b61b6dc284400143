'use strict';
// stream.finished(stream[, options], callback): once when the stream is
// done; with an error or ERR_STREAM_PREMATURE_CLOSE when not; options
// readable and writable choose the sides, error: false ignores 'error'
// events; the returned function removes the listeners.
const assert = require('assert');
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');

const log = [];

const r = new Readable({ read() {} });
finished(r, function(err) {
  log.push(`r done err=${err} this=${this === r} args=${arguments.length}`);
});
r.push(null);
r.resume();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log.push(`w done err=${err}`));
w.end('x');

const e = new Readable({ read() {} });
finished(e, (err) => log.push(`e done ${err.message}`));
e.destroy(new Error('broken'));

const p = new Readable({ read() {} });
finished(p, (err) => log.push(`p done ${err.code}: ${err.message}`));
p.destroy();

// Only the writable side of a Duplex.
const d = new Duplex({ read() {}, write(c, enc, cb) { cb(); } });
finished(d, { readable: false }, (err) => log.push(`d writable side done err=${err}`));
d.end();

// error: false: an 'error' event is not the end; the close after it is.
const n = new PassThrough();
finished(n, { error: false }, (err) => log.push(`n done ${err && err.message}`));
n.on('error', () => log.push('n error event'));
n.destroy(new Error('ignored?'));

// Cleanup removes the listeners: the callback never runs.
const c = new Readable({ read() {} });
const before = c.listenerCount('end');
const cleanup = finished(c, () => log.push('c must not run'));
assert.ok(c.listenerCount('end') > before);
cleanup();
assert.strictEqual(c.listenerCount('end'), before);
c.destroy();

// Already finished streams call back on the next tick.
const done = new Readable({ read() {} });
done.push(null);
done.resume();
done.on('close', () => {
  finished(done, (err) => log.push(`late err=${err}`));
  log.push('late registered');
});

// Arguments.
assert.throws(() => finished(r), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream/,
});
assert.throws(() => finished(r, 'x', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'e done broken', 'p done ERR_STREAM_PREMATURE_CLOSE: Premature close',
    'd writable side done err=undefined', 'n error event', 'n done ignored?',
    'w done err=undefined', 'r done err=undefined this=true args=0', 'late registered',
    'late err=undefined',
  ]);
});
