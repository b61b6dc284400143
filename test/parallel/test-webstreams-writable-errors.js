'use strict';
// Errors on the writable side: a failing write() rejects that write, the
// queued ones, close() and closed with the same error; controller.error()
// during start; a rejected start(); a size() that throws.
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
const h = (name, p) => p.then((v) => L(`${name} ok ${v}`), (e) => L(`${name} rej ${e.message ?? e}`));

(async () => {
  const w = new WritableStream({
    write(c) { L(`write ${c}`); throw new Error('bad'); },
    abort: common.mustNotCall(),
    close: common.mustNotCall(),
  }).getWriter();
  await sleep(1);
  ticker(20);
  h('w1', w.write('a'));
  h('w2', w.write('b'));
  h('close', w.close());
  h('closed', w.closed);
  h('ready', w.ready);
  await sleep(5);
  assert.deepStrictEqual(log, [
    'write a@0', 'ready ok undefined@1', 'w1 rej bad@2', 'w2 rej bad@2', 'close rej bad@2', 'closed rej bad@2',
  ]);
  await assert.rejects(w.ready, { message: 'bad' });

  // controller.error() before start settles: writes are refused at once,
  // the pending one when start settles.
  log.length = 0;
  let controller;
  const w2 = new WritableStream({
    start(c) { controller = c; return sleep(1); },
    write: common.mustNotCall(),
  }).getWriter();
  ticker(20);
  h('w1', w2.write('a'));
  controller.error(new Error('E'));
  h('w2', w2.write('b'));
  h('ready', w2.ready);
  L(`ds ${w2.desiredSize}`);
  await sleep(5);
  h('closed', w2.closed);
  await sleep(1);
  assert.deepStrictEqual(log.map((s) => s.replace(/@\d+$/, '')), [
    'ds null', 'w2 rej E', 'ready rej E', 'w1 rej E', 'closed rej E',
  ]);
  controller.error(new Error('ignored'));

  // A rejected start() errors the stream.
  const startError = new Error('start failed');
  const w3 = new WritableStream({ start() { return Promise.reject(startError); } }).getWriter();
  await assert.rejects(w3.closed, startError);
  await assert.rejects(w3.write(1), startError);

  // A throwing size() errors the stream; the write rejects with the error.
  const sizeError = new Error('size');
  const w4 = new WritableStream({}, { size() { throw sizeError; } }).getWriter();
  await assert.rejects(w4.write(1), sizeError);
  await assert.rejects(w4.closed, sizeError);
  const w5 = new WritableStream({}, { size() { return -1; } }).getWriter();
  await assert.rejects(w5.write(1), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });

  assert.throws(() => WritableStreamDefaultController.prototype.error.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type WritableStreamDefaultController',
  });
})().then(common.mustCall());
