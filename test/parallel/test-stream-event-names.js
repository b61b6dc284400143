'use strict';
// eventNames() of a stream lists only events with listeners, although
// streams keep slots for their common events from the start; listener
// bookkeeping (listenerCount, removeAllListeners) works on those slots.
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

const r = new Readable({ read() {} });
assert.deepStrictEqual(r.eventNames(), []);
const f = () => {};
r.on('data', f);
r.on('custom', f);
assert.deepStrictEqual(r.eventNames(), ['data', 'custom']);
assert.strictEqual(r.listenerCount('data'), 1);
r.removeListener('data', f);
assert.deepStrictEqual(r.eventNames(), ['custom']);
assert.strictEqual(r.listenerCount('data'), 0);
r.removeAllListeners();
assert.deepStrictEqual(r.eventNames(), []);

const w = new Writable();
assert.deepStrictEqual(w.eventNames(), []);
w.once('finish', f);
assert.deepStrictEqual(w.eventNames(), ['finish']);

const d = new Duplex();
assert.deepStrictEqual(d.eventNames(), []);
d.on('end', f);
d.on('drain', f);
assert.deepStrictEqual(d.eventNames().sort(), ['drain', 'end']);
assert.strictEqual(d.listeners('end')[0], f);
