'use strict';
// Streams keep working, and keep their pace, when a program replaces
// Promise.prototype.then, Promise.resolve, Promise.reject or
// Promise.withResolvers after the classes are loaded: the standard reacts
// to promises with the original operations.
const assert = require('assert');
const common = require('../common');

// Load the classes first.
void [ReadableStream, WritableStream, TransformStream];
const realThen = Promise.prototype.then;
const realResolve = Promise.resolve;
const realReject = Promise.reject;
const realWithResolvers = Promise.withResolvers;
let thenCalls = 0;
Promise.prototype.then = function(...args) { thenCalls++; return Reflect.apply(realThen, this, args); };
Promise.resolve = common.mustNotCall('Promise.resolve');
Promise.reject = common.mustNotCall('Promise.reject');
Promise.withResolvers = common.mustNotCall('Promise.withResolvers');

const chunks = [];
const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
const ts = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
const ws = new WritableStream({ write(c) { chunks.push(c); } });
const piped = rs.pipeThrough(ts).pipeTo(ws);
const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).tee();
const readA = a.getReader().read();
const readB = b.getReader().read();
const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } }).getReader().closed;
const cancelled = new WritableStream().abort('why');

const results = [];
const collect = (result) => { results.push(result.value); };
Reflect.apply(realThen, readA, [collect]);
Reflect.apply(realThen, readB, [collect]);
Reflect.apply(realThen, piped, [common.mustCall(() => {
  Reflect.apply(realThen, cancelled, [common.mustCall(() => {
    Promise.prototype.then = realThen;
    Promise.resolve = realResolve;
    Promise.reject = realReject;
    Promise.withResolvers = realWithResolvers;
    assert.deepStrictEqual(chunks, ['A', 'B']);
    assert.deepStrictEqual(results, [1, 1]);
    // Only the resolution of promises with promises (which the language
    // does by calling `then`) used it.
    assert(thenCalls < 20, `then called ${thenCalls} times`);
  })]);
})]);
Reflect.apply(realThen, errored, [common.mustNotCall(), common.mustCall()]);
