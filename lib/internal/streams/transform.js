'use strict';
// stream.Transform: a Duplex whose output is computed from its input.
// Each written chunk goes to _transform(chunk, encoding, cb); what it
// pushes (or passes to cb) is read from the other side. The write
// callback is held back while the readable side is full, which is how
// backpressure crosses from reader to writer. At the end, _flush(cb) may
// push a last chunk before the readable side ends.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

const ObjectSetPrototypeOf = Object.setPrototypeOf;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);

// The write callback held back until the reader wants more.
const kPendingCallback = Symbol('kCallback');
// The write being transformed: its callback, and the readable side's
// length before it, for the one callback function each stream passes to
// _transform (rather than a closure per chunk).
const kWriteCallback = Symbol('kWriteCallback');
const kLengthBefore = Symbol('kLengthBefore');
const kAfterTransform = Symbol('kAfterTransform');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A Transform buffers on its readable side; with that side's mark at 0,
  // the writable side buffers nothing either (unless told to).
  const readableHighWaterMark = options
    ? getHighWaterMark(options, 'readableHighWaterMark', true, false)
    : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  // A push from _transform never happens inside _read, so it may emit
  // 'data' at once.
  this._readableState.sync = false;
  this[kPendingCallback] = null;
  this[kWriteCallback] = null;
  this[kLengthBefore] = 0;
  this[kAfterTransform] = (err, val) => afterTransform(this, err, val);
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  // Subclasses that replace _final still get their _flush called, from
  // 'prefinish'.
  this.on('prefinish', prefinish);
}
ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw new (errorCodes().ERR_METHOD_NOT_IMPLEMENTED)('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  this[kWriteCallback] = callback;
  this[kLengthBefore] = this._readableState.length;
  // A Transform made without the constructor (Object.create) has no
  // callback of its own yet.
  this[kAfterTransform] ??= (err, val) => afterTransform(this, err, val);
  this._transform(chunk, encoding, this[kAfterTransform]);
};

// _transform's callback. Writes are serialized, so the fields describe the
// chunk this call is about; a callback called twice calls the write
// callback twice, which Writable reports as ERR_MULTIPLE_CALLBACK.
function afterTransform(stream, err, val) {
  const callback = stream[kWriteCallback];
  if (err) {
    callback(err);
    return;
  }
  const rState = stream._readableState;
  if (val != null) stream.push(val);
  if (rState.ended) {
    // push(null) came from _transform: the write completes, later.
    process.nextTick(callback);
  } else if (stream._writableState.ended || stream[kLengthBefore] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    stream[kPendingCallback] = callback;
  }
}

Transform.prototype._read = function _read() {
  const callback = this[kPendingCallback];
  if (callback) {
    this[kPendingCallback] = null;
    callback();
  }
};

module.exports = Transform;
