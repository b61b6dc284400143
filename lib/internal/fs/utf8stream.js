'use strict';
// fs.Utf8Stream: Node 24's fast writer for logs (the SonicBoom design).
// Writes are gathered into chunks of at most maxWrite bytes and written
// one chunk at a time, with fs.write or, with `sync`, fs.writeSync; below
// minLength nothing is written until flush() or end(). EAGAIN and EBUSY
// are retried after 100 ms when retryEAGAIN says so. Events: 'ready' (the
// file is open), 'write' (bytes written), 'drain', 'drop' (data refused past
// maxLength), 'error', 'finish', 'close'.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const fs = require('fs');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

const kBusyRetryMs = 100;
// 16 KiB: what Docker's log copier reads at once.
const kMaxWrite = 16 * 1024;
const kEmptyBuffer = Buffer.allocUnsafe(0);

// Blocks the thread for ms milliseconds (a retry in sync mode, which
// should not need one). The engine offers no SharedArrayBuffer to
// Atomics.wait on, so this spins.
function sleep(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

function destroyedError() {
  return new (codes().ERR_INVALID_STATE)('Utf8Stream is destroyed');
}

// Buffered strings in utf8 mode, Buffers in buffer mode: how many units
// (characters or bytes) of buf were written when n bytes went out.
function unitsWritten(buf, n) {
  if (typeof buf === 'string' && Buffer.byteLength(buf) !== n) {
    return Buffer.from(buf).subarray(0, n).toString().length;
  }
  return n;
}

class Utf8Stream extends EventEmitter {
  #fs;
  #bufs = [];
  #len = 0;
  #writingBuf;
  #writing = false;
  #ending = false;
  #reopening = false;
  #opening = false;
  #asyncDrainScheduled = false;
  #flushPending = false;
  #hwm;
  #periodicFlushTimer;
  #retryEAGAIN;
  #bufferMode;
  #fd = -1;
  #file = null;
  #minLength;
  #maxLength;
  #maxWrite;
  #periodicFlush;
  #sync;
  #fsync;
  #append;
  #mode;
  #mkdir;
  destroyed = false;
  writable = true;

  constructor(options = {}) {
    super();
    const { validateObject, validateBoolean, validateFunction, validateUint32 } = require('internal/validators');
    validateObject(options, 'options');
    let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir, retryEAGAIN, fsync,
          contentMode, mode } = options;
    if (minLength !== undefined) validateUint32(minLength, 'options.minLength');
    if (maxLength !== undefined) validateUint32(maxLength, 'options.maxLength');
    if (maxWrite !== undefined) validateUint32(maxWrite, 'options.maxWrite');
    if (periodicFlush !== undefined) validateUint32(periodicFlush, 'options.periodicFlush');
    if (sync !== undefined) validateBoolean(sync, 'options.sync');
    if (fsync !== undefined) validateBoolean(fsync, 'options.fsync');
    if (append !== undefined) validateBoolean(append, 'options.append');
    if (mkdir !== undefined) validateBoolean(mkdir, 'options.mkdir');
    if (retryEAGAIN !== undefined) validateFunction(retryEAGAIN, 'options.retryEAGAIN');
    if (options.fs !== undefined) validateObject(options.fs, 'options.fs');

    // A partial fs (for tests and instrumentation) falls back to node:fs.
    this.#fs = options.fs ? { ...fs, ...options.fs } : fs;
    this.#minLength = minLength || 0;
    this.#maxLength = maxLength || 0;
    this.#maxWrite = maxWrite || kMaxWrite;
    this.#periodicFlush = periodicFlush || 0;
    this.#sync = sync || false;
    this.#fsync = fsync || false;
    this.#append = append || false;
    this.#mode = mode;
    this.#mkdir = mkdir || false;
    this.#retryEAGAIN = retryEAGAIN || (() => true);
    this.#hwm = Math.max(this.#minLength, 16387);

    if (contentMode === 'buffer') {
      this.#bufferMode = true;
      this.#writingBuf = kEmptyBuffer;
    } else if (contentMode === undefined || contentMode === 'utf8') {
      this.#bufferMode = false;
      this.#writingBuf = '';
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.contentMode', contentMode, "must be 'utf8' or 'buffer'");
    }

    if (this.#minLength >= this.#maxWrite) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.minLength', minLength,
        `must be smaller than maxWrite (${this.#maxWrite})`);
    }

    fd = fd ?? dest;
    if (typeof fd === 'number') {
      this.#fd = fd;
      process.nextTick(() => this.emit('ready'));
    } else if (typeof fd === 'string') {
      this.#openFile(fd);
    } else {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.fd', ['number', 'string'], fd);
    }

    // A 'drain' listener added after a sync write still gets the event.
    this.on('newListener', (name) => {
      if (name === 'drain') this.#asyncDrainScheduled = false;
    });

    if (this.#periodicFlush !== 0) {
      this.#periodicFlushTimer = setInterval(() => this.flush(null), this.#periodicFlush);
      this.#periodicFlushTimer.unref();
    }
  }

  get fd() { return this.#fd; }
  get file() { return this.#file; }
  get minLength() { return this.#minLength; }
  get maxLength() { return this.#maxLength; }
  get maxWrite() { return this.#maxWrite; }
  get periodicFlush() { return this.#periodicFlush; }
  get sync() { return this.#sync; }
  get fsync() { return this.#fsync; }
  get append() { return this.#append; }
  get mode() { return this.#mode; }
  get mkdir() { return this.#mkdir; }
  get contentMode() { return this.#bufferMode ? 'buffer' : 'utf8'; }
  get writing() { return this.#writing; }

  // Returns whether more may be written before 'drain'.
  write(data) {
    if (this.destroyed) throw destroyedError();
    if (this.#bufferMode) {
      if (!Buffer.isBuffer(data)) data = Buffer.from(data);
    } else if (typeof data !== 'string') {
      data = `${data}`;
    }
    const len = this.#len + data.length;
    const bufs = this.#bufs;
    if (this.#maxLength && len > this.#maxLength) {
      this.emit('drop', data);
      return this.#len < this.#hwm;
    }
    const last = bufs.length - 1;
    if (last < 0 || bufs[last].length + data.length > this.#maxWrite) {
      bufs.push(data);
    } else if (this.#bufferMode) {
      bufs[last] = Buffer.concat([bufs[last], data]);
    } else {
      bufs[last] += data;
    }
    this.#len = len;
    if (!this.#writing && this.#len >= this.#minLength) this.#actualWrite();
    return this.#len < this.#hwm;
  }

  // Writes what is buffered; cb(err) after it is on disk (fsync).
  flush(cb) {
    if (cb != null && typeof cb !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('cb', 'Function', cb);
    if (this.destroyed) {
      if (cb) {
        cb(destroyedError());
        return;
      }
      throw destroyedError();
    }
    if (this.#minLength <= 0) {
      cb?.();
      return;
    }
    if (cb) this.#callOnDrain(cb);
    if (this.#writing) return;
    if (this.#bufs.length === 0) this.#bufs.push(this.#bufferMode ? kEmptyBuffer : '');
    this.#actualWrite();
  }

  #callOnDrain(cb) {
    this.#flushPending = true;
    const onDrain = () => {
      this.off('error', onError);
      if (this.#fsync) {
        // Already synced after the write.
        this.#flushPending = false;
        cb();
        return;
      }
      try {
        this.#fs.fsync(this.#fd, (err) => {
          this.#flushPending = false;
          cb(err);
        });
      } catch (err) {
        cb(err);
      }
    };
    const onError = (err) => {
      this.#flushPending = false;
      this.off('drain', onDrain);
      cb(err);
    };
    this.once('drain', onDrain);
    this.once('error', onError);
  }

  // Writes everything buffered now, synchronously, and fsyncs.
  flushSync() {
    if (this.destroyed) throw destroyedError();
    if (this.#fd < 0) throw new (codes().ERR_INVALID_STATE)('Utf8Stream is not ready yet');
    const empty = this.#bufferMode ? kEmptyBuffer : '';
    if (!this.#writing && this.#writingBuf.length > 0) {
      this.#bufs.unshift(this.#writingBuf);
      this.#writingBuf = empty;
    }
    let buf = empty;
    while (this.#bufs.length || buf.length) {
      if (buf.length <= 0) buf = this.#bufs[0];
      try {
        const n = this.#bufferMode ? this.#fs.writeSync(this.#fd, buf) : this.#fs.writeSync(this.#fd, buf, 'utf8');
        const units = unitsWritten(buf, n);
        this.#len = Math.max(this.#len - units, 0);
        buf = buf.slice(units);
        if (buf.length <= 0) this.#bufs.shift();
      } catch (err) {
        const busy = err.code === 'EAGAIN' || err.code === 'EBUSY';
        if (!busy || !this.#retryEAGAIN(err, buf.length, this.#len - buf.length)) throw err;
        sleep(kBusyRetryMs);
      }
    }
    try {
      this.#fs.fsyncSync(this.#fd);
    } catch {
      // Not every descriptor can be synced (pipes, terminals).
    }
  }

  // Opens the file again (after log rotation); writes continue there.
  reopen(file) {
    if (this.destroyed) throw destroyedError();
    if (this.#opening) {
      this.once('ready', () => this.reopen(file));
      return;
    }
    if (this.#ending) return;
    if (!this.#file) {
      throw new (codes().ERR_INVALID_STATE)('Unable to reopen a file descriptor, you must pass a file to Utf8Stream');
    }
    if (file) this.#file = file;
    this.#reopening = true;
    if (this.#writing) return;
    const fd = this.#fd;
    this.once('ready', () => {
      if (fd !== this.#fd) {
        this.#fs.close(fd, (err) => {
          if (err) this.emit('error', err);
        });
      }
    });
    this.#openFile(this.#file);
  }

  end() {
    if (this.destroyed) throw destroyedError();
    if (this.#opening) {
      this.once('ready', () => this.end());
      return;
    }
    if (this.#ending) return;
    this.#ending = true;
    if (this.#writing) return;
    if (this.#len > 0 && this.#fd >= 0) this.#actualWrite();
    else this.#actualClose();
  }

  destroy() {
    if (this.destroyed) return;
    this.#actualClose();
  }

  [Symbol.dispose]() {
    this.destroy();
  }

  #openFile(file) {
    this.#opening = true;
    this.#writing = true;
    this.#asyncDrainScheduled = false;
    const flags = this.#append ? 'a' : 'w';
    const opened = (err, fd) => this.#fileOpened(file, err, fd);
    if (this.#sync) {
      try {
        if (this.#mkdir) this.#fs.mkdirSync(require('path').dirname(file), { recursive: true });
        opened(null, this.#fs.openSync(file, flags, this.#mode));
      } catch (err) {
        opened(err);
        throw err;
      }
    } else if (this.#mkdir) {
      this.#fs.mkdir(require('path').dirname(file), { recursive: true }, (err) => {
        if (err) opened(err);
        else this.#fs.open(file, flags, this.#mode, opened);
      });
    } else {
      this.#fs.open(file, flags, this.#mode, opened);
    }
  }

  #fileOpened(file, err, fd) {
    if (err) {
      this.#reopening = false;
      this.#writing = false;
      this.#opening = false;
      if (this.#sync) {
        // The constructor throws; a listener added since hears it too.
        process.nextTick(() => {
          if (this.listenerCount('error') > 0) this.emit('error', err);
        });
      } else {
        this.emit('error', err);
      }
      return;
    }
    const reopening = this.#reopening;
    this.#fd = fd;
    this.#file = file;
    this.#reopening = false;
    this.#opening = false;
    this.#writing = false;
    if (this.#sync) process.nextTick(() => this.emit('ready'));
    else this.emit('ready');
    if (this.destroyed) return;
    if ((!this.#writing && this.#len > this.#minLength) || this.#flushPending) {
      this.#actualWrite();
    } else if (reopening) {
      process.nextTick(() => this.emit('drain'));
    }
  }

  #actualWrite() {
    this.#writing = true;
    if (!this.#writingBuf.length) this.#writingBuf = this.#bufs.shift() || (this.#bufferMode ? kEmptyBuffer : '');
    if (this.#sync) {
      let written;
      try {
        written = this.#writeSync();
      } catch (err) {
        this.#release(err);
        return;
      }
      this.#release(null, written);
    } else {
      this.#writeAsync();
    }
  }

  #writeSync() {
    return this.#bufferMode ? this.#fs.writeSync(this.#fd, this.#writingBuf) :
      this.#fs.writeSync(this.#fd, this.#writingBuf, 'utf8');
  }

  #writeAsync() {
    const cb = (err, n) => this.#release(err, n);
    if (this.#bufferMode) this.#fs.write(this.#fd, this.#writingBuf, cb);
    else this.#fs.write(this.#fd, this.#writingBuf, 'utf8', cb);
  }

  #consume(n) {
    const units = unitsWritten(this.#writingBuf, n);
    this.#len = Math.max(this.#len - units, 0);
    this.#writingBuf = this.#writingBuf.slice(units);
  }

  // The end of one write: retry, continue with what is left, or settle.
  #release(err, n) {
    if (err) {
      const busy = err.code === 'EAGAIN' || err.code === 'EBUSY';
      if (busy && this.#retryEAGAIN(err, this.#writingBuf.length, this.#len - this.#writingBuf.length)) {
        if (this.#sync) {
          // Sync writes should not see EAGAIN, but a non-blocking fd gives it.
          try {
            sleep(kBusyRetryMs);
            this.#release(undefined, 0);
          } catch (e) {
            this.#release(e);
          }
        } else {
          setTimeout(() => this.#writeAsync(), kBusyRetryMs);
        }
      } else {
        this.#writing = false;
        this.emit('error', err);
      }
      return;
    }

    this.emit('write', n);
    this.#consume(n);
    if (this.#writingBuf.length) {
      if (!this.#sync) {
        this.#writeAsync();
        return;
      }
      try {
        do {
          this.#consume(this.#writeSync());
        } while (this.#writingBuf.length);
      } catch (e) {
        this.#release(e);
        return;
      }
    }

    if (this.#fsync) this.#fs.fsyncSync(this.#fd);

    const len = this.#len;
    if (this.#reopening) {
      this.#writing = false;
      this.#reopening = false;
      this.reopen();
    } else if (len > this.#minLength) {
      this.#actualWrite();
    } else if (this.#ending) {
      if (len > 0) {
        this.#actualWrite();
      } else {
        this.#writing = false;
        this.#actualClose();
      }
    } else {
      this.#writing = false;
      if (this.#sync) {
        if (!this.#asyncDrainScheduled) {
          this.#asyncDrainScheduled = true;
          process.nextTick(() => {
            if (this.listenerCount('drain') === 0) return;
            this.#asyncDrainScheduled = false;
            this.emit('drain');
          });
        }
      } else {
        this.emit('drain');
      }
    }
  }

  #actualClose() {
    if (this.#fd === -1) {
      this.once('ready', () => this.#actualClose());
      return;
    }
    if (this.#periodicFlushTimer !== undefined) clearInterval(this.#periodicFlushTimer);
    this.destroyed = true;
    this.#bufs = [];
    const done = (err) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      if (this.#ending && !this.#writing) this.emit('finish');
      this.emit('close');
    };
    const closeFd = () => {
      // Errors from fsync are ignored: a pipe cannot be synced.
      if (this.#fd !== 1 && this.#fd !== 2) this.#fs.close(this.#fd, done);
      else done();
    };
    try {
      this.#fs.fsync(this.#fd, closeFd);
    } catch {
      // A custom fs without fsync: the descriptor stays open, as in Node.
    }
  }
}

module.exports = { Utf8Stream };
