'use strict';
// process.stdout and process.stderr: stream.Writable instances, made the
// first time a program (or the console) touches them, so a script that
// prints nothing never loads the stream machinery.
//
// On Linux Node writes to files, TTYs and pipes synchronously: a write has
// reached the file descriptor when write() returns, so output written just
// before process.exit() is never lost. kiln does the same with one
// write(2) loop per chunk. What differs between the kinds is what Node
// builds for each, and programs can see it:
//
//   FILE        a SyncWriteStream (_type 'fs'): write errors are thrown,
//               'close' is emitted by the stream machinery;
//   TTY         a tty.WriteStream (_type 'tty'): isTTY, columns and rows;
//   PIPE, TCP   a net.Socket (_type 'pipe'): strings pass through
//               undecoded, end() shuts the write side down, so later
//               writes fail with EPIPE;
//   otherwise   a Writable that drops everything.
//
// Whatever the kind, destroy() never closes fd 1 or 2: _destroy reports
// back and undoes the destruction (Node's dummyDestroy), so a stream that
// failed (EPIPE) or was ended still takes writes, each failing or
// succeeding on its own.

const fsBinding = internalBinding('fs');

let Writable;
let Buffer;

const UV_EPIPE = -32;
// Set once end() shut a socket's write side down.
const kShutdown = Symbol('kShutdown');

// The error a failed socket write (pipe, TTY) reports, worded as Node's
// stream errors are: 'write EPIPE'.
function socketWriteError(errno, code) {
  const e = new Error(`write ${code}`);
  e.errno = errno;
  e.code = code;
  e.syscall = 'write';
  return e;
}

// The whole chunk to fd, synchronously, in one call into C (a UTF-8
// string goes as it is: encoding it in JS first costs more than the
// write). Returns UV_EPIPE for a closed pipe, throws any other system
// error; a descriptor left non-blocking is polled until it drains.
function writeAll(fd, chunk, encoding) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
    Buffer ??= require('buffer').Buffer;
    chunk = Buffer.from(chunk, encoding);
  }
  return fsBinding.writeAll(fd, chunk);
}

// _write of every kind: the bytes have gone out when the callback runs.
// A file's errors are thrown from write() itself, as fs.writeSync's are
// in Node's SyncWriteStream; a socket reports them to the callback.
function writeChunk(stream, chunk, encoding, cb) {
  if (stream._type === 'fs') {
    writeAll(stream.fd, chunk, encoding);
    cb();
    return;
  }
  if (stream[kShutdown]) {
    cb(socketWriteError(UV_EPIPE, 'EPIPE'));
    return;
  }
  let r;
  try {
    r = writeAll(stream.fd, chunk, encoding);
  } catch (err) {
    cb(typeof err.code === 'string' ? socketWriteError(err.errno, err.code) : err);
    return;
  }
  if (r === UV_EPIPE) cb(socketWriteError(UV_EPIPE, 'EPIPE'));
  else cb();
}

function writeChunks(stream, chunks, cb) {
  for (let i = 0; i < chunks.length; i++) {
    let failed = null;
    writeChunk(stream, chunks[i].chunk, chunks[i].encoding, (err) => { failed = err || null; });
    if (failed !== null) {
      cb(failed);
      return;
    }
  }
  cb();
}

// Node's dummyDestroy: the fd stays open and the stream usable; 'close' is
// still emitted once, so finished() and pipeline() see the end.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => {
      this.emit('close');
    });
  }
}

let classes;
function stdioClasses() {
  if (classes !== undefined) return classes;
  Writable ??= require('internal/streams/writable');

  // What Node uses for a file: internal/fs/sync_write_stream.
  // Strings reach _write undecoded (Node's decode them first): one copy
  // fewer, and nothing a program sees but _writableState.decodeStrings.
  function SyncWriteStream(fd, options) {
    Writable.call(this, { autoDestroy: true, decodeStrings: false });
    options = options || {};
    this.fd = fd;
    this.readable = false;
    this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  }
  Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(SyncWriteStream, Writable);
  SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
    writeChunk(this, chunk, encoding, cb);
  };
  SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
    if (this.fd !== null && this.autoClose) {
      try {
        fsBinding.close(this.fd, undefined);
      } catch {
        // already closed: nothing to report
      }
    }
    this.fd = null;
    cb(err);
  };
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

  // A write-only socket over a pipe: what net.Socket is to Node's stdout.
  // Not net.Socket itself (kiln's net has no sockets yet), but the same
  // options: strings are not decoded, 'close' is the socket's own.
  function Socket(options) {
    Writable.call(this, { decodeStrings: false, emitClose: false, ...options });
    this.connecting = false;
    this.allowHalfOpen = false;
    this[kShutdown] = false;
  }
  Object.setPrototypeOf(Socket.prototype, Writable.prototype);
  Object.setPrototypeOf(Socket, Writable);
  Socket.prototype._write = function _write(chunk, encoding, cb) {
    writeChunk(this, chunk, encoding, cb);
  };
  Socket.prototype._writev = function _writev(chunks, cb) {
    writeChunks(this, chunks, cb);
  };
  // end() shuts the write side down; a write after that fails with EPIPE
  // as libuv's does. libuv reports the shutdown done on a later turn of
  // the loop, so 'prefinish' and 'finish' come after the pending ticks.
  Socket.prototype._final = function _final(cb) {
    this[kShutdown] = true;
    setImmediate(cb);
  };
  // A write-only socket: its readable side is off from the start.
  Socket.prototype.readable = false;
  Socket.prototype.ref = function ref() { return this; };
  Socket.prototype.unref = function unref() { return this; };
  Socket.prototype.setNoDelay = function setNoDelay() { return this; };
  Socket.prototype.setKeepAlive = function setKeepAlive() { return this; };
  Socket.prototype.address = function address() { return {}; };
  Object.defineProperty(Socket.prototype, 'pending', {
    __proto__: null, get() { return false; }, configurable: true,
  });
  Object.defineProperty(Socket.prototype, 'readyState', {
    __proto__: null,
    get() { return this[kShutdown] ? 'readOnly' : 'writeOnly'; },
    configurable: true,
  });

  // tty.WriteStream: a socket with the terminal's size and colours.
  function WriteStream(fd) {
    Socket.call(this, {});
    this.fd = fd;
    this._type = 'tty';
    this.columns = undefined;
    this.rows = undefined;
    this._refreshSize();
  }
  Object.setPrototypeOf(WriteStream.prototype, Socket.prototype);
  Object.setPrototypeOf(WriteStream, Socket);
  WriteStream.prototype.isTTY = true;
  WriteStream.prototype._refreshSize = function _refreshSize() {
    const size = windowSize(this.fd);
    if (size === undefined) return;
    const [columns, rows] = size;
    if (this.columns !== columns || this.rows !== rows) {
      const first = this.columns === undefined;
      this.columns = columns;
      this.rows = rows;
      if (!first) this.emit('resize');
    }
  };
  WriteStream.prototype.getWindowSize = function getWindowSize() {
    return windowSize(this.fd) ?? [this.columns, this.rows];
  };
  WriteStream.prototype.getColorDepth = function getColorDepth(env = process.env) {
    return require('internal/console/color').colorDepth(env);
  };
  WriteStream.prototype.hasColors = function hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    } else {
      require('internal/validators').validateInteger(count, 'count', 2);
    }
    return count <= 2 ** this.getColorDepth(env);
  };
  // The cursor helpers are readline's, as in Node (same checks, same
  // escape sequences).
  WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
    return require('internal/readline/callbacks').cursorTo(this, x, y, cb);
  };
  WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
    return require('internal/readline/callbacks').moveCursor(this, dx, dy, cb);
  };
  WriteStream.prototype.clearLine = function clearLine(dir, cb) {
    return require('internal/readline/callbacks').clearLine(this, dir, cb);
  };
  WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
    return require('internal/readline/callbacks').clearScreenDown(this, cb);
  };

  classes = { SyncWriteStream, Socket, WriteStream };
  return classes;
}

// [columns, rows] of the terminal on fd, or undefined when it has none.
function windowSize(fd) {
  const out = [0, 0];
  if (internalBinding('tty').getWindowSize(fd, out) !== 0) return undefined;
  return out;
}

function createWritableStdioStream(fd) {
  const { SyncWriteStream, Socket, WriteStream } = stdioClasses();
  let stream;
  switch (internalBinding('process').guessHandleType(fd)) {
    case 'TTY':
      stream = new WriteStream(fd);
      break;
    case 'FILE':
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP':
      stream = new Socket({});
      stream._type = 'pipe';
      break;
    default:
      // Nothing to write to (a closed descriptor): a sink, as Node's.
      stream = new Writable({ write(chunk, encoding, cb) { cb(); } });
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

// process.stdout / process.stderr (fd 1 / fd 2).
function makeWriter(fd) {
  return createWritableStdioStream(fd);
}

// process.stdin, of the kind fd 0 is: a tty.ReadStream for a terminal, a
// net.Socket for a pipe or socket, an fs.ReadStream for a file, an empty
// stream when there is none. It is paused until read: the handle does not
// read (nor keep the process alive) before a 'data' or 'readable'
// listener, resume() or a pipe asks, and stops again on pause().
function makeReader() {
  const fd = 0;
  let stdin;
  // A child whose IPC channel is its fd 0 (stdio ['ipc', ...]): stdin is a
  // socket over the channel's own handle, as in Node; the channel keeps
  // reading its messages.
  const channel = process.channel;
  if (channel && channel.fd === fd) {
    const handle = require('internal/child_process/channel').channelHandle(channel);
    const onread = handle.onread;
    stdin = new (require('net').Socket)({ handle, readable: true, writable: false, manualStart: true });
    handle.onread = onread;
    stdin._writableState.ended = true;
    stdin.fd = fd;
    return stdin;
  }
  switch (internalBinding('process').guessHandleType(fd)) {
    case 'TTY':
      stdin = new (require('tty').ReadStream)(fd);
      break;
    case 'FILE':
      stdin = new (require('internal/fs/streams').ReadStream)(null, { fd, autoClose: false });
      break;
    case 'PIPE':
    case 'TCP':
      stdin = new (require('net').Socket)({ fd, readable: true, writable: false, manualStart: true });
      // A socket that cannot be written is not asked to end its writing
      // side when its reading side ends.
      stdin._writableState.ended = true;
      break;
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }
  stdin.fd = fd;
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  stdin.on('pause', () => process.nextTick(() => {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }));
  return stdin;
}

module.exports = { makeWriter, makeReader, createWritableStdioStream, classes: stdioClasses };
