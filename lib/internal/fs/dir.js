'use strict';
// fs.Dir: a directory opened with opendir, read a few entries at a time
// (bufferSize per call into libuv) and handed out one Dirent at a time.
//
// As in Node, asynchronous operations run one after another: a read or
// close issued while one is in flight waits in a queue, and a synchronous
// call meanwhile fails with ERR_DIR_CONCURRENT_OPERATION. With `recursive`,
// each directory entry handed out opens that directory too, and once the
// current buffer is used up, reading continues in the first of those.

const binding = internalBinding('fs');
const { strerror } = internalBinding('uv');
const {
  codes: {
    ERR_INVALID_THIS,
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
  uvException,
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  afterIssue,
  entriesFromBinding,
  getDirentsSync,
  getOptions,
  getValidatedPath,
  pathToString,
  wantsBytes,
} = require('internal/fs/utils');

const PromiseCtor = Promise;
const PromiseReject = Promise.reject.bind(Promise);
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolAsyncDispose = Symbol.asyncDispose;
const SymbolDispose = Symbol.dispose;

const kDefaultBufferSize = 32;
// Entries libuv reads per call at most: a larger bufferSize (valid in
// Node, up to 2 ** 32 - 1) is served in several calls, which no caller
// can tell apart.
const kMaxBufferSize = 4096;

let pathModule;
function lazyPath() {
  return pathModule ??= require('path');
}

class Dir {
  #handle;
  #path;
  #entries = [];
  #closed = false;
  #options;
  #queue = null; // operations waiting for the one in flight, or null when idle
  #subdirs = []; // { handle, path } opened for `recursive`

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#options = { bufferSize: kDefaultBufferSize, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
  }

  get path() {
    if (!(#path in this)) throw new ERR_INVALID_THIS('Dir');
    return this.#path;
  }

  #bytes() {
    return wantsBytes(this.#options.encoding);
  }

  // The handle reads go to: the first queued subdirectory, else our own.
  #current() {
    return this.#subdirs.length > 0 ? this.#subdirs[0] : { handle: this.#handle, path: this.#path };
  }

  #buffer(path, result) {
    const [names, types] = entriesFromBinding(result);
    const dirents = getDirentsSync(path, names, types, this.#options.encoding);
    for (let i = 0; i < dirents.length; i++) this.#entries[this.#entries.length] = dirents[i];
  }

  // The next buffered entry; for `recursive`, a directory is opened and
  // queued as it is handed out.
  #take() {
    const dirent = this.#entries.shift();
    if (this.#options.recursive && dirent.isDirectory()) {
      const path = lazyPath().join(pathToString(dirent.parentPath), pathToString(dirent.name));
      const handle = binding.opendir(path, this.#options.bufferSize, undefined);
      this.#subdirs[this.#subdirs.length] = { handle, path };
    }
    return dirent;
  }

  #runQueue() {
    const queue = this.#queue;
    this.#queue = null;
    for (let i = 0; i < queue.length; i++) queue[i]();
  }

  #read(callback) {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) {
      this.#queue[this.#queue.length] = () => this.#read(callback);
      return;
    }
    if (this.#entries.length > 0) {
      let dirent;
      try {
        dirent = this.#take();
      } catch (err) {
        process.nextTick(callback, err);
        return;
      }
      process.nextTick(callback, null, dirent);
      return;
    }
    const current = this.#current();
    const req = {
      oncomplete: (err, result) => {
        process.nextTick(() => this.#runQueue());
        if (err) {
          callback(err);
          return;
        }
        if (result === null) {
          if (this.#subdirs.length > 0) {
            // This subdirectory is done: on to the next, or our own.
            this.#subdirs.shift();
            try {
              binding.dirClose(current.handle, undefined);
            } catch (closeErr) {
              callback(closeErr);
              return;
            }
            this.#queue ??= [];
            this.#queue.unshift(() => this.#read(callback));
            return;
          }
          callback(null, null);
          return;
        }
        let dirent;
        try {
          this.#buffer(current.path, result);
          dirent = this.#take();
        } catch (bufferErr) {
          callback(bufferErr);
          return;
        }
        callback(null, dirent);
      },
    };
    this.#queue = [];
    afterIssue(req, binding.dirRead(current.handle, this.#bytes(), req));
  }

  read(callback) {
    if (callback === undefined) {
      return new PromiseCtor((resolve, reject) => {
        this.#read((err, dirent) => {
          if (err) reject(err);
          else resolve(dirent);
        });
      });
    }
    validateFunction(callback, 'callback');
    this.#read(callback);
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    while (this.#entries.length === 0) {
      const current = this.#current();
      const result = binding.dirRead(current.handle, this.#bytes(), undefined);
      if (result !== null) {
        this.#buffer(current.path, result);
        break;
      }
      if (this.#subdirs.length === 0) return null;
      this.#subdirs.shift();
      binding.dirClose(current.handle, undefined);
    }
    return this.#take();
  }

  #closeSubdirs() {
    while (this.#subdirs.length > 0) binding.dirClose(this.#subdirs.shift().handle, undefined);
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return PromiseReject(new ERR_DIR_CLOSED());
      return new PromiseCtor((resolve, reject) => {
        this.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      });
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#queue !== null) {
      this.#queue[this.#queue.length] = () => this.close(callback);
      return;
    }
    this.#closed = true;
    try {
      this.#closeSubdirs();
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    const req = { oncomplete: callback };
    afterIssue(req, binding.dirClose(this.#handle, req));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    this.#closeSubdirs();
    binding.dirClose(this.#handle, undefined);
  }

  async* entries() {
    try {
      while (true) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [SymbolDispose]() {
    if (!this.#closed) this.closeSync();
  }

  async [SymbolAsyncDispose]() {
    if (!this.#closed) await this.close();
  }
}

Dir.prototype[SymbolAsyncIterator] = Dir.prototype.entries;

// The buffer size for the binding: the option when valid; otherwise the
// default, and the Dir constructor then reports the option (after the
// open, as in Node).
function bufferSizeOf(options) {
  const size = options?.bufferSize;
  if (typeof size !== 'number' || !(size >= 1)) return kDefaultBufferSize;
  return size > kMaxBufferSize ? kMaxBufferSize : size | 0;
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const req = {
    oncomplete(err, handle) {
      if (err) {
        callback(err);
        return;
      }
      let dir;
      try {
        dir = new Dir(handle, path, options);
      } catch (ctorErr) {
        binding.dirClose(handle, undefined);
        callback(ctorErr);
        return;
      }
      callback(null, dir);
    },
  };
  afterIssue(req, binding.opendir(path, bufferSizeOf(options), req));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  let handle;
  try {
    handle = binding.opendir(path, bufferSizeOf(options), undefined);
  } catch (err) {
    // Node's synchronous opendir names no path in its error.
    if (err?.syscall === 'opendir' && typeof err.errno === 'number') {
      throw uvException({ code: err.code, errno: err.errno, syscall: 'opendir', description: strerror(err.errno) });
    }
    throw err;
  }
  try {
    return new Dir(handle, path, options);
  } catch (err) {
    binding.dirClose(handle, undefined);
    throw err;
  }
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
};
