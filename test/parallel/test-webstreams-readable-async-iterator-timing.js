'use strict';
// The pace of a ReadableStream's async iterator in Node 24: a next() made
// while no earlier call is pending reads at once (the very first call
// excepted, which waits); one made while a call is pending starts when that
// settles; return() waits for a pending next().
const assert = require('assert');
const common = require('../common');

const log = [];
let tick = 0;
const L = (s) => log.push(`${s}@${tick}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function ticker(n) {
  tick = 0;
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => { tick = i; });
}

(async () => {
  const stream = new ReadableStream({ start(c) { for (let i = 0; i < 6; i++) c.enqueue(i); } });
  await sleep(1);
  const it = stream.values();
  ticker(20);
  it.next().then((r) => L(`n1 ${r.value}`));
  it.next().then((r) => L(`n2 ${r.value}`));
  await sleep(1);
  ticker(20);
  it.next().then((r) => L(`n3 ${r.value}`));
  it.next().then((r) => L(`n4 ${r.value}`));
  await sleep(1);
  ticker(20);
  it.return('R').then((r) => L(`ret ${r.value}`));
  it.next().then((r) => L(`n5 ${r.done}`));
  await sleep(1);

  // A pending read, then chunks.
  let controller;
  const s2 = new ReadableStream({ start(c) { controller = c; } });
  const it2 = s2.values();
  await sleep(1);
  ticker(20);
  it2.next().then((r) => L(`m1 ${r.value}`));
  controller.enqueue('x');
  await sleep(1);
  ticker(20);
  it2.next().then((r) => L(`m2 ${r.value}`));
  it2.next().then((r) => L(`m3 ${r.value}`));
  controller.enqueue('y');
  controller.enqueue('z');
  await sleep(1);

  assert.deepStrictEqual(log, [
    'n1 0@4', 'n2 1@7',
    'n3 2@1', 'n4 3@1',
    'ret R@3', 'n5 true@6',
    'm1 x@4',
    'm2 y@1', 'm3 z@4',
  ]);
})().then(common.mustCall());
