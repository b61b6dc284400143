'use strict';
// destroy(): 'close' on the next tick; with an error, 'error' then
// 'close'; the callback runs first; a second destroy is a no-op; _destroy
// may replace or swallow the error; destroyed, closed and errored follow.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
r.on('close', () => log.push('r close'));
r.on('end', () => log.push('r end'));
r.destroy();
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.closed, true);
assert.strictEqual(r.errored, null);
assert.strictEqual(r.readable, false);
log.push('after destroy');

const e = new Readable({ read() {} });
const err = new Error('kaboom');
e.on('error', (er) => log.push(`e error ${er === err}`));
e.on('close', () => log.push('e close'));
e.destroy(err, (er) => log.push(`e cb ${er === err}`));
e.destroy(new Error('second'), () => log.push('e cb again'));
assert.strictEqual(e.errored, err);

// _destroy decides the error.
const c = new Readable({
  read() {},
  destroy(er, cb) {
    log.push(`_destroy ${er && er.message}`);
    setImmediate(() => cb(new Error('replaced')));
  },
});
c.on('error', (er) => log.push(`c error ${er.message}`));
c.on('close', () => log.push('c close'));
c.destroy(new Error('original'));
assert.strictEqual(c.closed, false);

const s = new Readable({ read() {}, destroy(er, cb) { cb(); } });
s.on('error', () => log.push('s error'));
s.on('close', () => log.push(`s close errored=${s.errored && s.errored.message}`));
s.destroy(new Error('swallowed'));

// A throwing _destroy is the error.
const t = new Readable({ read() {}, destroy() { throw new Error('thrown'); } });
t.on('error', (er) => log.push(`t error ${er.message}`));
t.destroy();

// No 'data' or 'end' after destroy, even with queued data.
const q = new Readable({ read() {} });
q.push('queued');
q.push(null);
q.on('data', () => log.push('q data'));
q.on('end', () => log.push('q end'));
q.on('close', () => log.push(`q close aborted=${q.readableAborted}`));
q.destroy();

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'after destroy', 'e cb true', 'e cb again', '_destroy original', 'r close', 'e error true',
    'e close', 's close errored=swallowed', 't error thrown', 'q data', 'q close aborted=true',
    'c error replaced', 'c close',
  ]);
});
