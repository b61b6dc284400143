'use strict';
// FileHandle.readableWebStream: a byte ReadableStream of the file's
// contents from the current position, in Uint8Array chunks. The handle is
// locked from the call on; with autoClose it is closed at the end of the
// file or on cancel, else it stays open.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-webstream-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
const data = Buffer.alloc(100000);
for (let i = 0; i < data.length; i++) data[i] = i & 0xff;
fs.writeFileSync(file, data);

(async () => {
  const fh = await fs.promises.open(file);
  const chunks = [];
  for await (const chunk of fh.readableWebStream()) {
    assert.ok(chunk instanceof Uint8Array);
    chunks.push(chunk);
  }
  assert.ok(Buffer.concat(chunks).equals(data));
  await fh.close();
  assert.throws(() => fh.readableWebStream(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is closed' });

  // From where the file position is; open afterwards, and locked.
  const fh2 = await fs.promises.open(file);
  await fh2.read(Buffer.alloc(10), 0, 10, null);
  const rest = Buffer.from(await new Response(fh2.readableWebStream()).arrayBuffer());
  assert.ok(rest.equals(data.subarray(10)));
  assert.strictEqual((await fh2.read(Buffer.alloc(1), 0, 1, 0)).bytesRead, 1);
  assert.throws(() => fh2.readableWebStream(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is locked' });
  await fh2.close();

  // Locked even when the options are refused.
  const fh3 = await fs.promises.open(file);
  assert.throws(() => fh3.readableWebStream({ autoClose: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fh3.readableWebStream(), { code: 'ERR_INVALID_STATE' });
  await fh3.close();

  // autoClose: closed at the end (before the reader hears of it)...
  const fh4 = await fs.promises.open(file);
  fh4.on('close', common.mustCall());
  const reader = fh4.readableWebStream({ autoClose: true }).getReader();
  while (!(await reader.read()).done);
  assert.strictEqual(fh4.fd, -1);
  // ...or on cancel; without it, cancel leaves the handle open.
  const fh5 = await fs.promises.open(file);
  await fh5.readableWebStream({ autoClose: true }).cancel();
  await assert.rejects(fh5.read(), { code: 'EBADF' });
  const fh6 = await fs.promises.open(file);
  await fh6.readableWebStream().cancel();
  assert.strictEqual((await fh6.read(Buffer.alloc(1), 0, 1, 0)).bytesRead, 1);
  await fh6.close();

  // Any other type is a byte stream too, with a warning.
  process.once('warning', common.mustCall((w) => {
    assert.strictEqual(w.name, 'ExperimentalWarning');
    assert.strictEqual(w.message, 'A non-"bytes" options.type has no effect. A byte-oriented steam is always created.');
  }));
  const fh7 = await fs.promises.open(file);
  await fh7.readableWebStream({ type: 'default', autoClose: true }).cancel();
})().then(common.mustCall());
