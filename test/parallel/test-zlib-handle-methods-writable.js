'use strict';
// A zlib stream's _handle methods can be replaced on the handle, as
// minizlib (node-tar, npm) does around each write: Node's handle methods
// live on its prototype as writable, enumerable properties, and refuse a
// receiver that is no handle.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const gzip = zlib.createGzip();
const handle = gzip._handle;
const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(handle), 'close');
assert.strictEqual(typeof d.value, 'function');
assert.strictEqual(d.writable, true);
assert.strictEqual(d.configurable, true);

// The minizlib way: silence close() for a synchronous _processChunk, then
// put it back.
const originalClose = handle.close;
handle.close = () => {};
const out = gzip._processChunk(Buffer.from('hello hello hello'), zlib.constants.Z_FINISH);
handle.close = originalClose;
assert.strictEqual(zlib.gunzipSync(out).toString(), 'hello hello hello');
assert.strictEqual(Object.hasOwn(handle, 'close'), true);
delete handle.close;
assert.strictEqual(handle.close, originalClose);

// Called on anything but a handle, they throw.
const proto = Object.getPrototypeOf(handle);
for (const name of ['write', 'writeSync', 'close', 'init', 'params', 'reset']) {
  assert.ok(Object.keys(proto).includes(name), name);
  assert.throws(() => proto[name].call({}), { name: 'TypeError', message: 'Illegal invocation' });
}

// An own replacement is what close() calls.
const deflate = zlib.createDeflate();
deflate._handle.close = common.mustCall(function() {
  return Object.getPrototypeOf(this).close.call(this);
});
deflate.close();

// The methods are still there for a handle made after every earlier one
// was collected.
const { spawnSync } = require('child_process');
const later = spawnSync(process.execPath, ['--expose-gc', '-e', `
  const zlib = require('zlib');
  zlib.createGzip().close();
  for (let i = 0; i < 5; i++) globalThis.gc();
  const g = zlib.createGzip();
  g.end('again');
  const parts = [];
  g.on('data', (d) => parts.push(d));
  g.on('end', () => console.log(zlib.gunzipSync(Buffer.concat(parts)).toString()));
`], { encoding: 'utf8' });
assert.strictEqual(later.stderr, '');
assert.strictEqual(later.stdout, 'again\n');
assert.strictEqual(later.status, 0);
