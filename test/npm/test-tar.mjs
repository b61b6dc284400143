// node-tar 7 (what npm itself unpacks packages with): gzip tarballs made
// and read back through minizlib (which replaces zlib handle methods around
// each write), listed, and extracted with modes and contents kept; the
// streaming parser over fs streams.
import assert from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-tar-'));
try {
  const src = path.join(dir, 'src');
  fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(src, 'a.txt'), 'alpha\n');
  fs.writeFileSync(path.join(src, 'sub', 'big.bin'), Buffer.alloc(300 * 1024, 7));
  fs.writeFileSync(path.join(src, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });

  const file = path.join(dir, 'out.tgz');
  await tar.create({ gzip: true, file, cwd: src, portable: true }, ['a.txt', 'sub', 'run.sh']);
  assert.deepStrictEqual([...fs.readFileSync(file).subarray(0, 2)], [0x1f, 0x8b]);

  const listed = [];
  await tar.list({ file, onReadEntry: (e) => listed.push(`${e.path}:${e.size}`) });
  assert.deepStrictEqual(listed.sort(), ['a.txt:6', 'run.sh:10', 'sub/:0', `sub/big.bin:${300 * 1024}`]);

  const dest = path.join(dir, 'dest');
  fs.mkdirSync(dest);
  await tar.extract({ file, cwd: dest });
  assert.strictEqual(fs.readFileSync(path.join(dest, 'a.txt'), 'utf8'), 'alpha\n');
  assert.ok(fs.readFileSync(path.join(dest, 'sub', 'big.bin')).equals(Buffer.alloc(300 * 1024, 7)));
  assert.strictEqual(fs.statSync(path.join(dest, 'run.sh')).mode & 0o777, 0o755);

  // The streaming form: a parser fed from a read stream.
  const names = [];
  await new Promise((resolve, reject) => {
    fs.createReadStream(file)
      .pipe(new tar.Parser({ onReadEntry: (e) => { names.push(e.path); e.resume(); } }))
      .on('end', resolve)
      .on('error', reject);
  });
  assert.deepStrictEqual(names.sort(), ['a.txt', 'run.sh', 'sub/', 'sub/big.bin']);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
