'use strict';
// When byte-stream reads settle, in microtasks, as in Node: a default
// reader's read() of a queued chunk settles at once; a BYOB read() settles
// as an async function's promise would that returned the request's: two
// microtasks after a request filled at once, one after one filled later.
const assert = require('assert');
const common = require('../common');

const log = [];
let tick = 0;
const L = (s) => log.push(`${s}@${tick}`);
let p = Promise.resolve();
for (let i = 1; i <= 10; i++) p = p.then(() => { tick = i; });

const queued = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); } });
queued.getReader().read().then((r) => L(`default ${r.value.length}`));
const forByob = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); } });
forByob.getReader({ mode: 'byob' }).read(new Uint8Array(2)).then((r) => L(`byob ${r.value.length}`));
const closing = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(1)); c.close(); } });
closing.getReader({ mode: 'byob' }).read(new Uint16Array(1)).catch((e) => L(`partial ${e.message}`));
const pulled = new ReadableStream({
  type: 'bytes',
  pull(c) { L('pull'); c.byobRequest.view[0] = 7; c.byobRequest.respond(1); },
});
pulled.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((r) => L(`pulled ${r.value[0]}`));

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'default 3@1', 'pull@1', 'byob 2@3', 'partial Invalid state: ReadableStream closed@3', 'pulled 7@3',
  ]);
}), 10);
