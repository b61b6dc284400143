'use strict';
// Writable.toWeb and Writable.fromWeb. toWeb: writes go to the Writable
// (ArrayBuffers as Uint8Arrays), a write waits for 'drain' when the
// Writable asks, close() ends it, abort() destroys it, a chunk of the
// wrong type fails the write. fromWeb: a stream.Writable whose writes,
// end and destroy go to the WritableStream's writer.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

assert.throws(() => Writable.toWeb(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "streamWritable" argument must be an stream.Writable. Received type number (5)',
});
assert.throws(() => Writable.fromWeb(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "writableStream" argument must be an instance of WritableStream. Received type number (5)',
});
assert.throws(() => Writable.fromWeb(new WritableStream(), { decodeStrings: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.decodeStrings" property must be of type boolean. Received type number (1)',
});
assert.strictEqual(Writable.toWeb.length, 1);
assert.strictEqual(Writable.fromWeb.length, 2);

(async () => {
  const written = [];
  const sink = new Writable({
    write(chunk, encoding, cb) {
      written.push([chunk.constructor.name, encoding, String(chunk)]);
      cb();
    },
  });
  sink.on('finish', common.mustCall());
  const writer = Writable.toWeb(sink).getWriter();
  await writer.write('str');
  await writer.write(new Uint8Array([65, 66]));
  await writer.write(new ArrayBuffer(2));
  await writer.close();
  assert.deepStrictEqual(written, [
    ['Buffer', 'buffer', 'str'],
    ['Buffer', 'buffer', 'AB'],
    ['Buffer', 'buffer', '\0\0'],
  ]);
  assert.strictEqual(sink.writableFinished, true);

  // A chunk the Writable refuses fails that write, and the web stream.
  const strict = new Writable({ write(c, e, cb) { cb(); } });
  const strictWriter = Writable.toWeb(strict).getWriter();
  await assert.rejects(strictWriter.write(5), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(strictWriter.closed, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(strict.destroyed, false);

  // Backpressure: the write waits for the Writable's callback and 'drain'.
  let release;
  const slow = new Writable({
    highWaterMark: 4,
    write(chunk, encoding, cb) { release = cb; },
  });
  const slowWriter = Writable.toWeb(slow).getWriter();
  let settled = false;
  const pending = slowWriter.write(Buffer.from('12345678')).then(() => { settled = true; });
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.strictEqual(settled, false);
  release();
  await pending;
  assert.strictEqual(settled, true);

  // abort() destroys the Writable with the reason.
  const target = new Writable({ write(c, e, cb) { cb(); } });
  target.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'abort!')));
  await Writable.toWeb(target).getWriter().abort(new Error('abort!'));
  assert.strictEqual(target.destroyed, true);

  // fromWeb.
  const got = [];
  let closed = false;
  const web = new WritableStream({
    write(chunk) { got.push([chunk.constructor.name, Buffer.from(chunk).toString('latin1')]); },
    close() { closed = true; },
  });
  const w = Writable.fromWeb(web);
  assert.strictEqual(w.writableObjectMode, false);
  assert.strictEqual(w.writableHighWaterMark, 65536);
  w.write('hé');
  w.write(Buffer.from('b'));
  w.end('latin', 'latin1');
  await new Promise((resolve) => w.on('finish', resolve));
  assert.deepStrictEqual(got, [['Buffer', 'hÃ©'], ['Buffer', 'b'], ['Buffer', 'latin']]);
  assert.strictEqual(closed, true);

  // The WritableStream failing destroys the Writable.
  const broken = Writable.fromWeb(new WritableStream({ write() { throw new Error('no room'); } }));
  broken.write('x');
  await new Promise((resolve) => broken.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'no room');
    resolve();
  })));

  // destroy() aborts the WritableStream.
  const reasons = [];
  const abortable = Writable.fromWeb(new WritableStream({ abort(reason) { reasons.push(reason.message); } }));
  abortable.on('error', common.mustCall());
  abortable.destroy(new Error('gone'));
  await new Promise((resolve) => abortable.on('close', resolve));
  assert.deepStrictEqual(reasons, ['gone']);
})().then(common.mustCall());
