'use strict';
// `await using`: at the end of the block each resource's
// [Symbol.asyncDispose] (or [Symbol.dispose]) result is awaited, in
// reverse order, one await each; null and undefined cost one await when
// nothing else was awaited; rejections chain as SuppressedErrors. The
// order of those awaits against other promise jobs is Node's.
const common = require('../common');
const assert = require('assert');

async function ticks() {
  const log = [];
  let n = 0;
  const tick = () => {
    log.push(`t${n++}`);
    if (n < 8) Promise.resolve().then(tick);
  };
  Promise.resolve().then(tick);
  {
    await using x = null;
    log.push('b1');
  }
  log.push('a1');
  {
    await using x = { [Symbol.dispose]() { log.push('sync dispose'); } };
  }
  log.push('a2');
  {
    await using x = { [Symbol.asyncDispose]() { log.push('async dispose'); } };
  }
  log.push('a3');
  {
    await using x = { [Symbol.asyncDispose]() { log.push('async x'); } };
    using y = { [Symbol.dispose]() { log.push('sync y'); } };
    await using z = null;
  }
  log.push('a4');
  for (let i = 0; i < 5; i++) await null;
  assert.deepStrictEqual(log, [
    'b1', 't0', 'a1', 'sync dispose', 't1', 'a2', 'async dispose', 't2', 'a3',
    't3', 'sync y', 'async x', 't4', 'a4', 't5', 't6', 't7',
  ]);
}

async function errors() {
  await assert.rejects(async () => { await using x = 1; }, {
    name: 'TypeError', message: 'An object is expected with `using` declarations',
  });
  await assert.rejects(async () => { await using x = {}; }, {
    name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function',
  });
  await assert.rejects(async () => { await using x = { [Symbol.asyncDispose]: 2 }; }, {
    name: 'TypeError', message: 'Symbol(Symbol.asyncDispose) is not a function',
  });
  // A rejected disposal after the body threw.
  await assert.rejects(async () => {
    await using x = { async [Symbol.asyncDispose]() { throw new Error('dispose'); } };
    throw new Error('body');
  }, (e) => {
    assert.strictEqual(e.name, 'SuppressedError');
    assert.strictEqual(e.error.message, 'dispose');
    assert.strictEqual(e.suppressed.message, 'body');
    return true;
  });
  // A sync [Symbol.dispose] that throws, used by `await using`: a rejection.
  await assert.rejects(async () => {
    await using x = { [Symbol.dispose]() { throw new Error('sync'); } };
  }, { message: 'sync' });
  // The block waits for each disposal before the next.
  const log = [];
  const slow = (name, ms) => ({
    [Symbol.asyncDispose]() {
      log.push(`start ${name}`);
      return new Promise((resolve) => setTimeout(() => { log.push(`end ${name}`); resolve(); }, ms));
    },
  });
  {
    await using a = slow('a', 1);
    await using b = slow('b', 20);
  }
  assert.deepStrictEqual(log, ['start b', 'end b', 'start a', 'end a']);
}

async function loops() {
  const log = [];
  const res = (name) => ({ [Symbol.asyncDispose]: async () => { log.push(name); } });
  for (await using x of [res(1), res(2)]) log.push('body');
  async function* agen() { yield { [Symbol.dispose]: () => log.push('agen') }; }
  for await (using x of agen()) log.push('for await body');
  for await (await using x of agen()) log.push('both');
  assert.deepStrictEqual(log, ['body', 1, 'body', 2, 'for await body', 'agen', 'both', 'agen']);
}

ticks().then(errors).then(loops).then(common.mustCall());
