'use strict';
// util.inspect of stream objects shows their state, as in Node.
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect(new ReadableStream()),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
assert.strictEqual(inspect(new ReadableStream({ type: 'bytes' })),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
const closed = new ReadableStream({ start(c) { c.close(); } });
closed.getReader();
assert.strictEqual(inspect(closed), "ReadableStream { locked: true, state: 'closed', supportsBYOB: false }");
const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
assert.strictEqual(inspect(errored), "ReadableStream { locked: false, state: 'errored', supportsBYOB: false }");
assert.strictEqual(inspect(new WritableStream()), "WritableStream { locked: false, state: 'writable' }");
assert.strictEqual(inspect(new ReadableStream().getReader()),
                   'ReadableStreamDefaultReader {\n' +
                   "  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },\n" +
                   '  readRequests: 0,\n' +
                   '  close: Promise { <pending> }\n' +
                   '}');
assert.strictEqual(inspect(new WritableStream().getWriter()),
                   'WritableStreamDefaultWriter {\n' +
                   "  stream: WritableStream { locked: true, state: 'writable' },\n" +
                   '  close: Promise { <pending> },\n' +
                   '  ready: Promise { undefined },\n' +
                   '  desiredSize: 1\n' +
                   '}');
assert.strictEqual(inspect(new TransformStream()),
                   'TransformStream {\n' +
                   "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\n" +
                   "  writable: WritableStream { locked: false, state: 'writable' },\n" +
                   '  backpressure: true\n' +
                   '}');
let controller;
new ReadableStream({ start(c) { controller = c; } });
assert.strictEqual(inspect(controller), 'ReadableStreamDefaultController {}');
new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
assert.strictEqual(inspect(controller), 'ReadableByteStreamController {}');
new WritableStream({ start(c) { controller = c; } });
assert.strictEqual(inspect(controller),
                   "WritableStreamDefaultController { stream: WritableStream { locked: false, state: 'writable' } }");
