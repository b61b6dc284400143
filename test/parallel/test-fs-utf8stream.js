'use strict';
// fs.Utf8Stream: buffered writes to an fd or a file, sync and async, with
// 'ready', 'write', 'drain', 'finish' and 'close'; minLength holds data
// back until flush(); maxLength drops writes with 'drop'; multi-byte text
// is counted in characters and written whole; write after destroy throws.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Utf8Stream } = fs;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-utf8stream-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tmp = () => path.join(dir, `f${n++}`);
const seen = [];
process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), ['async-file', 'drop', 'minLength', 'sync-fd', 'utf8'].sort());
});

for (const sync of [false, true]) {
  const dest = tmp();
  const stream = new Utf8Stream({ fd: fs.openSync(dest, 'w'), sync });
  const events = [];
  stream.on('write', (bytes) => events.push(`write ${bytes}`));
  stream.on('ready', () => {
    assert.strictEqual(stream.write('hello '), true);
    assert.strictEqual(stream.write('world\n'), true);
    stream.end();
  });
  stream.on('finish', () => events.push('finish'));
  stream.on('close', () => {
    events.push('close');
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'hello world\n');
    assert.strictEqual(events[events.length - 2], 'finish');
    assert.ok(events[0].startsWith('write '));
    assert.throws(() => stream.write('x'), { code: 'ERR_INVALID_STATE' });
    if (sync) seen.push('sync-fd');
  });
}

{
  const dest = path.join(dir, 'sub', 'log');
  const stream = new Utf8Stream({ dest, mkdir: true, append: false });
  assert.strictEqual(stream.file, null);
  stream.on('ready', () => {
    assert.strictEqual(stream.file, dest);
    stream.write('a');
    stream.once('drain', () => {
      assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'a');
      stream.end();
      seen.push('async-file');
    });
  });
}

{
  const dest = tmp();
  const stream = new Utf8Stream({ dest, minLength: 100, sync: true });
  stream.write('held back');
  assert.strictEqual(fs.readFileSync(dest, 'utf8'), '');
  stream.flush((err) => {
    assert.ifError(err);
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'held back');
    stream.destroy();
    seen.push('minLength');
  });
}

{
  const dest = tmp();
  const stream = new Utf8Stream({ dest, maxLength: 5, minLength: 4, sync: true });
  stream.on('drop', (data) => {
    assert.strictEqual(data, 'too long');
    stream.write('ok');
    stream.flushSync();
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'ok');
    stream.destroy();
    seen.push('drop');
  });
  stream.write('too long');
}

{
  const dest = tmp();
  const stream = new Utf8Stream({ dest, sync: true });
  const text = '\u00e9\u{1F600}'.repeat(5000);
  stream.write(text);
  stream.end();
  stream.on('finish', () => {
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), text);
    seen.push('utf8');
  });
}

assert.throws(() => new Utf8Stream({ fd: 1, contentMode: 'hex' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Utf8Stream({}), { code: 'ERR_INVALID_ARG_TYPE' });
