'use strict';
// Readable.from(): arrays, generators, async generators, iterables of
// promises; a string or Buffer is one chunk; object mode and
// highWaterMark 1 by default; null values and bad arguments fail.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

async function main() {
  log.push(JSON.stringify(await Readable.from([1, 'two', { three: 3 }]).toArray()));
  log.push(JSON.stringify(await Readable.from(function* () { yield 1; yield 2; }()).toArray()));
  log.push(JSON.stringify(await Readable.from(async function* () { yield 'a'; yield 'b'; }()).toArray()));
  log.push(JSON.stringify(await Readable.from([1, Promise.resolve(2), 3]).toArray()));
  log.push(JSON.stringify(await Readable.from('hello').toArray()));
  const bufs = await Readable.from(Buffer.from('bytes')).toArray();
  log.push(`${bufs.length} ${bufs[0]}`);
  log.push(JSON.stringify(await Readable.from(new Set(['s1', 's2'])).toArray()));
  log.push(JSON.stringify(await Readable.from(new Uint8Array([7, 8])).toArray()));

  const r = Readable.from([1]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  const b = Readable.from(['ab', 'cd'], { objectMode: false });
  assert.strictEqual(b.readableObjectMode, false);
  log.push(String(Buffer.concat(await b.toArray())));

  for (const src of [[1, null], async function* () { yield null; }()]) {
    try {
      await Readable.from(src).toArray();
    } catch (err) {
      log.push(`null: ${err.code} ${err.message}`);
    }
  }
  try {
    await Readable.from(async function* () { yield 1; throw new Error('gen'); }()).toArray();
  } catch (err) {
    log.push(`gen error: ${err.message}`);
  }
  try {
    await Readable.from([Promise.reject(new Error('rejected'))]).toArray();
  } catch (err) {
    log.push(`rejected: ${err.message}`);
  }
  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });
  assert.throws(() => Readable.from(null), { code: 'ERR_INVALID_ARG_TYPE' });

  // Destroying the stream returns the generator (its finally runs).
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      log.push('generator finally');
    }
  })();
  const g = Readable.from(gen);
  g.once('data', (v) => {
    log.push(`first ${v}`);
    g.destroy();
  });
  await new Promise((resolve) => g.on('close', resolve));
  log.push('closed');

  // The stream reads ahead only as far as highWaterMark.
  let pulled = 0;
  const lazy = Readable.from((function* () { for (;;) { pulled++; yield pulled; } })());
  await new Promise((resolve) => setImmediate(resolve));
  log.push(`pulled before reading ${pulled}`);
  lazy.destroy();
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '[1,"two",{"three":3}]', '[1,2]', '["a","b"]', '[1,2,3]', '["hello"]', '1 bytes',
    '["s1","s2"]', '[7,8]', 'abcd',
    'null: ERR_STREAM_NULL_VALUES May not write null values to stream',
    'null: ERR_STREAM_NULL_VALUES May not write null values to stream', 'gen error: gen',
    'rejected: rejected', 'first 1', 'generator finally', 'closed', 'pulled before reading 0',
    'main done',
  ]);
});
