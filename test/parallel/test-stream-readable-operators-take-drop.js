'use strict';
// take(), drop() and flatMap(); take stops reading at its count; counts
// are converted with Number() and must not be negative. asIndexedPairs
// was removed in Node 24.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

async function main() {
  log.push(JSON.stringify(await Readable.from([1, 2, 3, 4]).take(2).toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2, 3, 4]).take(0).toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2]).take(10).toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2, 3, 4]).drop(3).toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2]).drop('1').toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2]).take(NaN).toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray()));

  let pulled = 0;
  const infinite = Readable.from((function* () { for (;;) yield ++pulled; })());
  log.push(JSON.stringify(await infinite.take(3).toArray()));
  log.push(`infinite destroyed=${infinite.destroyed}`);

  log.push(JSON.stringify(await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray()));
  log.push(JSON.stringify(await Readable.from(['a', 'b']).flatMap(async function* (x) {
    yield x;
    yield x.toUpperCase();
  }).toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2]).flatMap((x) => Readable.from([x, x])).toArray()));

  assert.throws(() => Readable.from([]).take(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "number" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => Readable.from([]).drop(-2), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Readable.from([]).take(1, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(typeof Readable.prototype.asIndexedPairs, 'undefined');
  assert.strictEqual(Readable.prototype.take.length, 1);
  assert.strictEqual(Readable.prototype.reduce.length, 3);
  assert.strictEqual(Readable.prototype.map.name, 'map');
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '[1,2]', '[]', '[1,2]', '[4]', '[2]', '[]', '[2,3]', '[1,2,3]', 'infinite destroyed=true',
    '[1,10,2,20]', '["a","A","b","B"]', '[1,1,2,2]', 'main done',
  ]);
});
