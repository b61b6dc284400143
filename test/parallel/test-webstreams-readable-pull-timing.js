'use strict';
// When start() and pull() run, counted in microtasks, as Node 24 does it: a
// promise returned by start() is resolved into a new promise (two more
// microtasks), one returned by pull() is used as it is; the next pull()
// follows when the previous one's promise settles.
const assert = require('assert');
const common = require('../common');

let tick = 0;
const log = [];
const L = (s) => log.push(`${s}@${tick}`);
let p = Promise.resolve();
for (let i = 1; i <= 12; i++) p = p.then(() => { tick = i; });

new ReadableStream({ start() { L('a.start'); return Promise.resolve(); }, pull() { L('a.pull'); } });
new ReadableStream({ start() { L('b.start'); }, pull() { L('b.pull'); } });
new ReadableStream({
  start() { L('c.start'); return { then(resolve) { L('c.then'); resolve(); } }; },
  pull() { L('c.pull'); },
});
let n = 0;
new ReadableStream({
  pull(c) { L('d.pull'); c.enqueue(n); if (++n < 3) return Promise.resolve(); },
}, { highWaterMark: 3 });
let m = 0;
new ReadableStream({
  pull(c) { L('e.pull'); c.enqueue(m); if (++m === 3) c.close(); },
}, { highWaterMark: 10 });
// A read waiting when the stream starts makes it pull even at zero hwm.
const zero = new ReadableStream({ pull(c) { L('f.pull'); c.enqueue('f'); } }, { highWaterMark: 0 });
zero.getReader().read().then((r) => L(`f.read ${r.value}`));
L('sync');

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'a.start@0', 'b.start@0', 'c.start@0', 'sync@0',
    'b.pull@1', 'c.then@1', 'd.pull@1', 'e.pull@1', 'f.pull@1',
    'c.pull@2', 'd.pull@2', 'e.pull@2', 'f.read f@2',
    'a.pull@3', 'd.pull@3', 'e.pull@3',
  ]);
}), 10);
