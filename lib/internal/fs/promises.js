'use strict';
// node:fs/promises: FileHandle and the promise API. Path operations reuse
// lib/fs.js's callback functions (same checks, same binding calls) behind a
// promise; a check that fails rejects, as an async function does in Node.
// FileHandle methods call the binding on the handle's fd, counting the
// operations in flight so that close() waits for them.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { decode, normalizeEncoding } = require('internal/buffer');
const {
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  constants,
  kEmptyObject,
  asBuffer,
  checkAborted,
  encodeName,
  entriesFromBinding,
  getDirentsSync,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  isArrayBufferView,
  parseFileMode,
  pathToString,
  positionForBinding,
  stringToFlags,
  toUint8,
  toUint8List,
  toUnixTimestamp,
  validateAbortSignal,
  validateBuffer,
  validateBufferArray,
  validateEncoding,
  validateId,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
  wantsBytes,
  requestKind,
} = require('internal/fs/utils');
const fs = require('fs');

// Builtins captured at load: the code below runs on user values.
const MathMax = Math.max;
const MathMin = Math.min;
const PromiseCtor = Promise;
const PromiseReject = Promise.reject.bind(Promise);
const PromiseResolve = Promise.resolve.bind(Promise);
const ReflectApply = Reflect.apply;
const SymbolAsyncDispose = Symbol.asyncDispose;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;
const ErrorCtor = Error;

// Node's chunk for writeFile on a handle with a signal: it checks the
// signal between chunks.
const kWriteFileMaxChunkSize = 512 * 1024;

// A binding call as a promise. The request holds `keep` (the buffers the
// call reads or writes) until it is done.
class FSReqPromise {
  constructor(keep) {
    this.keep = keep;
    this.promise = new PromiseCtor((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  oncomplete(err, value) {
    if (err) this.reject(err);
    else this.resolve(value);
  }

  // After the binding call: an error libuv raised at once is its return.
  issued(ret) {
    if (ret !== undefined) this.reject(ret);
    return this.promise;
  }
}

// fs.fn(...args, callback) as a promise of the callback's value.
function fromCallback(fn, args) {
  return new PromiseCtor((resolve, reject) => {
    requestKind.promise = true;
    try {
      ReflectApply(fn, undefined, [...args, (err, value) => {
        if (err) reject(err);
        else resolve(value);
      }]);
    } finally {
      requestKind.promise = false;
    }
  });
}

// ---- FileHandle -------------------------------------------------------------------

function fileClosedError(syscall) {
  const err = new ErrorCtor('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// A FileHandle that is garbage collected while open has its descriptor
// closed, with Node's warning and DEP0137 (Node does it from C++; the
// engine's FinalizationRegistry calls back from its run loop).
let collectRegistry;
let collectDeprecationWarned = false;
function closeOnCollect(handle, fd) {
  collectRegistry ??= new FinalizationRegistry((collectedFd) => {
    try {
      require('fs').closeSync(collectedFd);
    } catch {
      // Closed by other means already: nothing to report.
      return;
    }
    process.emitWarning(`Closing file descriptor ${collectedFd} on garbage collection`);
    if (!collectDeprecationWarned) {
      collectDeprecationWarned = true;
      process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
        'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
        'In the future, an error will be thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
    }
  });
  collectRegistry.register(handle, fd, handle);
}

class FileHandle extends EventEmitter {
  #fd;
  #refs = 1;
  #closePromise = null;
  #closeResolve = null;
  #closeReject = null;
  #locked = false; // by readableWebStream, for good

  constructor(fd) {
    super();
    this.#fd = fd;
    // An own property, as in Node, so it can be passed around unbound.
    this.close = () => this.#close();
    closeOnCollect(this, fd);
  }

  get fd() {
    return this.#fd;
  }

  getAsyncId() {
    return -1;
  }

  #close() {
    if (this.#fd === -1) return PromiseResolve();
    if (this.#closePromise) return this.#closePromise;
    this.#refs--;
    if (this.#refs === 0) {
      const fd = this.#fd;
      this.#fd = -1;
      collectRegistry?.unregister(this);
      const r = new FSReqPromise();
      this.#closePromise = r.issued(binding.close(fd, r)).finally(() => {
        this.#closePromise = null;
      });
    } else {
      this.#closePromise = new PromiseCtor((resolve, reject) => {
        this.#closeResolve = resolve;
        this.#closeReject = reject;
      }).finally(() => {
        this.#closePromise = null;
        this.#closeResolve = null;
        this.#closeReject = null;
      });
    }
    this.emit('close');
    return this.#closePromise;
  }

  // A method called on something other than a FileHandle rejects, as
  // Node's do.
  static #callOn(handle, syscall, op) {
    if (handle === null || typeof handle !== 'object' || !(#fd in handle))
      return PromiseReject(new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle'));
    return handle.#call(syscall, op);
  }

  // Runs op(fd) with the handle counted as busy, so close() waits for it.
  async #call(syscall, op) {
    if (this.#fd === -1) throw fileClosedError(syscall);
    this.#refs++;
    try {
      return await op(this.#fd);
    } finally {
      if (--this.#refs === 0) {
        const fd = this.#fd;
        this.#fd = -1;
        collectRegistry?.unregister(this);
        const r = new FSReqPromise();
        r.issued(binding.close(fd, r)).then(this.#closeResolve, this.#closeReject);
      }
    }
  }

  appendFile(data, options) {
    return FileHandle.#callOn(this, 'writeFile', (fd) => writeFileHandle(fd, data, options, true));
  }

  chmod(mode) {
    return FileHandle.#callOn(this, 'fchmod', (fd) => {
      mode = parseFileMode(mode, 'mode');
      const r = new FSReqPromise();
      return r.issued(binding.fchmod(fd, mode, r));
    });
  }

  chown(uid, gid) {
    return FileHandle.#callOn(this, 'fchown', (fd) => {
      validateId(uid, 'uid');
      validateId(gid, 'gid');
      const r = new FSReqPromise();
      return r.issued(binding.fchown(fd, uid, gid, r));
    });
  }

  datasync() {
    return FileHandle.#callOn(this, 'fdatasync', (fd) => {
      const r = new FSReqPromise();
      return r.issued(binding.fdatasync(fd, r));
    });
  }

  sync() {
    return FileHandle.#callOn(this, 'fsync', (fd) => {
      const r = new FSReqPromise();
      return r.issued(binding.fsync(fd, r));
    });
  }

  read(buffer, offset, length, position) {
    return FileHandle.#callOn(this, 'read', (fd) => readHandle(fd, buffer, offset, length, position));
  }

  readv(buffers, position) {
    return FileHandle.#callOn(this, 'readv', async (fd) => {
      validateBufferArray(buffers);
      if (typeof position !== 'number') position = null;
      const r = new FSReqPromise(buffers);
      const bytesRead = (await r.issued(binding.readv(fd, toUint8List(buffers), positionForBinding(position), r))) || 0;
      return { __proto__: null, bytesRead, buffers };
    });
  }

  readFile(options) {
    return FileHandle.#callOn(this, 'readFile', (fd) => readFileFd(fd, options));
  }

  readLines(options = undefined) {
    // Node's internal Interface: neither readline's nor readline/promises'
    // (it has no question()).
    const { Interface } = require('internal/readline/interface');
    return new Interface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return FileHandle.#callOn(this, 'fstat', async (fd) => {
      const r = new FSReqPromise();
      return getStatsFromBinding(await r.issued(binding.fstat(fd, options?.bigint, r)));
    });
  }

  truncate(len = 0) {
    return FileHandle.#callOn(this, 'ftruncate', (fd) => {
      validateInteger(len, 'len');
      const r = new FSReqPromise();
      return r.issued(binding.ftruncate(fd, MathMax(0, len), r));
    });
  }

  utimes(atime, mtime) {
    return FileHandle.#callOn(this, 'futimes', (fd) => {
      atime = toUnixTimestamp(atime, 'atime');
      mtime = toUnixTimestamp(mtime, 'mtime');
      const r = new FSReqPromise();
      return r.issued(binding.futimes(fd, atime, mtime, r));
    });
  }

  write(buffer, offsetOrOptions, length, position) {
    return FileHandle.#callOn(this, 'write', (fd) => writeHandle(fd, buffer, offsetOrOptions, length, position));
  }

  writev(buffers, position) {
    return FileHandle.#callOn(this, 'writev', async (fd) => {
      validateBufferArray(buffers);
      if (typeof position !== 'number') position = null;
      if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
      const r = new FSReqPromise(buffers);
      const bytesWritten = (await r.issued(binding.writev(fd, toUint8List(buffers), positionForBinding(position), r))) || 0;
      return { __proto__: null, bytesWritten, buffers };
    });
  }

  writeFile(data, options) {
    return FileHandle.#callOn(this, 'writeFile', (fd) => writeFileHandle(fd, data, options, false));
  }

  // The file from its current position as a byte stream. As in Node, the
  // handle is locked from the call on (even if the options are then
  // refused), and closed at the end or on cancel only with autoClose.
  readableWebStream(options = kEmptyObject) {
    const { ERR_INVALID_STATE } = require('internal/errors').codes;
    if (this.#fd === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this.#closePromise) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this.#locked) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this.#locked = true;
    validateObject(options, 'options');
    const { type = 'bytes', autoClose = false } = options;
    validateBoolean(autoClose, 'options.autoClose');
    if (type !== 'bytes') {
      process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
        'ExperimentalWarning');
    }
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const handle = this;
    const done = () => (autoClose ? handle.close() : undefined);
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      async pull(controller) {
        const view = controller.byobRequest.view;
        const { bytesRead } = await handle.read(view, view.byteOffset, view.byteLength, null);
        if (bytesRead === 0) {
          controller.close();
          await done();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel() {
        return done();
      },
    });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [SymbolAsyncDispose]() {
    return this.close();
  }
}

async function readHandle(fd, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // read(options)
    if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', { nullable: true });
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    // read(buffer, options)
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0)
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  const r = new FSReqPromise(buffer);
  const bytesRead = (await r.issued(binding.read(fd, toUint8(buffer), offset, length, positionForBinding(position), r))) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function writeHandle(fd, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const r = new FSReqPromise(buffer);
    const bytesWritten =
      (await r.issued(binding.write(fd, toUint8(buffer), offset, length, positionForBinding(position), r))) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  // write(string[, position[, encoding]])
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, length || 'utf8');
  const r = new FSReqPromise(bytes);
  const bytesWritten =
    (await r.issued(binding.write(fd, bytes, 0, bytes.length, positionForBinding(offset), r))) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

function readFileResult(bytes, encoding) {
  if (typeof bytes === 'number') throw new ERR_FS_FILE_TOO_LARGE(bytes);
  if (!encoding || encoding === 'buffer') return asBuffer(bytes);
  return decode(bytes, 0, bytes.length, normalizeEncoding(encoding));
}

function throwIfAborted(signal) {
  const err = checkAborted(signal);
  if (err) throw err;
}

// The rest of the file from fd's position: one thread-pool job.
async function readFileFd(fd, options) {
  options = getOptions(options, { flag: 'r' });
  const signal = options.signal;
  throwIfAborted(signal);
  const r = new FSReqPromise();
  const bytes = await r.issued(binding.readFileBytes(fd, 0, r));
  throwIfAborted(signal);
  return readFileResult(bytes, options.encoding);
}

function isCustomIterable(data) {
  return data != null && typeof data !== 'string' && !isArrayBufferView(data) &&
    (typeof data[SymbolIterator] === 'function' || typeof data[SymbolAsyncIterator] === 'function');
}

// Writes all of data (a view) to fd, 512 KiB at a time, checking the
// signal before each write.
async function writeAllFd(fd, data, signal) {
  let offset = 0;
  let remaining = data.byteLength;
  const bytes = toUint8(data);
  while (remaining > 0) {
    throwIfAborted(signal);
    const n = MathMin(kWriteFileMaxChunkSize, remaining);
    const r = new FSReqPromise(bytes);
    const written = await r.issued(binding.write(fd, bytes, offset, n, -1, r));
    offset += written;
    remaining -= written;
  }
}

// writeFile and appendFile on an open descriptor: strings, views, and
// (sync or async) iterables of either.
async function writeFileHandle(fd, data, options, append) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: append ? 'a' : 'w' });
  const encoding = options.encoding || 'utf8';
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (isCustomIterable(data)) {
    throwIfAborted(signal);
    for await (const chunk of data) {
      throwIfAborted(signal);
      const buf = isArrayBufferView(chunk) ? chunk : Buffer.from(chunk, encoding);
      await writeAllFd(fd, buf, signal);
    }
    return;
  }
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, encoding);
  }
  throwIfAborted(signal);
  if (signal === undefined) {
    const bytes = toUint8(data);
    const r = new FSReqPromise(bytes);
    await r.issued(binding.writeFileBytes(fd, 0, 0, bytes, r));
    return;
  }
  await writeAllFd(fd, data, signal);
}

// ---- the promise API ------------------------------------------------------------------

async function access(path, mode = constants.F_OK) {
  return fromCallback(fs.access, [path, mode]);
}

async function copyFile(src, dest, mode) {
  return fromCallback(fs.copyFile, [src, dest, mode]);
}

async function cp(src, dest, options) {
  const cpMod = require('internal/fs/cp');
  options = cpMod.validateCpOptions(options);
  const { pathToString } = require('internal/fs/utils');
  src = pathToString(getValidatedPath(src, 'src'));
  dest = pathToString(getValidatedPath(dest, 'dest'));
  return cpMod.cpFn(src, dest, options);
}

async function* glob(pattern, options) {
  yield* require('internal/fs/glob').globIterator(pattern, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const r = new FSReqPromise();
  return new FileHandle(await r.issued(binding.open(path, flagsNumber, mode, r)));
}

async function opendir(path, options) {
  return fromCallback(fs.opendir, [path, options]);
}

async function rename(oldPath, newPath) {
  return fromCallback(fs.rename, [oldPath, newPath]);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  try {
    await fd.truncate(len);
  } finally {
    await fd.close();
  }
}

async function rm(path, options) {
  return fromCallback(fs.rm, [path, options]);
}

async function rmdir(path, options) {
  return fromCallback(fs.rmdir, [path, options]);
}

async function mkdir(path, options) {
  return fromCallback(fs.mkdir, [path, options]);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursive(path, options);
  return fromCallback(fs.readdir, [path, options]);
}

async function readdirOnce(path) {
  const r = new FSReqPromise();
  return entriesFromBinding(await r.issued(binding.readdir(path, true, false, r)));
}

// The promise form of recursive readdir goes depth first (the last
// directory found is read next), and follows links to directories only
// for names, as Node's does.
async function readdirRecursive(start, options) {
  const path = require('path');
  const withFileTypes = Boolean(options.withFileTypes);
  const base = pathToString(start);
  const result = [];
  const stack = [[base, await readdirOnce(base)]];
  while (stack.length > 0) {
    const [dir, entries] = stack.pop();
    if (withFileTypes) {
      const dirents = getDirentsSync(dir, entries[0], entries[1], undefined);
      for (let i = 0; i < dirents.length; i++) {
        result[result.length] = dirents[i];
        if (dirents[i].isDirectory()) {
          const sub = path.join(dir, dirents[i].name);
          stack[stack.length] = [sub, await readdirOnce(sub)];
        }
      }
    } else {
      const names = entries[0];
      for (let i = 0; i < names.length; i++) {
        const sub = path.join(dir, names[i]);
        result[result.length] = path.relative(base, sub);
        if (binding.internalModuleStat(sub) === 1) stack[stack.length] = [sub, await readdirOnce(sub)];
      }
    }
  }
  if (wantsBytes(options.encoding)) {
    for (let i = 0; i < result.length; i++) {
      if (withFileTypes) result[i].name = encodeName(Buffer.from(result[i].name), options.encoding);
      else result[i] = encodeName(Buffer.from(result[i]), options.encoding);
    }
  }
  return result;
}

async function readlink(path, options) {
  return fromCallback(fs.readlink, [path, options]);
}

async function symlink(target, path, type) {
  return fromCallback(fs.symlink, [target, path, type]);
}

async function lstat(path, options = { bigint: false }) {
  return fromCallback(fs.lstat, [path, options]);
}

async function stat(path, options = { bigint: false }) {
  return fromCallback(fs.stat, [path, options]);
}

async function statfs(path, options = { bigint: false }) {
  return fromCallback(fs.statfs, [path, options]);
}

async function link(existingPath, newPath) {
  return fromCallback(fs.link, [existingPath, newPath]);
}

async function unlink(path) {
  return fromCallback(fs.unlink, [path]);
}

async function chmod(path, mode) {
  return fromCallback(fs.chmod, [path, mode]);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  return fromCallback(fs.lchown, [path, uid, gid]);
}

async function chown(path, uid, gid) {
  return fromCallback(fs.chown, [path, uid, gid]);
}

async function utimes(path, atime, mtime) {
  return fromCallback(fs.utimes, [path, atime, mtime]);
}

async function lutimes(path, atime, mtime) {
  return fromCallback(fs.lutimes, [path, atime, mtime]);
}

// The promise API's realpath is the C library's, as in Node.
async function realpath(path, options) {
  return fromCallback(fs.realpath.native, [path, options]);
}

async function mkdtemp(prefix, options) {
  return fromCallback(fs.mkdtemp, [prefix, options]);
}

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  const full = require('path').resolve(process.cwd(), typeof path === 'string' ? path : path.toString());
  const remove = async () => {
    await rm(full, { force: true, recursive: true });
  };
  return {
    __proto__: null,
    path,
    remove,
    async [SymbolAsyncDispose]() {
      await remove();
    },
  };
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) return path.writeFile(data, options);
  throwIfAborted(options.signal);
  if (options.signal === undefined && !flush && isArrayBufferView(data)) {
    // One job: open, write, close.
    const target = getValidatedPath(path);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    const flags = stringToFlags(flag);
    const bytes = toUint8(data);
    const r = new FSReqPromise(bytes);
    return r.issued(binding.writeFileBytes(target, flags, mode, bytes, r));
  }
  const fh = await open(path, flag, options.mode);
  try {
    await fh.writeFile(data, options);
    if (flush) await fh.sync();
  } finally {
    await fh.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return path.readFile(options);
  const signal = options.signal;
  throwIfAborted(signal);
  const target = getValidatedPath(path);
  const flags = stringToFlags(flag);
  const r = new FSReqPromise();
  const bytes = await r.issued(binding.readFileBytes(target, flags, r));
  throwIfAborted(signal);
  return readFileResult(bytes, options.encoding);
}

function watch(filename, options = kEmptyObject) {
  return require('internal/fs/watchers').watchAsync(filename, options);
}

const exports_ = {
  access,
  copyFile,
  cp,
  glob,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  mkdtempDisposable,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

module.exports = {
  exports: exports_,
  FileHandle,
};
