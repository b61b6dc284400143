'use strict';
// A write's position must be a safe integer: a bigint, a fraction or null
// writes at the file's current position, as Node's binding does (reads
// take bigints; writes do not).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-write-position-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'abcdef');
const fd = fs.openSync(file, 'r+');
fs.writeSync(fd, 'Q', 10n);
fs.writeSync(fd, Buffer.from('Z'), 0, 1, 12n);
fs.writeSync(fd, Buffer.from('W'), 0, 1, 2.5);
fs.writeSync(fd, Buffer.from('X'), { position: 7n });
fs.write(fd, Buffer.from('V'), 0, 1, 14n, (err, n) => {
  assert.ifError(err);
  assert.strictEqual(n, 1);
  fs.write(fd, 'U', 16n, (err2, m) => {
    assert.ifError(err2);
    assert.strictEqual(m, 1);
    // Explicit integer positions still write where they say.
    fs.writeSync(fd, 'P', 8);
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(file, 'latin1'), 'QZWXVU\0\0P');
    fs.rmSync(dir, { recursive: true });
  });
});
