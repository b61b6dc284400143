'use strict';
// The promise-returning operators: toArray, forEach, some, every, find,
// reduce. some/every/find stop reading (and destroy the stream) once
// they know the answer; reduce of an empty stream without an initial
// value is an error.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

async function main() {
  const seen = [];
  await Readable.from([1, 2, 3]).forEach((x) => { seen.push(x); });
  log.push(`forEach ${seen.join(',')}`);

  log.push(`some ${await Readable.from([1, 2, 3]).some((x) => x > 1)}`);
  log.push(`some none ${await Readable.from([1, 2, 3]).some((x) => x > 5)}`);
  log.push(`every ${await Readable.from([2, 4]).every((x) => x % 2 === 0)}`);
  log.push(`every not ${await Readable.from([2, 3]).every(async (x) => x % 2 === 0)}`);
  log.push(`find ${await Readable.from([1, 2, 3, 4]).find((x) => x > 2)}`);
  log.push(`find none ${await Readable.from([1]).find((x) => x > 2)}`);

  const src = Readable.from([1, 2, 3, 4]);
  const calls = [];
  await src.some((x) => { calls.push(x); return x === 2; });
  log.push(`some stopped after ${calls.join(',')} destroyed=${src.destroyed}`);

  log.push(`reduce ${await Readable.from([1, 2, 3]).reduce((a, b) => a + b)}`);
  log.push(`reduce init ${await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10)}`);
  log.push(`reduce async ${await Readable.from(['a', 'b']).reduce(async (a, b) => a + b, '')}`);
  log.push(`reduce empty init ${await Readable.from([]).reduce((a, b) => a + b, 0)}`);
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (err) {
    log.push(`reduce empty ${err.name} ${err.code} ${err.message}`);
  }
  try {
    await Readable.from([]).reduce('x');
  } catch (err) {
    log.push(`reduce bad ${err.code}`);
  }

  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('c');
  bytes.push(null);
  log.push(`toArray bytes ${(await bytes.toArray()).map(String).join('|')}`);

  try {
    await Readable.from([1, 2]).forEach(() => { throw new Error('forEach failed'); });
  } catch (err) {
    log.push(`forEach error ${err.message}`);
  }
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'forEach 1,2,3', 'some true', 'some none false', 'every true', 'every not false', 'find 3',
    'find none undefined', 'some stopped after 1,2 destroyed=false', 'reduce 6', 'reduce init 16',
    'reduce async ab', 'reduce empty init 0',
    'reduce empty TypeError ERR_MISSING_ARGS Reduce of an empty stream requires an initial value',
    'reduce bad ERR_INVALID_ARG_TYPE', 'toArray bytes abc', 'forEach error forEach failed',
    'main done',
  ]);
});
