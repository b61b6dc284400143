'use strict';
// The signal option of the operators: an aborted signal fails the
// operation with an AbortError (ABORT_ERR).
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

async function main() {
  const aborted = AbortSignal.abort();
  const ops = {
    toArray: (s) => s.toArray({ signal: aborted }),
    map: (s) => s.map((x) => x, { signal: aborted }).toArray(),
    filter: (s) => s.filter(() => true, { signal: aborted }).toArray(),
    forEach: (s) => s.forEach(() => {}, { signal: aborted }),
    take: (s) => s.take(1, { signal: aborted }).toArray(),
    drop: (s) => s.drop(1, { signal: aborted }).toArray(),
    reduce: (s) => s.reduce((a) => a, 0, { signal: aborted }),
    some: (s) => s.some(() => false, { signal: aborted }),
  };
  for (const [name, op] of Object.entries(ops)) {
    try {
      await op(Readable.from([1, 2, 3]));
      log.push(`${name} resolved`);
    } catch (err) {
      log.push(`${name} ${err.name} ${err.code}`);
    }
  }

  // Aborting while map waits on fn.
  const ac = new AbortController();
  const p = Readable.from([1, 2, 3]).map(async (x, { signal }) => {
    if (x === 2) {
      setImmediate(() => ac.abort());
      await new Promise((resolve) => signal.addEventListener('abort', resolve));
      log.push(`fn saw abort ${signal.aborted}`);
    }
    return x;
  }, { signal: ac.signal }).toArray();
  try {
    await p;
  } catch (err) {
    log.push(`map aborted ${err.name}`);
  }

  // compose() with a signal.
  const composed = Readable.from(['a']).compose(async function* (src) {
    for await (const c of src) yield c;
  }, { signal: AbortSignal.abort() });
  composed.on('error', (err) => log.push(`compose ${err.name}`));
  composed.resume();
  await new Promise((resolve) => composed.on('close', resolve));
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'toArray AbortError ABORT_ERR', 'map AbortError ABORT_ERR', 'filter AbortError ABORT_ERR',
    'forEach AbortError ABORT_ERR', 'take AbortError ABORT_ERR', 'drop AbortError ABORT_ERR',
    'reduce AbortError ABORT_ERR', 'some AbortError ABORT_ERR', 'fn saw abort true',
    'map aborted AbortError', 'compose AbortError', 'main done',
  ]);
});
