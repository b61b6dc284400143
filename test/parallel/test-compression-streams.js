'use strict';
// CompressionStream and DecompressionStream: every format round-trips and
// interoperates with node:zlib; bad formats and corrupt input fail as in
// Node 24 (a TypeError whose cause is the zlib error and whose code is its
// code).
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

async function collect(readable) {
  const chunks = [];
  for await (const c of readable) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

async function main() {
  const text = 'hello '.repeat(1000);
  for (const format of ['gzip', 'deflate', 'deflate-raw', 'brotli']) {
    const source = new Blob([text]).stream();
    const out = await collect(source.pipeThrough(new CompressionStream(format)).pipeThrough(new DecompressionStream(format)));
    assert.strictEqual(out.toString(), text, format);
  }
  // The bytes are node:zlib's formats.
  const gz = await collect(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip')));
  assert.strictEqual(zlib.gunzipSync(gz).toString(), text);
  const raw = zlib.deflateRawSync(text);
  const back = await collect(new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw')));
  assert.strictEqual(back.toString(), text);

  // Corrupt input.
  const ds = new DecompressionStream('deflate');
  const writer = ds.writable.getWriter();
  writer.write(new Uint8Array([1, 2, 3])).catch(() => {});
  writer.close().catch(() => {});
  await assert.rejects(ds.readable.getReader().read(), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    assert.strictEqual(err.cause.message, 'incorrect header check');
    return true;
  });

  // The classes.
  assert.throws(() => new CompressionStream('zip'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "Failed to construct 'CompressionStream': 1st argument 'zip' is not a valid enum value of type CompressionFormat.",
  });
  assert.throws(() => new DecompressionStream(), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => CompressionStream('gzip'), TypeError);
  const cs = new CompressionStream('gzip');
  assert.ok(cs.readable instanceof ReadableStream);
  assert.ok(cs.writable instanceof WritableStream);
  assert.strictEqual(Object.prototype.toString.call(cs), '[object CompressionStream]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(CompressionStream.prototype), ['constructor', 'readable', 'writable']);
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(require('stream/web').CompressionStream, CompressionStream);
}
main().then(common.mustCall());
