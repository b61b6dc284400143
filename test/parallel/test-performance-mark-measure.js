'use strict';
// performance.mark() and measure(): the argument forms, the entries they
// buffer, and the errors for bad marks and options.
require('../common');
const assert = require('assert');
const { PerformanceMark, PerformanceMeasure, PerformanceEntry } = require('perf_hooks');

const a = performance.mark('a', { startTime: 10, detail: { n: 1 } });
assert.ok(a instanceof PerformanceMark);
assert.ok(a instanceof PerformanceEntry);
assert.strictEqual(a.entryType, 'mark');
assert.strictEqual(a.startTime, 10);
assert.strictEqual(a.duration, 0);
assert.deepStrictEqual(a.detail, { n: 1 });
assert.deepStrictEqual(JSON.parse(JSON.stringify(a)),
                       { name: 'a', entryType: 'mark', startTime: 10, duration: 0, detail: { n: 1 } });
performance.mark('b', { startTime: 25 });

// Between two marks, from a mark to now, from options, with a duration.
let m = performance.measure('ab', 'a', 'b');
assert.ok(m instanceof PerformanceMeasure);
assert.strictEqual(m.startTime, 10);
assert.strictEqual(m.duration, 15);
assert.strictEqual(m.detail, null);
m = performance.measure('opts', { start: 'a', end: 40, detail: 'x' });
assert.strictEqual(m.startTime, 10);
assert.strictEqual(m.duration, 30);
assert.strictEqual(m.detail, 'x');
m = performance.measure('dur', { start: 5, duration: 7 });
assert.strictEqual(m.startTime, 5);
assert.strictEqual(m.duration, 7);
m = performance.measure('enddur', { end: 'b', duration: 5 });
assert.strictEqual(m.startTime, 20);
m = performance.measure('fromzero');
assert.strictEqual(m.startTime, 0);
assert.ok(m.duration > 0);

assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['a', 'b']);
assert.deepStrictEqual(performance.getEntriesByName('ab').map((e) => e.entryType), ['measure']);
assert.deepStrictEqual(performance.getEntriesByName('a', 'measure'), []);
assert.deepStrictEqual(performance.getEntriesByType('nope'), []);
const all = performance.getEntries();
assert.strictEqual(all.length, 7);
for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].startTime <= all[i].startTime);

assert.throws(() => performance.measure('x', 'missing'), { name: 'SyntaxError',
                                                         message: 'The "missing" performance mark has not been set' });
assert.throws(() => performance.measure('x', { start: 1 }, 'a'),
              { code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'endMark must not be specified' });
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }),
              { code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS' });
assert.throws(() => performance.measure('x', { start: -1 }), { code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
                                                  message: '-1 is not a valid timestamp' });
assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.measure(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.mark('x', { startTime: -1 }), { code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP' });
assert.throws(() => performance.mark('nodeStart'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => performance.now.call({}), { code: 'ERR_INVALID_THIS' });

// new PerformanceMark() makes an entry without buffering it.
const free = new PerformanceMark('free');
assert.strictEqual(free.name, 'free');
assert.deepStrictEqual(performance.getEntriesByName('free'), []);

performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['b']);
assert.throws(() => performance.measure('x', 'a'), { name: 'SyntaxError' });
performance.clearMarks();
performance.clearMeasures('ab');
assert.strictEqual(performance.getEntriesByType('measure').length, 4);
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
