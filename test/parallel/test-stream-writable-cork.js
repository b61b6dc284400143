'use strict';
// cork() buffers writes until uncork() (or end()); with _writev they go
// out together. cork nests: each cork needs its uncork. writableCorked
// counts them.
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push(`_write ${chunk}`);
    cb();
  },
  writev(chunks, cb) {
    log.push(`_writev ${chunks.map((c) => `${c.chunk}/${c.encoding}`).join(',')} allBuffers=${chunks.allBuffers}`);
    cb();
  },
});
w.cork();
w.cork();
assert.strictEqual(w.writableCorked, 2);
w.write('a', () => log.push('cb a'));
w.write('b');
assert.strictEqual(w.writableLength, 2);
assert.strictEqual(w.writableBuffer.length, 2);
w.uncork();
log.push('uncorked once');
w.uncork();
log.push('uncorked twice');
assert.strictEqual(w.writableCorked, 0);
w.uncork();                        // not corked: nothing
assert.strictEqual(w.writableCorked, 0);

process.nextTick(() => {
  // Only one chunk buffered: _write.
  w.cork();
  w.write('c');
  w.uncork();
  // Strings kept as strings (decodeStrings false on another stream).
  const s = new Writable({
    decodeStrings: false,
    writev(chunks, cb) {
      log.push(`s _writev ${chunks.map((c) => `${c.chunk}/${c.encoding}`).join(',')} allBuffers=${chunks.allBuffers}`);
      cb();
    },
  });
  s.cork();
  s.write('x');
  s.write(Buffer.from('y'));
  s.write('7a', 'hex');
  s.end();     // end() uncorks
  s.on('finish', () => log.push('s finish'));
});

// Without _writev, corked chunks go one by one.
const o = new Writable({
  write(chunk, enc, cb) {
    log.push(`o _write ${chunk}`);
    process.nextTick(cb);
  },
});
o.cork();
o.write('1');
o.write('2');
o.write('3');
process.nextTick(() => o.uncork());

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'uncorked once', '_writev a/buffer,b/buffer allBuffers=true', 'uncorked twice', 'cb a',
    '_write c', 's _writev x/utf8,y/buffer,7a/hex allBuffers=false', 'o _write 1', 's finish',
    'o _write 2', 'o _write 3',
  ]);
});
