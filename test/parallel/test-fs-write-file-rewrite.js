'use strict';
// Writing over an existing file (issue 7: kiln opens it without O_TRUNC
// and cuts it after writing): the result is exactly the new contents,
// whether the old file was longer, shorter or empty, for writeFileSync,
// writeFile and fs.promises.writeFile; 'a' still appends and 'wx' still
// refuses an existing file.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-rewrite-'));
const file = path.join(dir, 'f');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

fs.writeFileSync(file, 'x'.repeat(100000));
fs.writeFileSync(file, 'short');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'short');
fs.writeFileSync(file, Buffer.alloc(70000, 'y'));
assert.deepStrictEqual(fs.readFileSync(file), Buffer.alloc(70000, 'y'));
fs.writeFileSync(file, '');
assert.strictEqual(fs.statSync(file).size, 0);
fs.writeFileSync(file, 'abc', { flag: 'a' });
fs.writeFileSync(file, 'def', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdef');
assert.throws(() => fs.writeFileSync(file, 'z', { flag: 'wx' }), { code: 'EEXIST' });
// 'r+' never truncated, and still does not.
fs.writeFileSync(file, '12', { flag: 'r+' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), '12cdef');

let done = 0;
fs.writeFile(file, 'cb', (err) => {
  assert.ifError(err);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'cb');
  fs.promises.writeFile(file, 'promise!').then(async () => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'promise!');
    await fs.promises.writeFile(file, 'p');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'p');
    done++;
  });
});
process.on('exit', () => assert.strictEqual(done, 1));
