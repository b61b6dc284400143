'use strict';
// The stream side of node:zlib: flush() (each kind, in order with writes),
// params() between writes, close() and its callback, reset(), bytesWritten,
// the classes' prototype chain, old-style subclassing (Ctor.call(this)) and
// calling a class without new (DEP0184, once).
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { Transform } = require('stream');

// flush() pushes out what was written so far, each time: what was
// written before it can be inflated without the stream having ended.
{
  const deflate = zlib.createDeflate();
  const inflate = zlib.createInflate();
  deflate.pipe(inflate);
  let text = '';
  inflate.setEncoding('utf8');
  const waiters = [];
  inflate.on('data', (d) => {
    text += d;
    if (waiters.length && text.length >= waiters[0].length) waiters.shift().then();
  });
  const until = (length, then) => waiters.push({ length, then });
  deflate.write('abc');
  deflate.flush(common.mustCall());
  until(3, common.mustCall(() => {
    assert.strictEqual(text, 'abc');
    deflate.write('def');
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, common.mustCall());
    until(6, common.mustCall(() => {
      assert.strictEqual(text, 'abcdef');
      deflate.end();
    }));
  }));
  inflate.on('end', common.mustCall(() => assert.strictEqual(text, 'abcdef')));
}

// params() after a flush: the data stays readable.
{
  const deflate = zlib.createDeflate({ level: 1 });
  const out = [];
  deflate.on('data', (d) => out.push(d));
  deflate.write('x'.repeat(1000));
  deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(() => {
    deflate.end('y'.repeat(1000));
  }));
  deflate.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(out)).toString(), 'x'.repeat(1000) + 'y'.repeat(1000));
    assert.strictEqual(deflate.bytesWritten, 2000);
  }));
}

// close(): the callback runs once the stream is closed; the handle is gone.
{
  const gzip = zlib.createGzip();
  assert.strictEqual(gzip._closed, false);
  gzip.close(common.mustCall(() => {
    assert.strictEqual(gzip._closed, true);
    assert.strictEqual(gzip.destroyed, true);
  }));
}

// reset() starts a new stream on the same engine, but not while a write
// is on the thread pool.
{
  const busy = zlib.createDeflateRaw();
  busy.write('x');
  assert.throws(() => busy.reset(), { message: 'Cannot reset zlib stream while a write is in progress' });
  busy.destroy();
  const deflate = zlib.createDeflateRaw();
  deflate.reset();
  const out = [];
  deflate.on('data', (d) => out.push(d));
  deflate.on('end', common.mustCall(() => {
    assert.ok(Buffer.concat(out).length > 0);
  }));
  deflate.end();
}

// The classes.
const base = Object.getPrototypeOf(Object.getPrototypeOf(zlib.Gzip.prototype));
assert.strictEqual(base.constructor.name, 'ZlibBase');
assert.ok(zlib.createGzip() instanceof Transform);
assert.strictEqual(Object.getPrototypeOf(zlib.Gzip.prototype), Object.getPrototypeOf(zlib.Deflate.prototype));
assert.strictEqual(typeof zlib.Gzip.prototype.params, 'function');
assert.strictEqual(typeof zlib.ZstdCompress.prototype.params, 'undefined');
assert.strictEqual(zlib.createGzip.name, 'createGzip');

function Sub(options) {
  zlib.DeflateRaw.call(this, options);
  this.prop = true;
}
Object.setPrototypeOf(Sub.prototype, zlib.DeflateRaw.prototype);
Object.setPrototypeOf(Sub, zlib.DeflateRaw);
const sub = new Sub();
assert.strictEqual(sub.prop, true);
sub.end('a test string');
sub.resume();
sub.on('end', common.mustCall());

const warnings = [];
process.on('warning', (w) => warnings.push(w));
assert.ok(zlib.Gzip() instanceof zlib.Gzip);
assert.ok(zlib.Inflate() instanceof zlib.Inflate);
setImmediate(common.mustCall(() => {
  const dep = warnings.filter((w) => w.code === 'DEP0184');
  assert.strictEqual(dep.length, 1);
  assert.strictEqual(dep[0].message, "Instantiating Gzip without the 'new' keyword has been deprecated.");
}));
