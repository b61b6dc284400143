'use strict';
// What the synchronous calls return, across the sizes and kinds of
// argument that take different paths in kiln: files below and above the
// shared read buffer, empty files, UTF-8 beyond Latin-1, descriptors,
// Buffer paths, non-ASCII names, empty directories.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-sync-results-'));
const at = (name) => path.join(dir, name);

fs.writeFileSync(at('f100'), 'x'.repeat(100));
const sizes = [0, 1, 100, 4095, 4096, 4097, 65535, 65536, 200000];
for (const n of sizes) {
  const data = Buffer.alloc(n);
  for (let i = 0; i < n; i++) data[i] = (i * 31 + 7) & 0xff;
  fs.writeFileSync(at(`f${n}`), data);
  assert.deepStrictEqual(fs.readFileSync(at(`f${n}`)), data);
  assert.deepStrictEqual(fs.readFileSync(Buffer.from(at(`f${n}`))), data);
  assert.strictEqual(fs.readFileSync(at(`f${n}`), 'latin1'), data.toString('latin1'));
  assert.strictEqual(fs.readFileSync(at(`f${n}`), 'utf8'), data.toString('utf8'));
  assert.strictEqual(fs.statSync(at(`f${n}`)).size, n);
  // A Buffer read into the shared buffer must not change with the next read.
  const first = fs.readFileSync(at(`f${n}`));
  fs.readFileSync(at('f100'));
  assert.deepStrictEqual(first, data);
}

// UTF-8 text: ASCII, Latin-1, beyond, and astral, small and large.
const text = 'plain caf\u00e9 \u2603 \ud83d\ude00 ';
for (const reps of [1, 5000]) {
  const s = text.repeat(reps);
  fs.writeFileSync(at('text'), s);
  assert.strictEqual(fs.readFileSync(at('text'), 'utf8'), s);
  assert.strictEqual(fs.readFileSync(at('text'), 'utf-8'), s);
}
// Ill-formed UTF-8 becomes U+FFFD.
fs.writeFileSync(at('bad'), Buffer.from([0x61, 0xff, 0x62, 0xc3]));
assert.strictEqual(fs.readFileSync(at('bad'), 'utf8'), 'a\ufffdb\ufffd');

// Descriptors: readFileSync and writeFileSync from the current position.
const fd = fs.openSync(at('fd'), 'w+');
fs.writeFileSync(fd, 'abc');
fs.writeFileSync(fd, Buffer.from('def'));
assert.strictEqual(fs.readFileSync(at('fd'), 'utf8'), 'abcdef');
const buf = Buffer.alloc(8, 0x2e);
assert.strictEqual(fs.readSync(fd, buf, 1, 4, 1), 4);
assert.strictEqual(buf.toString(), '.bcde...');
assert.strictEqual(fs.readSync(fd, buf, { position: 5 }), 1);
assert.strictEqual(fs.writeSync(fd, 'XY', 0), 2);
assert.strictEqual(fs.writeSync(fd, new Uint16Array([0x4141]), 0, 2, 2), 2);
assert.strictEqual(fs.writeSync(fd, Buffer.from('Z'), 0, 1, 10), 1);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(at('fd'), 'latin1'), 'XYAAef\0\0\0\0Z');
const rfd = fs.openSync(at('fd'), 'r');
assert.strictEqual(fs.readSync(rfd, buf, 0, 3, null), 3);
assert.strictEqual(fs.readFileSync(rfd, 'latin1'), 'Aef\0\0\0\0Z');
assert.strictEqual(fs.fstatSync(rfd).size, 11);
// readSync takes a bigint position.
assert.strictEqual(fs.readSync(rfd, buf, 0, 2, 1n), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'YA');
fs.closeSync(rfd);

// Directories: names, non-ASCII names, empty, as strings and Buffers.
const sub = at('sub');
fs.mkdirSync(sub);
assert.deepStrictEqual(fs.readdirSync(sub), []);
assert.deepStrictEqual(fs.readdirSync(sub, 'buffer'), []);
const names = ['a', 'b\u00e9', 'c\u2603', 'd\ud83d\ude00', 'e'.repeat(200)];
for (const name of names) fs.writeFileSync(path.join(sub, name), name);
assert.deepStrictEqual(fs.readdirSync(sub).sort(), names.slice().sort());
assert.deepStrictEqual(fs.readdirSync(Buffer.from(sub)).sort(), names.slice().sort());
assert.deepStrictEqual(fs.readdirSync(sub, 'buffer').map(String).sort(), names.slice().sort());
assert.deepStrictEqual(fs.readdirSync(sub, { withFileTypes: true }).map((d) => d.name).sort(),
                       names.slice().sort());
for (const name of names) {
  assert.strictEqual(fs.existsSync(path.join(sub, name)), true);
  assert.strictEqual(fs.readFileSync(path.join(sub, name), 'utf8'), name);
  assert.strictEqual(fs.statSync(path.join(sub, name)).size, Buffer.byteLength(name));
}

// Access modes.
fs.accessSync(at('f1'), fs.constants.R_OK | fs.constants.W_OK);
assert.strictEqual(fs.existsSync(Buffer.from(at('f1'))), true);

fs.rmSync(dir, { recursive: true });
