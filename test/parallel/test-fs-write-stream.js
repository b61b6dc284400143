'use strict';
// fs.createWriteStream: writes in order, bytesWritten, 'finish' then
// 'close'; flags and start; the encoding option; close(cb); an fd given
// is closed at the end unless autoClose is false.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-write-stream-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

{
  const ws = fs.createWriteStream(p('a'));
  assert.ok(ws instanceof fs.WriteStream);
  assert.ok(ws instanceof require('stream').Writable);
  assert.strictEqual(ws.pending, true);
  ws.on('open', common.mustCall((fd) => assert.strictEqual(typeof fd, 'number')));
  for (let i = 0; i < 1000; i++) ws.write(`line ${i}\n`);
  ws.write(Buffer.from('end\n'));
  ws.end();
  ws.on('finish', common.mustCall(() => {
    const expected = Array.from({ length: 1000 }, (_, i) => `line ${i}\n`).join('') + 'end\n';
    assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), expected);
    assert.strictEqual(ws.bytesWritten, Buffer.byteLength(expected));
  }));
  ws.on('close', common.mustCall());
}

{
  fs.writeFileSync(p('b'), 'xxxxxxxx');
  const ws = fs.createWriteStream(p('b'), { flags: 'r+', start: 2 });
  ws.end('AB', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'xxABxxxx');
  }));
}

{
  const ws = fs.createWriteStream(p('c'), { encoding: 'hex' });
  ws.write('6869');
  ws.close(common.mustCall(() => assert.strictEqual(fs.readFileSync(p('c'), 'utf8'), 'hi')));
}

{
  const fd = fs.openSync(p('d'), 'w');
  const ws = fs.createWriteStream(null, { fd, autoClose: false });
  ws.end('kept open', common.mustCall(() => {
    fs.writeSync(fd, '!');
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(p('d'), 'utf8'), 'kept open!');
  }));
}

{
  const ws = fs.createWriteStream(p('e'), { flush: true });
  ws.end('flushed', common.mustCall(() => assert.strictEqual(fs.readFileSync(p('e'), 'utf8'), 'flushed')));
}

fs.createWriteStream(p('no/such/dir/f')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
assert.throws(() => fs.createWriteStream(p('f'), { flush: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createWriteStream(p('f'), { start: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
