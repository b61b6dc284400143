'use strict';
// EventEmitter hot paths, in nanoseconds per operation (best of 5 rounds
// after a warm-up), one line per case:
//
//   node bench/events/emit.js            every case, each in this process
//   node bench/events/emit.js one        the cases whose name contains "one"
//
// Compare runtimes by running the same file under each; a case run alone
// (by name) is free of the type feedback the others leave behind.
const EventEmitter = require('events');

let sink = 0;
const f0 = () => { sink++; };
const f1 = (a) => { sink += a; };
const f2 = (a, b) => { sink += b; };

const cases = [
  ['emit-none', () => {}, (e) => e.emit('foo', 1, 2)],
  ['emit-one-0args', (e) => e.on('foo', f0), (e) => e.emit('foo')],
  ['emit-one-2args', (e) => e.on('foo', f1), (e) => e.emit('foo', 1, 2)],
  ['emit-three-2args', (e) => { e.on('foo', f1); e.on('foo', f2); e.on('foo', f1); }, (e) => e.emit('foo', 1, 2)],
  ['on-off', () => {}, (e) => { e.on('x', f1); e.off('x', f1); }],
  ['once-emit', () => {}, (e) => { e.once('x', f1); e.emit('x', 1); }],
];

const filter = process.argv[2];
for (const [name, setup, run] of cases) {
  if (filter && !name.includes(filter)) continue;
  const e = new EventEmitter();
  setup(e);
  for (let i = 0; i < 2e5; i++) run(e);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const n = 2e6;
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) run(e);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / n);
  }
  console.log(`${name.padEnd(18)} ${best.toFixed(1).padStart(7)} ns`);
}
