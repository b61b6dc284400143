'use strict';
// map() and filter(): results in input order whatever order the calls
// finish in; at most `concurrency` calls run at once; the callback gets
// { signal }; an error from fn fails the stream.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const delay = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));

async function main() {
  log.push(JSON.stringify(await Readable.from([1, 2, 3]).map((x) => x * 2).toArray()));

  let running = 0;
  let maxRunning = 0;
  const finished = [];
  const out = await Readable.from([40, 10, 30, 20, 5]).map(async (ms) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    await delay(ms);
    running--;
    finished.push(ms);
    return ms;
  }, { concurrency: 2 }).toArray();
  log.push(`ordered ${out.join(',')} max=${maxRunning}`);

  const sigs = [];
  await Readable.from([1, 2]).map((x, opts) => {
    sigs.push(opts.signal instanceof AbortSignal && !opts.signal.aborted);
    return x;
  }).toArray();
  log.push(`signals ${sigs.join(',')}`);

  log.push(JSON.stringify(await Readable.from([1, 2, 3, 4, 5]).filter((x) => x % 2).toArray()));
  log.push(JSON.stringify(await Readable.from([1, 2, 3, 4]).filter(async (x) => {
    await delay(5 - x);
    return x > 2;
  }, { concurrency: 4 }).toArray()));

  try {
    await Readable.from([1, 2, 3]).map((x) => {
      if (x === 2) throw new Error('map failed');
      return x;
    }).toArray();
  } catch (err) {
    log.push(`error ${err.message}`);
  }

  // The result is a Readable in object mode.
  const m = Readable.from([1]).map((x) => x);
  log.push(`${m instanceof Readable} ${m.readableObjectMode}`);

  assert.throws(() => Readable.from([]).map(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function. Received type number (5)',
  });
  assert.throws(() => Readable.from([]).map((x) => x, { concurrency: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.concurrency" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => Readable.from([]).map((x) => x, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.from([]).filter((x) => x, { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => new (Readable.prototype.map)((x) => x), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    '[2,4,6]', 'ordered 40,10,30,20,5 max=2', 'signals true,true', '[1,3,5]', '[3,4]',
    'error map failed', 'true true', 'main done',
  ]);
});
