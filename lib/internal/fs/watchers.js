'use strict';
// fs.watch (FSWatcher, over libuv's inotify-based uv_fs_event), its promise
// form fs.promises.watch, and fs.watchFile / fs.unwatchFile (StatWatcher,
// over uv_fs_poll, which stats the file every `interval` ms and reports a
// change of any field).
//
// libuv does not watch a tree on Linux; `recursive` is built here, as Node
// builds it: one watcher per directory, with new subdirectories added as
// they appear and names reported relative to the watched directory.

const binding = internalBinding('fs');
const { strerror } = internalBinding('uv');
const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
  },
  AbortError,
  uvException,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateUint32,
  validateOneOf,
} = require('internal/validators');
const {
  assertEncoding,
  copyObject,
  encodeName,
  entriesFromBinding,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  pathToString,
  validateAbortSignal,
  wantsBytes,
} = require('internal/fs/utils');

const { Buffer } = require('buffer');
const kOwner = require('internal/owner_symbol');

const BufferFrom = Buffer.from;
const PromiseCtor = Promise;
const SafeMap = Map;

const kStart = Symbol('kFSWatchStart');
const kAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');

let pathModule;
function lazyPath() {
  return pathModule ??= require('path');
}

function watchError(errno, filename) {
  const error = uvException({
    errno,
    code: internalBinding('uv').errname(errno),
    syscall: 'watch',
    path: pathToString(filename),
    description: strerror(errno),
  });
  error.filename = pathToString(filename);
  return error;
}

// A started native watcher, or the system error (with .filename) thrown.
function startNative(path, encoding, onchange) {
  let handle;
  try {
    handle = binding.watch(path, wantsBytes(encoding));
  } catch (err) {
    if (typeof err?.errno === 'number') throw watchError(err.errno, path);
    throw err;
  }
  handle.onchange = onchange;
  return handle;
}

// ---- FSWatcher ------------------------------------------------------------------

class FSWatcher extends EventEmitter {
  #handles = new SafeMap(); // directory (relative to the root, '' for it) -> native handle
  #closed = false;
  #refed = true;
  #root = null;
  #encoding;
  #recursive = false;

  // Starts watching; throws the system error (ENOENT, ...) with .filename.
  [kStart](filename, persistent, recursive, encoding) {
    if (this.#root !== null || this.#closed) return;
    this.#root = filename;
    this.#encoding = encoding;
    this.#recursive = recursive;
    this.#refed = persistent;
    this.#watchDir('', filename);
    if (recursive) this.#watchTree('', pathToString(filename));
  }

  #watchDir(rel, path) {
    const handle = startNative(path, this.#recursive ? 'utf8' : this.#encoding,
      (status, eventType, name) => this.#onchange(rel, status, eventType, name));
    handle[kOwner] = this;
    if (!this.#refed) binding.watchRef(handle, false);
    this.#handles.set(rel, handle);
  }

  // Every directory below dir gets its own watcher. With `found`, each
  // entry met is passed to it: the contents of a directory that appeared
  // while watched, which may have been filled before its watcher started.
  #watchTree(rel, dir, found) {
    let entries;
    try {
      entries = entriesFromBinding(binding.readdir(dir, true, false, undefined));
    } catch {
      return;
    }
    const [names, types] = entries;
    for (let i = 0; i < names.length; i++) {
      const childRel = rel === '' ? names[i] : lazyPath().join(rel, names[i]);
      if (found !== undefined) found(childRel);
      if (types[i] !== 2 /* UV_DIRENT_DIR */) continue;
      const child = lazyPath().join(dir, names[i]);
      if (this.#handles.has(childRel)) continue;
      try {
        this.#watchDir(childRel, child);
      } catch {
        continue;
      }
      this.#watchTree(childRel, child, found);
    }
  }

  #onchange(rel, status, eventType, name) {
    if (this.#closed) return;
    if (status < 0) {
      const error = watchError(status, name ?? this.#root);
      this.close();
      this.emit('error', error);
      return;
    }
    if (!this.#recursive) {
      this.emit('change', eventType, name === null ? null : encodeName(name, this.#encoding));
      return;
    }
    const relName = name === null ? rel : (rel === '' ? name : lazyPath().join(rel, name));
    this.#emitChange(eventType, relName);
    if (this.#closed) return; // by a listener
    if (eventType === 'rename' && name !== null) {
      const full = lazyPath().join(pathToString(this.#root), relName);
      if (binding.internalModuleStat(full) === 1 && !this.#handles.has(relName)) {
        try {
          this.#watchDir(relName, full);
        } catch {
          return; // Gone again already.
        }
        // What the new directory already holds is reported as Node does:
        // a 'rename' for each entry, depth first.
        this.#watchTree(relName, full, (entry) => this.#emitChange('rename', entry));
      }
    }
  }

  #emitChange(eventType, relName) {
    if (this.#closed) return;
    this.emit('change', eventType,
      wantsBytes(this.#encoding) ? encodeName(BufferFrom(relName), this.#encoding) : relName);
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#handles.values()) binding.watchClose(handle);
    this.#handles.clear();
    process.nextTick(emitClose, this);
  }

  ref() {
    this.#refed = true;
    for (const handle of this.#handles.values()) binding.watchRef(handle, true);
    return this;
  }

  unref() {
    this.#refed = false;
    for (const handle of this.#handles.values()) binding.watchRef(handle, false);
    return this;
  }
}

function emitClose(watcher) {
  watcher.emit('close');
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = copyObject(getOptions(options));
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  const path = getValidatedPath(filename);
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  const watcher = new FSWatcher();
  watcher[kStart](path, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async iterator of { eventType, filename }; its
// arguments are checked on the first next(), as in Node. Events
// that arrive before they are asked for wait in a queue of at most
// maxQueue, past which they are dropped ('ignore') or end the iteration
// with an error ('throw').
async function* watchAsync(filename, options = { __proto__: null }) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
    maxQueue = 2048,
    overflow = 'ignore',
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  validateAbortSignal(signal, 'options.signal');
  if (encoding && encoding !== 'buffer') {
    try {
      assertEncoding(encoding);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
    }
  }
  yield* watchGenerator(path, persistent, recursive, encoding, signal, maxQueue, overflow);
}

async function* watchGenerator(path, persistent, recursive, encoding, signal, maxQueue, overflow) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const queue = [];
  let failure = null;
  let wake = null;
  const notify = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const watcher = new FSWatcher();
  const onAbort = () => {
    failure ??= new AbortError(undefined, { cause: signal?.reason });
    watcher.close();
    notify();
  };
  try {
    signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });
    watcher.on('change', (eventType, filename) => {
      if (queue.length >= maxQueue) {
        if (overflow === 'error') {
          failure ??= new AbortError(`maxQueue exceeded`);
          watcher.close();
        }
      } else {
        queue[queue.length] = { __proto__: null, eventType, filename };
      }
      notify();
    });
    watcher.on('error', (err) => {
      failure ??= err;
      notify();
    });
    watcher[kStart](path, persistent, recursive, encoding);
    while (true) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure !== null) throw failure;
      await new PromiseCtor((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

// ---- StatWatcher ------------------------------------------------------------------

class StatWatcher extends EventEmitter {
  #handle = null;
  #oldStatus = -1;
  #bigint;
  #refCount = 1;
  #maxRefCount = 1;

  constructor(bigint) {
    super();
    this.#bigint = Boolean(bigint);
  }

  [kStart](filename, persistent, interval) {
    if (this.#handle !== null) return;
    validateUint32(interval, 'interval');
    let handle;
    try {
      handle = binding.watchFile(filename, interval, this.#bigint);
    } catch (err) {
      if (typeof err?.errno === 'number') throw watchError(err.errno, filename);
      throw err;
    }
    handle.onchange = (status, curr, prev) => this.#onchange(status, curr, prev);
    handle[kOwner] = this;
    if (!persistent) binding.watchRef(handle, false);
    this.#handle = handle;
  }

  // libuv reports a missing file once per error; Node skips a repeated -1
  // whose link count did not change.
  #onchange(status, curr, prev) {
    if (this.#oldStatus === -1 && status === -1 && curr[2] === prev[2]) return;
    this.#oldStatus = status;
    this.emit('change', getStatsFromBinding(curr), getStatsFromBinding(prev));
  }

  stop() {
    if (this.#handle === null) return;
    binding.watchClose(this.#handle);
    this.#handle = null;
    process.nextTick(emitStop, this);
  }

  ref() {
    if (this.#refCount > 0) return this;
    if (this.#handle !== null && this.#refCount++ === 0) binding.watchRef(this.#handle, true);
    return this;
  }

  unref() {
    if (this.#refCount === 0) return this;
    if (this.#handle !== null && --this.#refCount === 0) binding.watchRef(this.#handle, false);
    return this;
  }

  // watchFile's bookkeeping of how many listeners share this watcher.
  [kAddOrCleanRef](operation) {
    if (operation === 'add') {
      this.#refCount++;
      this.#maxRefCount++;
    } else if (operation === 'clean') {
      this.#maxRefCount--;
      this.unref();
    } else {
      this.#maxRefCount = 0;
      this.#refCount = 0;
      if (this.#handle !== null) binding.watchRef(this.#handle, false);
    }
  }
}

function emitStop(watcher) {
  watcher.emit('stop');
}

const statWatchers = new SafeMap();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = lazyPath().resolve(pathToString(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = lazyPath().resolve(pathToString(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  watch,
  watchAsync,
  watchFile,
  unwatchFile,
};
