'use strict';
// FileHandle: fd, read and write in their forms (results are null-prototype
// objects), stat, readFile/writeFile/appendFile on the handle's position,
// and 'close' emitted when close() is called.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const EventEmitter = require('events');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-filehandle-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

(async () => {
  const fh = await fs.promises.open(file, 'w+');
  assert.ok(fh instanceof EventEmitter);
  assert.strictEqual(fh.constructor.name, 'FileHandle');
  assert.strictEqual(typeof fh.fd, 'number');
  assert.ok(fh.fd > 2);

  let w = await fh.write(Buffer.from('hello world'));
  assert.strictEqual(Object.getPrototypeOf(w), null);
  assert.strictEqual(w.bytesWritten, 11);
  w = await fh.write(Buffer.from('HELLO'), 0, 2, 0);
  assert.strictEqual(w.bytesWritten, 2);
  w = await fh.write('caf\u00e9', 11);
  assert.strictEqual(w.bytesWritten, 5);
  assert.strictEqual(w.buffer, 'caf\u00e9');
  w = await fh.write('2121', null, 'hex');
  assert.strictEqual(w.bytesWritten, 2);
  w = await fh.write(Buffer.from('xyz'), { offset: 1, length: 1, position: 0 });
  assert.strictEqual(w.bytesWritten, 1);
  w = await fh.write(Buffer.alloc(0));
  assert.strictEqual(w.bytesWritten, 0);
  // A write at a position leaves the file position where it was (11).
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'yEllo world!!f\u00e9');

  let r = await fh.read(Buffer.alloc(5), 0, 5, 0);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffer.toString(), 'yEllo');
  r = await fh.read({ buffer: Buffer.alloc(3), position: 6 });
  assert.strictEqual(r.buffer.toString(), 'wor');
  r = await fh.read(Buffer.alloc(4), { position: 1, length: 2 });
  assert.strictEqual(r.bytesRead, 2);
  assert.strictEqual(r.buffer.toString('latin1', 0, 2), 'El');
  r = await fh.read({ position: 0 });
  assert.strictEqual(r.buffer.length, 16384);
  assert.strictEqual(r.bytesRead, 16);
  r = await fh.read(Buffer.alloc(4), 0, 0, 0);
  assert.strictEqual(r.bytesRead, 0);
  await assert.rejects(fh.read(Buffer.alloc(4), 0, 5, 0), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(fh.write(5), { code: 'ERR_INVALID_ARG_TYPE' });

  const st = await fh.stat();
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.size, 16);
  assert.strictEqual(typeof (await fh.stat({ bigint: true })).size, 'bigint');

  // readFile and writeFile work from the current position (13 here, after
  // the '!!' written at it).
  await fh.truncate(0);
  await fh.writeFile('abc');
  await fh.appendFile('def');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '\0'.repeat(13) + 'abcdef');
  assert.strictEqual(await fh.readFile('utf8'), '');
  await fh.truncate(0);
  const fh3 = await fs.promises.open(file, 'r+');
  await fh3.writeFile('abc');
  await fh3.appendFile('def');
  await fh3.close();
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdef');
  const fh2 = await fs.promises.open(file);
  assert.strictEqual(await fh2.readFile({ encoding: 'utf8' }), 'abcdef');
  await fh2.close();

  await fh.chmod(0o600);
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
  await fh.chown(process.getuid(), process.getgid());

  let closedSync = true;
  fh.on('close', common.mustCall(() => assert.strictEqual(closedSync, true)));
  const p = fh.close();
  closedSync = false;
  await p;
  assert.strictEqual(fh.fd, -1);
  await fh.close(); // closing again is fine
  await fh[Symbol.asyncDispose]();
})().then(common.mustCall());
