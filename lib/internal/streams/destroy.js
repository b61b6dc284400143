'use strict';
// Tearing a stream down: destroy() and its 'error'/'close' events,
// _undestroy(), errorOrDestroy() (how an internal failure reaches the
// user), the _construct() protocol, and destroyer() (ending any kind of
// stream, for pipeline and friends).
//
// A stream here is a Readable, a Writable or both (Duplex): each function
// looks at whichever of _readableState and _writableState exist, and keeps
// the flags of the two in step.

const {
  aggregateTwoErrors,
  isDestroyed,
  isFinished,
  isRequest,
  isServerRequest,
  kIsDestroyed,
  kOnConstructed,
  kOnDestroyAfterConstruct,
  kStateConstructed,
} = require('internal/streams/utils');

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);

let AbortErrorCtor;
function newAbortError() {
  AbortErrorCtor ??= require('internal/errors').AbortError;
  return new AbortErrorCtor();
}


// Records the first error on each side. Reading `stack` now captures it
// before the error travels through ticks (V8 formats it lazily; Node does
// the same).
function recordError(err, w, r) {
  if (!err) return;
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy(err, cb): the method of Readable, Writable and Duplex.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  const s = w || r;
  if (!s.constructed) {
    // _construct() is still running: _destroy waits for it.
    this.once(kOnDestroyAfterConstruct, function onConstructed(er) {
      callDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    callDestroy(this, err, cb);
  }
  return this;
}

function callDestroy(stream, err, cb) {
  let called = false;
  const done = (er) => {
    if (called) return;
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    recordError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) process.nextTick(emitErrorThenClose, stream, er);
    else process.nextTick(emitClose, stream);
  };
  try {
    stream._destroy(err || null, done);
  } catch (e) {
    done(e);
  }
}

function emitErrorThenClose(stream, err) {
  emitError(stream, err);
  emitClose(stream);
}

function emitClose(stream) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

// 'error' is emitted at most once per stream, whichever side failed.
function emitError(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

// Puts a destroyed stream back to its state after construction (used by
// net.Socket to reconnect). A side switched off at construction stays off.
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// An error found inside the stream machinery: destroys the stream when it
// destroys itself on errors (autoDestroy), else records the error and emits
// it (on the next tick when `sync`, so that user code that caused it
// finishes first).
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitError, stream, err);
    else emitError(stream, err);
  }
}

// _construct(cb) runs on the next tick; until its callback, the stream
// buffers writes and does not read. Once it succeeded, each side's state
// resumes what waited (its kStateConstructed method).
function construct(stream) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kOnConstructed, onConstructed);
  process.nextTick(callConstruct, stream);
}

function onConstructed() {
  const r = this._readableState;
  const w = this._writableState;
  if (r && typeof r[kStateConstructed] === 'function') r[kStateConstructed](this);
  if (w && typeof w[kStateConstructed] === 'function') w[kStateConstructed](this);
}

function callConstruct(stream) {
  let called = false;
  const settled = (err) => {
    if (called) {
      errorOrDestroy(stream, err ?? new (errorCodes().ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if ((w || r).destroyed) stream.emit(kOnDestroyAfterConstruct, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kOnConstructed);
  };
  try {
    stream._construct((err) => { process.nextTick(settled, err); });
  } catch (err) {
    process.nextTick(settled, err);
  }
}

// Ends any stream-like object for pipeline() and the async iterator:
// an unfinished stream gets an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = newAbortError();
  if (isServerRequest(stream)) {
    // Destroying the request must not take the socket down with it.
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick((s, e) => { s.emit('error', e); }, stream, err);
  } else {
    process.nextTick((s) => { s.emit('close'); }, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroy,
  destroyer,
  errorOrDestroy,
  undestroy,
};
