'use strict';
// stream.duplexPair(): what one side writes the other reads; ending one
// side ends the other's readable side; destroying one side with an error
// closes the other.
const assert = require('assert');
const { duplexPair, Duplex } = require('stream');

const log = [];
const [a, b] = duplexPair();
assert.ok(a instanceof Duplex);
assert.ok(b instanceof Duplex);
for (const [n, s] of [['a', a], ['b', b]]) {
  s.on('data', (d) => log.push(`${n} data ${d}`));
  for (const ev of ['end', 'finish', 'close']) s.on(ev, () => log.push(`${n} ${ev}`));
}
a.write('to b', () => log.push('a write cb'));
b.write('to a');
a.end(() => log.push('a end cb'));
setImmediate(() => b.end());

// The sections below run one after another, ten turns of the event loop
// apart, so that their events do not interleave (no wall-clock timing).
let turns = 0;
function section(fn) {
  let n = (turns += 10);
  (function wait() {
    if (--n > 0) setImmediate(wait);
    else fn();
  })();
}

section(() => {
  const [c, d] = duplexPair({ objectMode: true });
  d.on('data', (x) => log.push(`d data ${JSON.stringify(x)}`));
  c.write({ n: 1 });
  c.write('');      // empty chunks are not delivered
  c.write([2]);
  d.on('close', () => log.push('d close'));
  c.on('error', (err) => log.push(`c error ${err.message}`));
  setImmediate(() => c.destroy(new Error('broken')));
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a data to a', 'a write cb', 'b data to b', 'b end', 'a end cb', 'a finish', 'a end',
    'b finish', 'a close', 'b close', 'd data {"n":1}', 'd data [2]', 'c error broken', 'd close',
  ]);
});
