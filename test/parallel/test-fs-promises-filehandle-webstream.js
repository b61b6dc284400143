'use strict';
// FileHandle.readableWebStream: a byte ReadableStream of the file's
// contents, in Uint8Array chunks.
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
  assert.throws(() => fh.readableWebStream(), { code: 'ERR_INVALID_STATE' });
})().then(common.mustCall());
