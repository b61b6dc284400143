'use strict';
// fs.openAsBlob gives a file-backed Blob, as Node's: the file is opened
// and measured now, read when the blob is, and a blob whose file changed
// (size or modification time), went away or is not a regular file fails
// with NotReadableError; type is kept as given; a file that cannot be
// opened throws ERR_INVALID_ARG_VALUE at once; the blob itself cannot be
// cloned (its slices and mixes can). Recorded from Node 24 (issue 4).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-open-as-blob-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'backed.txt');
const data = `${'a'.repeat(1000)}${'b'.repeat(100000)}`;
fs.writeFileSync(file, data);

assert.throws(() => fs.openAsBlob(path.join(tmp, 'missing')), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'Unable to open file as blob',
});

(async () => {
  const blob = await fs.openAsBlob(file, { type: 'Text/Plain' });
  assert.strictEqual(blob.constructor, Blob);
  assert.strictEqual(blob.size, data.length);
  assert.strictEqual(blob.type, 'Text/Plain');
  assert.strictEqual(await blob.text(), data);
  assert.strictEqual(await blob.slice(995, 1005).text(), 'aaaaabbbbb');
  assert.strictEqual(await blob.slice(990).slice(5, 15, 'X').text(), 'aaaaabbbbb');
  const mixed = new Blob(['<', blob.slice(0, 3), '>']);
  assert.strictEqual(mixed.size, 5);
  assert.strictEqual(await mixed.text(), '<aaa>');
  assert.strictEqual(await structuredClone(mixed).text(), '<aaa>');
  assert.throws(() => structuredClone(blob), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: File-backed Blobs are not cloneable',
  });

  // A stream reads the file in 64 KiB chunks, each after checking it.
  const sizes = [];
  for await (const chunk of blob.stream()) sizes.push(chunk.length);
  assert.deepStrictEqual(sizes, [65536, data.length - 65536]);

  fs.writeFileSync(file, data + 'more');
  for (const read of [() => blob.text(), () => blob.arrayBuffer(), () => blob.bytes(), () => mixed.text(),
    () => blob.stream().getReader().read()]) {
    await assert.rejects(read(), (err) => {
      assert.strictEqual(err.name, 'NotReadableError');
      assert.strictEqual(err.message, 'The blob could not be read');
      assert.ok(err instanceof DOMException);
      return true;
    });
  }

  // An empty file is checked too.
  const empty = path.join(tmp, 'empty.txt');
  fs.writeFileSync(empty, '');
  const none = await fs.openAsBlob(empty);
  assert.strictEqual(none.size, 0);
  assert.strictEqual(await none.text(), '');
  fs.writeFileSync(empty, 'x');
  await assert.rejects(none.text(), { name: 'NotReadableError' });

  fs.unlinkSync(file);
  const gone = await fs.openAsBlob(__filename);
  assert.ok(gone.size > 0);
})().then(common.mustCall());
