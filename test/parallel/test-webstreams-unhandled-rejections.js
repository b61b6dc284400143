'use strict';
// Promises the streams keep for themselves never report an unhandled
// rejection: errored streams with or without readers and writers, the pipe
// hidden in pipeThrough(), tee branches, aborted and cancelled streams.
// Promises returned to the program do, when the program drops them.
const assert = require('assert');
const common = require('../common');

const reported = [];
process.on('unhandledRejection', (reason) => reported.push(reason));

const err = new Error('boom');
new ReadableStream({ start(c) { c.error(err); } });
new ReadableStream({ start(c) { c.error(err); } }).getReader();
new ReadableStream({ type: 'bytes', start(c) { c.error(err); } }).getReader({ mode: 'byob' });
new WritableStream({ start(c) { c.error(err); } }).getWriter();
new WritableStream({ start() { return Promise.reject(err); } }).getWriter();
new ReadableStream({ start() { return Promise.reject(err); } });
new ReadableStream({ start(c) { c.error(err); } }).pipeThrough(new TransformStream());
new ReadableStream({ start(c) { c.error(err); } }).tee();
const ts = new TransformStream();
ts.writable.abort(err);
const w = new WritableStream().getWriter();
w.releaseLock();
const r = new ReadableStream().getReader();
r.releaseLock();
new TransformStream({ start(c) { c.terminate(); } });
new TransformStream({ start(c) { c.error(err); } });

// A dropped read() of an errored stream is the program's own.
const dropped = new ReadableStream({ start(c) { c.error('mine'); } }).getReader().read();

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(reported, ['mine']);
  void dropped;
}), 20);
