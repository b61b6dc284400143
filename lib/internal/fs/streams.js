'use strict';
// fs.ReadStream and fs.WriteStream: node:stream's Readable and Writable over
// a file descriptor, opened in _construct (or given as options.fd, a number
// or a FileHandle), read 64 KiB at a time, closed when the stream is
// destroyed (autoClose). Reads and writes go through options.fs when one
// is given (open, read, write, writev, close), as in Node, so callers can
// swap them.
//
// A descriptor is not closed while a read or write is in flight (libuv
// runs them on the thread pool): _destroy waits for the operation's
// completion, signalled by the kIoDone event.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_DESTROYED,
    ERR_SYSTEM_ERROR,
  },
} = require('internal/errors');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const {
  asBuffer,
  copyObject,
  getOptions,
  getValidatedFd,
  kEmptyObject,
  toPathIfFileURL,
  validatePath,
} = require('internal/fs/utils');
const fs = require('fs');
const binding = internalBinding('fs');

const FunctionPrototypeBind = Function.prototype.bind;
const MathMin = Math.min;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');

let FileHandle;
function isFileHandle(value) {
  FileHandle ??= require('internal/fs/promises').FileHandle;
  return value instanceof FileHandle;
}

// The fs operations a stream over a FileHandle uses: the handle's methods.
function fileHandleOperations(handle) {
  const then = (promise, ok, fail) => ReflectApply(PromisePrototypeThen, promise, [ok, fail]);
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      then(handle.close(), () => cb(), cb);
    },
    read(fd, buf, offset, length, pos, cb) {
      then(handle.read(buf, offset, length, pos), (r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      then(handle.write(buf, offset, length, pos), (r) => cb(null, r.bytesWritten, r.buffer),
        (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      then(handle.writev(buffers, pos), (r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
    fsync(fd, cb) {
      then(handle.sync(), () => cb(), cb);
    },
  };
}

// options.fd as a descriptor: a number, or a FileHandle whose 'close'
// closes the stream too.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (typeof options.fd === 'object' && isFileHandle(options.fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(options.fd);
    options.fd.on('close', ReflectApply(FunctionPrototypeBind, stream.close, [stream]));
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

function setUpPath(stream, path, options, defaultFlags) {
  stream.fd = null;
  stream[kFs] = options.fs || fs;
  validateFunction(stream[kFs].open, 'options.fs.open');
  // The path is ignored when fd is given, so it may be anything then.
  stream.path = toPathIfFileURL(path);
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  validatePath(stream.path);
}

// Opens the file unless a descriptor was given; 'open' and 'ready' follow.
// A subclass that replaced open() is still honoured: its 'open' or
// 'error' event ends the construction.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    const orgEmit = stream.emit;
    stream.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = orgEmit;
        callback();
        ReflectApply(orgEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = orgEmit;
        callback(args[1]);
      } else {
        ReflectApply(orgEmit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// As in Node, descriptor 0 counts as none: a stream over stdin leaves it.
function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function destroyStream(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
}

const kPending = {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
};

// ---- ReadStream ----------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.fd == null) setUpPath(this, path, options, 'r');
  else this.fd = getValidatedFd(importFd(this, options));
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end)
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
  }
  ReflectApply(Readable, this, [options]);
}
ObjectSetPrototypeOf(ReadStream.prototype, Readable.prototype);
ObjectSetPrototypeOf(ReadStream, Readable);

ObjectDefineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    if (this._readableState === undefined) throw new ERR_INVALID_THIS('ReadStream');
    return this._readableState.autoDestroy;
  },
  set(value) {
    this._readableState.autoDestroy = value;
  },
  configurable: true,
});

const openReadFs = require('util').deprecate(function open() {},
  'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

// fs.read as it was at startup: while a stream's read is still that one,
// the binding reads into memory of its own (readChunk), which saves the
// engine's zero-filling of a buffer about to be overwritten.
const fsRead = fs.read;

function readChunk(stream, n, callback) {
  const req = {
    oncomplete(err, bytes) {
      if (err) callback(err);
      else callback(null, bytes.length, asBuffer(bytes));
    },
  };
  const pos = stream.pos === undefined ? -1 : stream.pos;
  const err = binding.readChunk(getValidatedFd(stream.fd), n, pos, req);
  if (err !== undefined) process.nextTick(callback, err);
}

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? MathMin(this.end - this.pos + 1, n) : MathMin(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  const done = (err, bytesRead, readBuf) => {
    this[kIsPerformingIO] = false;
    // _destroy waits for this before it closes the fd.
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = readBuf;
      if (bytesRead !== chunk.length) {
        // A copy, not a slice: a short read must not keep the large buffer.
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        chunk.copy(dst, 0, 0, bytesRead);
        chunk = dst;
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  };
  if (this[kFs].read === fsRead) readChunk(this, n, done);
  else this[kFs].read(this.fd, Buffer.allocUnsafeSlow(n), 0, n, this.pos, done);
};

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

ObjectDefineProperty(ReadStream.prototype, 'pending', kPending);

// ---- WriteStream ---------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  // Strings are written as bytes.
  options.decodeStrings = true;
  if (options.fd == null) setUpPath(this, path, options, 'w');
  else this.fd = getValidatedFd(importFd(this, options));
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (!this[kFs].write && !this[kFs].writev)
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  if (this[kFs].write) validateFunction(this[kFs].write, 'options.fs.write');
  if (this[kFs].writev) validateFunction(this[kFs].writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  // Either is enough; only the one given is used.
  if (!this[kFs].write) this._write = null;
  if (!this[kFs].writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  ReflectApply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  this.flush = flush;
}
ObjectSetPrototypeOf(WriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(WriteStream, Writable);

ObjectDefineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    if (this._writableState === undefined) throw new ERR_INVALID_THIS('WriteStream');
    return this._writableState.autoDestroy;
  },
  set(value) {
    this._writableState.autoDestroy = value;
  },
  configurable: true,
});

const openWriteFs = require('util').deprecate(function open() {},
  'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

// The bytes after the first `skip` of a list of buffers.
function dropBytes(chunks, skip) {
  const rest = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (skip >= chunk.length) {
      skip -= chunk.length;
    } else {
      rest.push(skip === 0 ? chunk : chunk.subarray(skip));
      skip = 0;
    }
  }
  return rest;
}

// Writes all of `size` bytes, as Node does: a short write goes on with the
// rest, EAGAIN (a non-blocking descriptor) counts as nothing written, and
// more than five writes in a row that write nothing give up. `vector`
// selects fs.writev over a list of buffers, else fs.write of one buffer.
function writeFully(stream, vector, data, size, pos, cb, retries) {
  const done = (err, written) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      written = 0;
    }
    if (err || stream.destroyed) {
      cb(err || new ERR_STREAM_DESTROYED(vector ? 'writev' : 'write'));
      return;
    }
    stream.bytesWritten += written;
    retries = written ? 0 : retries + 1;
    size -= written;
    if (pos != null) pos += written;
    if (retries > 5) {
      // Node's error, with a sentence where a context object belongs.
      cb(new ERR_SYSTEM_ERROR(vector ? 'writev failed' : 'write failed'));
    } else if (size > 0) {
      const rest = vector ? dropBytes(data, written) : data.subarray(written);
      writeFully(stream, vector, rest, size, pos, cb, retries);
    } else {
      cb();
    }
  };
  if (vector) stream[kFs].writev(stream.fd, data, pos ?? null, done);
  else stream[kFs].write(stream.fd, data, 0, size, pos, done);
}

// The end of a write: once the stream is destroyed, _destroy is waiting
// for it (kIoDone) to close the descriptor.
function afterWrite(stream, cb) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    cb(err);
    if (stream.destroyed) stream.emit(kIoDone, err);
  };
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeFully(this, false, data, data.length, this.pos, afterWrite(this, cb), 0);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  this[kIsPerformingIO] = true;
  writeFully(this, true, chunks, size, this.pos, afterWrite(this, cb), 0);
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, the end still closes the file.
  if (!this.autoClose) this.on('finish', this.destroy);
  // end(), not destroy(): what was written is flushed first.
  this.end();
};

// Files have no shutdown.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

ObjectDefineProperty(WriteStream.prototype, 'pending', kPending);

module.exports = {
  ReadStream,
  WriteStream,
  FileReadStream: ReadStream,
  FileWriteStream: WriteStream,
  get Utf8Stream() {
    return require('internal/fs/utf8stream').Utf8Stream;
  },
};
