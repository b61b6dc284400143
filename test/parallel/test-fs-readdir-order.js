'use strict';
// readdir in its three forms lists a directory as libuv's scandir does:
// without . and .., names in byte order (strcmp of their UTF-8), each
// entry's type from the directory itself; names that are not UTF-8 come
// back whole as Buffers; errors name scandir and the path.
const assert = require('assert');
const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-readdir-'));
const files = ['b', 'a', 'B', 'é', 'z z', '.hidden', '..x', 'ä', 'a.b', '10', '9', 'Z'];
for (const name of files) fs.writeFileSync(path.join(dir, name), name);
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'inner'), '');
fs.symlinkSync('a', path.join(dir, 'link'));
childProcess.execFileSync('mkfifo', [path.join(dir, 'fifo')]);

const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const expected = [...files, 'sub', 'link', 'fifo'].sort(byteOrder);
assert.deepStrictEqual(fs.readdirSync(dir), expected);
assert.deepStrictEqual(expected.slice(0, 4), ['..x', '.hidden', '10', '9']);
assert.deepStrictEqual(expected.slice(-3), ['z z', 'ä', 'é']);

const kinds = (d) => [d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.isFIFO()];
const dirents = fs.readdirSync(dir, { withFileTypes: true });
assert.deepStrictEqual(dirents.map((d) => d.name), expected);
for (const d of dirents) {
  assert.strictEqual(d.parentPath, dir);
  const want = d.name === 'sub' ? [false, true, false, false] :
    d.name === 'link' ? [false, false, true, false] :
      d.name === 'fifo' ? [false, false, false, true] : [true, false, false, false];
  assert.deepStrictEqual(kinds(d), want, d.name);
}
assert.deepStrictEqual(fs.readdirSync(dir, 'buffer').map(String), expected);
assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }),
                       [...expected, path.join('sub', 'inner')]);

// A name that is not UTF-8.
const odd = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-readdir-odd-'));
fs.writeFileSync(Buffer.concat([Buffer.from(`${odd}/`), Buffer.from([0xff, 0xfe, 0x61])]), '');
assert.deepStrictEqual(fs.readdirSync(odd, 'buffer'), [Buffer.from([0xff, 0xfe, 0x61])]);
assert.deepStrictEqual(fs.readdirSync(odd), ['\ufffd\ufffda']);
fs.rmSync(odd, { recursive: true });

// Many entries, in order.
const many = path.join(dir, 'sub', 'many');
fs.mkdirSync(many);
const manyNames = [];
for (let i = 0; i < 1500; i++) manyNames.push(`n${(i * 7919) % 1500}-${'x'.repeat(i % 180)}`);
for (const name of manyNames) fs.writeFileSync(path.join(many, name), '');
assert.deepStrictEqual(fs.readdirSync(many), manyNames.sort(byteOrder));

fs.mkdirSync(path.join(dir, 'sub', 'empty'));
assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'sub', 'empty')), []);

const missing = path.join(dir, 'nope');
const notDir = path.join(dir, 'a');
assert.throws(() => fs.readdirSync(missing), {
  code: 'ENOENT', syscall: 'scandir', path: missing,
  message: `ENOENT: no such file or directory, scandir '${missing}'`,
});
assert.throws(() => fs.readdirSync(notDir), {
  code: 'ENOTDIR', syscall: 'scandir', path: notDir,
  message: `ENOTDIR: not a directory, scandir '${notDir}'`,
});

fs.readdir(dir, (err, list) => {
  assert.ifError(err);
  assert.deepStrictEqual(list, expected);
  fs.readdir(missing, (err2) => {
    assert.strictEqual(err2.code, 'ENOENT');
    assert.strictEqual(err2.syscall, 'scandir');
    assert.strictEqual(err2.path, missing);
    fs.promises.readdir(dir, { withFileTypes: true }).then(async (list2) => {
      assert.deepStrictEqual(list2.map((d) => d.name), expected);
      await assert.rejects(fs.promises.readdir(notDir), { code: 'ENOTDIR', syscall: 'scandir' });
      fs.rmSync(dir, { recursive: true });
    });
  });
});
