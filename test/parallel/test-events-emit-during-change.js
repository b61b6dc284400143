'use strict';
// Listeners added or removed while an event is being emitted take effect
// from the next emit, whatever the change (append, prepend, once, removal of
// a later or earlier listener, removeAllListeners); the lists that
// listeners() and rawListeners() return are the emitter's state at the
// time, unaffected by later changes.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

function run(setup) {
  const e = new EventEmitter();
  const calls = [];
  setup(e, calls);
  e.emit('x', 1);
  calls.push('|');
  e.emit('x', 2);
  return calls.join(' ');
}

// A listener that adds others, at the end and at the front.
assert.strictEqual(run((e, calls) => {
  e.on('x', (n) => {
    calls.push(`a${n}`);
    if (n === 1) {
      e.on('x', (m) => calls.push(`c${m}`));
      e.prependListener('x', (m) => calls.push(`p${m}`));
    }
  });
  e.on('x', (n) => calls.push(`b${n}`));
}), 'a1 b1 | p2 a2 b2 c2');

// A listener that removes a later one, and one that removes an earlier one.
assert.strictEqual(run((e, calls) => {
  const b = (n) => calls.push(`b${n}`);
  e.on('x', (n) => { calls.push(`a${n}`); e.removeListener('x', b); });
  e.on('x', b);
  e.on('x', (n) => calls.push(`c${n}`));
}), 'a1 b1 c1 | a2 c2');
assert.strictEqual(run((e, calls) => {
  const a = (n) => calls.push(`a${n}`);
  e.on('x', a);
  e.on('x', (n) => calls.push(`b${n}`));
  e.on('x', (n) => { calls.push(`c${n}`); e.off('x', a); });
}), 'a1 b1 c1 | b2 c2');

// once() listeners among others, and removeAllListeners during the emit.
assert.strictEqual(run((e, calls) => {
  e.once('x', (n) => calls.push(`o${n}`));
  e.on('x', (n) => calls.push(`a${n}`));
  e.once('x', (n) => calls.push(`q${n}`));
}), 'o1 a1 q1 | a2');
assert.strictEqual(run((e, calls) => {
  e.on('x', (n) => { calls.push(`a${n}`); e.removeAllListeners('x'); });
  e.on('x', (n) => calls.push(`b${n}`));
}), 'a1 b1 |');

// The arrays handed out are copies.
{
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  e.on('x', f);
  e.on('x', g);
  const before = e.listeners('x');
  const raw = e.rawListeners('x');
  e.on('x', () => {});
  e.removeListener('x', f);
  assert.deepStrictEqual(before, [f, g]);
  assert.deepStrictEqual(raw, [f, g]);
  assert.strictEqual(e.listenerCount('x'), 2);
  before.push(f);
  assert.strictEqual(e.listenerCount('x'), 2);
}

// The max-listeners warning comes once per event name, also after
// listeners come and go.
{
  const e = new EventEmitter();
  e.setMaxListeners(2);
  let warnings = 0;
  process.on('warning', (w) => {
    if (w.name === 'MaxListenersExceededWarning') warnings++;
  });
  const fns = [1, 2, 3, 4].map(() => () => {});
  for (const fn of fns) e.on('x', fn);
  e.removeListener('x', fns[0]);
  e.on('x', () => {});
  e.prependListener('x', () => {});
  setImmediate(() => assert.strictEqual(warnings, 1));
}
