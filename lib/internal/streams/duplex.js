'use strict';
// stream.Duplex: a Readable that is also a Writable. It inherits from
// Readable and takes Writable's methods and properties; `instanceof
// Writable` holds through Writable[Symbol.hasInstance]. Each side has its
// own state, and either can be switched off (readable: false, writable:
// false). With allowHalfOpen false, the end of the readable side ends the
// writable side.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const { construct } = require('internal/streams/destroy');
const { kRegisterDuplex } = require('internal/streams/utils');

const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectSetPrototypeOf = Object.setPrototypeOf;

let addAbortSignalNoValidate;
let duplexify;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events ??= {
    __proto__: null,
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      addAbortSignalNoValidate ??= require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
      addAbortSignalNoValidate(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  construct(this);
}
ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

// Writable's methods; destroy is Writable's, which also fails buffered
// writes.
for (const name of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end', 'destroy']) {
  Duplex.prototype[name] = Writable.prototype[name];
}

function fromWritable(name) {
  return { __proto__: null, ...ObjectGetOwnPropertyDescriptor(Writable.prototype, name) };
}

ObjectDefineProperties(Duplex.prototype, {
  writable: fromWritable('writable'),
  writableHighWaterMark: fromWritable('writableHighWaterMark'),
  writableObjectMode: fromWritable('writableObjectMode'),
  writableBuffer: fromWritable('writableBuffer'),
  writableLength: fromWritable('writableLength'),
  writableFinished: fromWritable('writableFinished'),
  writableCorked: fromWritable('writableCorked'),
  writableEnded: fromWritable('writableEnded'),
  writableNeedDrain: fromWritable('writableNeedDrain'),
  destroyed: {
    __proto__: null,
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
    },
    set(value) {
      const r = this._readableState;
      const w = this._writableState;
      if (r && w) {
        r.destroyed = value;
        w.destroyed = value;
      }
    },
  },
});

// A Duplex from a stream, a web stream, an iterable, an async generator
// function, a promise, or an object of { readable, writable }.
Duplex.from = function from(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

Writable[kRegisterDuplex](Duplex);

module.exports = Duplex;
