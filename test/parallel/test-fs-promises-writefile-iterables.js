'use strict';
// promises.writeFile takes iterables and async iterables of strings and
// Buffers (a Readable too), and FileHandle.writeFile the same; a signal
// aborted between chunks stops it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Readable } = require('stream');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-writefile-iter-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

(async () => {
  await fs.promises.writeFile(file, ['a', Buffer.from('b'), 'c']);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
  await fs.promises.writeFile(file, (function* gen() { yield 'x'; yield 'y'; })());
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'xy');
  await fs.promises.writeFile(file, (async function* gen() { yield '6869'; yield '21'; })(), 'hex');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi!');
  await fs.promises.writeFile(file, Readable.from(['st', 'ream']));
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'stream');
  await fs.promises.writeFile(file, new Set(['s', 'e', 't']));
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'set');

  const fh = await fs.promises.open(file, 'w');
  await fh.writeFile(['1', '2']);
  await fh.close();
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '12');

  const ac = new AbortController();
  async function* slow() {
    yield 'first';
    ac.abort();
    yield 'second';
  }
  await assert.rejects(fs.promises.writeFile(file, slow(), { signal: ac.signal }), { name: 'AbortError' });
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'first');
  await assert.rejects(fs.promises.writeFile(file, [1, 2]), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.writeFile(file, {}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
