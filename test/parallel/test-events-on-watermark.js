'use strict';
// events.on() with highWaterMark/lowWaterMark: the emitter is paused when
// more than highWaterMark events are queued and resumed when fewer than
// lowWaterMark remain.
const assert = require('assert');
const common = require('../common');
const { EventEmitter, on } = require('events');

const kWatermarkData = Symbol.for('nodejs.watermarkData');

async function main() {
  const e = new EventEmitter();
  const calls = [];
  e.pause = () => calls.push('pause');
  e.resume = () => calls.push('resume');
  const it = on(e, 'd', { highWaterMark: 3, lowWaterMark: 2 });
  const wm = it[kWatermarkData];
  assert.strictEqual(wm.high, 3);
  assert.strictEqual(wm.low, 2);
  const seen = [];
  for (let i = 0; i < 5; i++) {
    e.emit('d', i);
    seen.push([wm.size, wm.isPaused]);
  }
  assert.deepStrictEqual(seen, [[1, false], [2, false], [3, false], [4, true], [5, true]]);
  assert.deepStrictEqual(calls, ['pause']);
  seen.length = 0;
  for (let i = 0; i < 5; i++) {
    const { value } = await it.next();
    seen.push([value[0], wm.size, wm.isPaused]);
  }
  assert.deepStrictEqual(seen, [[0, 4, true], [1, 3, true], [2, 2, true], [3, 1, false], [4, 0, false]]);
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  for (let i = 0; i < 4; i++) e.emit('d', i);
  assert.strictEqual(wm.isPaused, true);
  // return() forgets the pause without resuming; queued events remain.
  await it.return();
  assert.strictEqual(wm.isPaused, false);
  assert.deepStrictEqual(calls, ['pause', 'resume', 'pause']);
  assert.deepStrictEqual(await it.next(), { value: [0], done: false });

  // The old spellings are accepted.
  const it2 = on(e, 'q', { highWatermark: 5, lowWatermark: 4 });
  assert.strictEqual(it2[kWatermarkData].high, 5);
  assert.strictEqual(it2[kWatermarkData].low, 4);
  await it2.return();
  // Defaults.
  const it3 = on(e, 'q');
  assert.strictEqual(it3[kWatermarkData].high, Number.MAX_SAFE_INTEGER);
  assert.strictEqual(it3[kWatermarkData].low, 1);
  await it3.return();

  assert.throws(() => on(e, 'q', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => on(e, 'q', { lowWaterMark: 'a' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.lowWaterMark" property must be of type number. Received type string (\'a\')',
  });
  assert.throws(() => on(e, 'q', { highWaterMark: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
}

main().then(common.mustCall());
