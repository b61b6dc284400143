'use strict';
const PromiseResolve = Promise.resolve.bind(Promise);
// node:fs: the synchronous and callback APIs. Each function checks its
// arguments as Node does, then makes one call into internalBinding('fs'):
// synchronous when the last argument (`req`) is undefined, asynchronous
// with req.oncomplete(err, result) otherwise. Larger operations (recursive
// mkdir, rm, cp, readdir with recursive, realpath) are built here from
// those calls; readFile and writeFile are each one thread-pool job.
//
// fs.promises is lib/internal/fs/promises.js; fs.Dir, the watchers, cp and
// rm live in lib/internal/fs/ too, loaded on first use.

const binding = internalBinding('fs');
// The common synchronous calls as engine host functions, which the JIT
// calls for a tenth of a C API function's cost (src/binding/fs.c). Each
// answers undefined when the API function must make the call after all,
// or a negative code for a failure that binding.fastError describes.
// (binding.fast is made on first use: src/binding/fs.c, fs_make_fast.)
binding.fast ??= binding.makeFast();
const fast = binding.fast ?? {
  __proto__: null,
  stat() {}, lstat() {}, fstat() {}, access() {}, open() {}, close() {}, read() {}, write() {},
  readFile() {}, writeFile() {}, readdir() {},
};
const { kCustomPromisifyArgsSymbol } = require('internal/util/promisify');
const { Buffer } = require('buffer');
const { decode, normalizeEncoding } = require('internal/buffer');
const {
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
  uvException,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const {
  constants,
  kEmptyObject,
  afterIssue,
  asBuffer,
  bindingPath,
  validatedBindingPath,
  warnOnNonPortableTemplate,
  checkAborted,
  copyObject,
  Dirent,
  DirentFromStats,
  encodeName,
  encodeNames,
  entriesFromBinding,
  getDirents,
  getDirentsSync,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  isArrayBufferView,
  isFileType,
  isUserFd,
  makeCallback,
  parseFileMode,
  pathToString,
  positionForBinding,
  Stats,
  stringToFlags,
  stringToSymlinkType,
  toPathIfFileURL,
  toUint8,
  toUint8List,
  toUnixTimestamp,
  validateBuffer,
  validateBufferArray,
  validateEncoding,
  validateId,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateStringAfterArrayBufferView,
  wantsBytes,
  requestKind,
} = require('internal/fs/utils');

// Builtins captured at load: the code below runs on user values.
const MathMax = Math.max;
const NumberIsSafeInteger = Number.isSafeInteger;
const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const PromiseCtor = Promise;
const SetCtor = Set;
const ReflectApply = Reflect.apply;
const StringPrototypeIndexOf = String.prototype.indexOf;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeSplit = String.prototype.split;
const StringSlice = (s, ...args) => ReflectApply(StringPrototypeSlice, s, args);
const SymbolDispose = Symbol.dispose;
const AggregateErrorCtor = AggregateError;

const {
  F_OK,
  S_IFIFO,
  S_IFLNK,
  S_IFSOCK,
  UV_DIRENT_DIR,
  UV_DIRENT_LINK,
  UV_DIRENT_UNKNOWN,
} = constants;

let pathModule;
function lazyPath() {
  return pathModule ??= require('path');
}

function isInt32(value) {
  return value === (value | 0);
}

// Both errors when closing after a failure also failed, as Node reports it.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    const err = new AggregateErrorCtor([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

// The user's callback runs with this undefined, as in Node (the binding
// calls oncomplete on the request object), and with the arguments the
// binding gave: (err) alone when the operation has no result. The class
// has Node's name: process._getActiveRequests() lists these objects.
class FSReqCallback {
  constructor(callback) {
    this.callback = callback;
  }

  oncomplete(...args) {
    ReflectApply(this.callback, undefined, args);
  }
}

class FSReqPromise extends FSReqCallback {}

function req(callback) {
  return requestKind.promise ? new FSReqPromise(callback) : new FSReqCallback(callback);
}

// ---- access, exists ---------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, F_OK);
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.access(path, mode, r));
}

function accessSync(path, mode) {
  // The path is checked first, as in Node; nothing after it runs user code.
  const p = validatedBindingPath(path);
  mode = getValidMode(mode, F_OK);
  const r = fast.access(p, mode);
  if (r === undefined) binding.access(p, mode, undefined);
  else if (r < 0) throw binding.fastError(r, p);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressed(err) {
    callback(!err);
  }
  try {
    access(path, F_OK, suppressed);
  } catch {
    return callback(false);
  }
}
ObjectDefineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new PromiseCtor((resolve) => fs.exists(path, resolve));
  },
  writable: false, enumerable: false, configurable: true,
});

let existsSyncWarned = false;
function existsSync(path) {
  try {
    path = validatedBindingPath(path);
  } catch (err) {
    if (!existsSyncWarned && err?.code === 'ERR_INVALID_ARG_TYPE') {
      existsSyncWarned = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
        'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  const r = fast.access(path, F_OK);
  if (r !== undefined) return r === 0;
  return binding.access(path, F_OK, undefined, true) === undefined;
}

// ---- open, close ----------------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.open(path, flagsNumber, mode, r));
}

function openSync(path, flags, mode) {
  // The path is checked first, as in Node; nothing after it runs user code.
  const p = validatedBindingPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = fast.open(p, flagsNumber, mode);
  if (fd === undefined) return binding.open(p, flagsNumber, mode, undefined);
  if (fd < 0) throw binding.fastError(fd, p);
  return fd;
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.close(fd, r));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  const r = fast.close(fd);
  if (r === undefined) binding.close(fd, undefined);
  else if (r < 0) throw binding.fastError(r);
}

// ---- read, write ----------------------------------------------------------------------

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, buffer, callback) or read(fd, options, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== null) validateObject(params, 'options', { nullable: true });
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  // Node checks the position before it looks at the length.
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  if (length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  if (buffer.byteLength === 0)
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  const r = {
    buffer,
    oncomplete(err, bytesRead) {
      callback(err, bytesRead || 0, buffer);
    },
  };
  afterIssue(r, binding.read(fd, toUint8(buffer), offset, length, positionForBinding(position), r));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  if (length === 0) return 0;
  if (buffer.byteLength === 0)
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return readSyncBinding(fd, toUint8(buffer), offset, length, positionForBinding(position));
}

function readSyncBinding(fd, bytes, offset, length, position) {
  const n = fast.read(fd, bytes, offset, length, position);
  if (n === undefined) return binding.read(fd, bytes, offset, length, position, undefined);
  if (n < 0) throw binding.fastError(n);
  return n;
}

function writeSyncBinding(fd, bytes, offset, length, position) {
  const n = fast.write(fd, bytes, offset, length, position);
  if (n === undefined) return binding.write(fd, bytes, offset, length, position, undefined);
  if (n < 0) throw binding.fastError(n);
  return n;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  const r = {
    buffers,
    oncomplete(err, bytesRead) {
      callback(err, bytesRead || 0, buffers);
    },
  };
  afterIssue(r, binding.readv(fd, toUint8List(buffers), positionForBinding(position), r));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readv(fd, toUint8List(buffers), positionForBinding(position), undefined);
}

// The bytes of a string write: Node's writeString encodes, then writes.
function stringBytes(string, encoding) {
  return Buffer.from(string, encoding || 'utf8');
}

// A write's position: Node's binding takes a safe integer and treats
// anything else (a bigint, a fraction, null) as the current position.
function writePosition(position) {
  return typeof position === 'number' && NumberIsSafeInteger(position) ? position : -1;
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const r = {
      buffer,
      oncomplete(err, written) {
        callback(err, written || 0, buffer);
      },
    };
    afterIssue(r, binding.write(fd, toUint8(buffer), offset, length, writePosition(position), r));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  // write(fd, string[, position[, encoding]], callback)
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const string = buffer;
  validateEncoding(string, length);
  callback = makeCallback(position);
  const bytes = stringBytes(string, length);
  const r = {
    buffer: bytes,
    oncomplete(err, written) {
      callback(err, written || 0, string);
    },
  };
  afterIssue(r, binding.write(fd, bytes, 0, bytes.length, writePosition(offset), r));
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return writeSyncBinding(fd, toUint8(buffer), offset, length, writePosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = stringBytes(buffer, length);
  return writeSyncBinding(fd, bytes, 0, bytes.length, writePosition(offset));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  const r = {
    buffers,
    oncomplete(err, written) {
      callback(err, written || 0, buffers);
    },
  };
  afterIssue(r, binding.writev(fd, toUint8List(buffers), positionForBinding(position), r));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writev(fd, toUint8List(buffers), positionForBinding(position), undefined);
}

// ---- readFile, writeFile, appendFile -----------------------------------------------------

// The contents the binding read, as the caller wants them.
let readBuffer;
const TypedArrayPrototypeSet = Object.getPrototypeOf(Uint8Array.prototype).set;
const TypedArrayPrototypeSubarray = Object.getPrototypeOf(Uint8Array.prototype).subarray;
const BufferAllocUnsafe = Buffer.allocUnsafe;

// readFileBytes' answer: a Uint8Array, the size of a file too large to
// read (positive), or minus the length of a small file a synchronous call
// left in the binding's shared read buffer: copied into a Buffer (pooled,
// as Node's) or decoded from there before anything else can use it.
function readFileResult(bytes, encoding) {
  if (typeof bytes === 'number') {
    if (bytes > 0) throw new ERR_FS_FILE_TOO_LARGE(bytes);
    const n = -bytes;
    const shared = readBuffer ??= binding.readBuffer;
    if (!encoding || encoding === 'buffer') {
      const buf = BufferAllocUnsafe(n);
      ReflectApply(TypedArrayPrototypeSet, buf, [ReflectApply(TypedArrayPrototypeSubarray, shared, [0, n])]);
      return buf;
    }
    return decode(shared, 0, n, normalizeEncoding(encoding));
  }
  if (!encoding || encoding === 'buffer') return asBuffer(bytes);
  return decode(bytes, 0, bytes.length, normalizeEncoding(encoding));
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const signal = options.signal;
  const encoding = options.encoding;
  let target;
  let flags = 0;
  if (isInt32(path)) {
    target = path;
  } else {
    const aborted = checkAborted(signal);
    if (aborted) {
      callback(aborted);
      return;
    }
    flags = stringToFlags(options.flag, 'options.flag');
    target = getValidatedPath(path);
  }
  const r = req((err, bytes) => {
    if (err) {
      callback(err);
      return;
    }
    const abortedLate = checkAborted(signal);
    if (abortedLate) {
      callback(abortedLate);
      return;
    }
    let result;
    try {
      result = readFileResult(bytes, encoding);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, result);
  });
  afterIssue(r, binding.readFileBytes(target, flags, r));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  let target;
  let flags = 0;
  if (isInt32(path)) {
    target = path;
    const encoding = options.encoding;
    if (encoding === 'utf8' || encoding === 'utf-8') {
      // As Node reads a descriptor for UTF-8: no fstat, so a bad one
      // fails on 'read'.
      const s = fast.readFile(target, 0, true);
      if (typeof s === 'string') return s;
      if (s !== undefined) throw binding.fastError(s, target);
    }
  } else {
    target = getValidatedPath(path);
    flags = stringToFlags(options.flag);
    const encoding = options.encoding;
    if ((encoding === 'utf8' || encoding === 'utf-8') && typeof target === 'string') {
      // The string straight from the bytes, one call.
      const p = bindingPath(target);
      const s = fast.readFile(p, flags, true);
      if (typeof s === 'string') return s;
      if (s !== undefined) throw binding.fastError(s, p);
      try {
        return binding.readFileUtf8(p, flags);
      } catch (err) {
        // Past 2 GiB: the bytes path below names the size.
        if (err?.code !== 'EFBIG') throw err;
      }
    }
  }
  const p = typeof target === 'number' ? target : bindingPath(target);
  let bytes = fast.readFile(p, flags, false);
  if (bytes === undefined) bytes = binding.readFileBytes(p, flags, undefined);
  else if (typeof bytes === 'number') {
    // In the shared read buffer: readFileResult takes its length negated.
    if (bytes < 0) throw binding.fastError(bytes, p);
    bytes = -bytes;
  }
  return readFileResult(bytes, options.encoding);
}

const kWriteFileDefaults = { __proto__: null, encoding: 'utf8', mode: 0o666, flag: 'w', flush: false };

// Writes length bytes of buffer from offset to fd, one write after
// another, checking the signal before each (Node's writeAll).
function writeAll(fd, isUserFd, buffer, offset, length, signal, flush, callback) {
  const aborted = checkAborted(signal);
  if (aborted) {
    if (isUserFd) callback(aborted);
    else close(fd, (err) => callback(aggregateTwoErrors(err, aborted)));
    return;
  }
  write(fd, buffer, offset, length, null, (writeErr, written) => {
    if (writeErr) {
      if (isUserFd) callback(writeErr);
      else close(fd, (err) => callback(aggregateTwoErrors(err, writeErr)));
    } else if (written === length) {
      const finish = () => {
        if (isUserFd) callback(null);
        else close(fd, callback);
      };
      if (!flush) {
        finish();
        return;
      }
      // Through the module object, as Node does: a mock of fs.fsync sees it.
      fs.fsync(fd, (syncErr) => {
        if (syncErr) {
          if (isUserFd) callback(syncErr);
          else close(fd, (err) => callback(aggregateTwoErrors(err, syncErr)));
        } else {
          finish();
        }
      });
    } else {
      writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, flush, callback);
    }
  });
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, kWriteFileDefaults);
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  const signal = options.signal;
  if (isInt32(path)) {
    if (signal === undefined && !flush) {
      const r = { data, oncomplete: callback };
      afterIssue(r, binding.writeFileBytes(path, 0, 0, toUint8(data), r));
      return;
    }
    writeAll(path, true, data, 0, data.byteLength, signal, flush, callback);
    return;
  }
  const aborted = checkAborted(signal);
  if (aborted) {
    callback(aborted);
    return;
  }
  if (signal === undefined && !flush) {
    // One job: open, write, close.
    const target = getValidatedPath(path);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    const flags = stringToFlags(flag);
    const r = { data, oncomplete: callback };
    afterIssue(r, binding.writeFileBytes(target, flags, mode, toUint8(data), r));
    return;
  }
  open(path, flag, options.mode, (openErr, fd) => {
    if (openErr) callback(openErr);
    else writeAll(fd, false, data, 0, data.byteLength, signal, flush, callback);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, kWriteFileDefaults);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  const userFd = isInt32(path);
  if (!flush) {
    let target = path;
    let flags = 0;
    let mode = 0;
    if (!userFd) {
      target = getValidatedPath(path);
      flags = stringToFlags(flag);
      mode = parseFileMode(options.mode, 'mode', 0o666);
      target = bindingPath(target);
    }
    const bytes = toUint8(data);
    const r = fast.writeFile(target, flags, mode, bytes);
    if (r === undefined) binding.writeFileBytes(target, flags, mode, bytes, undefined);
    else if (r < 0) throw binding.fastError(r, target);
    return;
  }
  const fd = userFd ? path : openSync(path, flag, options.mode);
  try {
    let offset = 0;
    let length = data.byteLength;
    while (length > 0) {
      const written = writeSync(fd, data, offset, length);
      offset += written;
      length -= written;
    }
    fs.fsyncSync(fd);
  } finally {
    if (!userFd) closeSync(fd);
  }
}

function appendOptions(path, options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  if (!options.flag || isUserFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// ---- stat ------------------------------------------------------------------------------

function statsCallback(callback) {
  validateFunction(callback, 'cb');
  return (err, stats) => {
    if (err) callback(err);
    else callback(null, getStatsFromBinding(stats));
  };
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  const r = req(statsCallback(callback));
  afterIssue(r, binding.fstat(fd, options.bigint, r));
}

// stat and lstat: the same call but for the binding's op.
function statPath(op, path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = statsCallback(callback);
  path = getValidatedPath(path);
  const r = req(callback);
  // The fields come in the binding's shared array: statsCallback reads
  // them before anything else runs.
  afterIssue(r, binding[op](path, options.bigint, r, false, true));
}

function lstat(path, options = { bigint: false }, callback) {
  statPath('lstat', path, options, callback);
}

function stat(path, options = { bigint: false }, callback) {
  statPath('stat', path, options, callback);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  const r = req((err, s) => {
    if (err) callback(err);
    else callback(null, getStatFsFromBinding(s));
  });
  afterIssue(r, binding.statfs(path, options.bigint, r));
}

const kUvENOENT = -2;
const kUvENOTDIR = -20;

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const bigint = options.bigint;
  const s = fast.fstat(fd, bigint);
  if (s === undefined) return getStatsFromBinding(binding.fstat(fd, bigint, undefined));
  if (typeof s === 'number') throw binding.fastError(s);
  return getStatsFromBinding(s);
}

// A failure answers with its errno, from the host function or, with quiet,
// from the binding; with throwIfNoEntry false a missing entry is then
// undefined, anything else thrown.
function statSyncWith(stat, fastStat, path, options) {
  const bigint = options.bigint;
  const throwIfNoEntry = options.throwIfNoEntry !== false;
  const p = throwIfNoEntry ? validatedBindingPath(path) : bindingPath(getValidatedPath(path));
  let s = fastStat(p, bigint);
  if (s === undefined) {
    if (throwIfNoEntry) return getStatsFromBinding(stat(p, bigint, undefined));
    s = stat(p, bigint, undefined, true);
    if (typeof s === 'number' && s !== kUvENOENT && s !== kUvENOTDIR) {
      return getStatsFromBinding(stat(p, bigint, undefined));
    }
  }
  if (typeof s !== 'number') return getStatsFromBinding(s);
  if (!throwIfNoEntry && (s === kUvENOENT || s === kUvENOTDIR)) return undefined;
  throw binding.fastError(s, p);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(binding.lstat, fast.lstat, path, options);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(binding.stat, fast.stat, path, options);
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), options.bigint, undefined));
}

// ---- links, names ---------------------------------------------------------------------

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  const encoding = options.encoding;
  const r = req((err, target) => {
    if (err) callback(err);
    else callback(null, encodeName(target, encoding));
  });
  afterIssue(r, binding.readlink(path, wantsBytes(encoding), r));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.readlink(path, wantsBytes(options.encoding), undefined), options.encoding);
}

const kSymlinkTypes = ['dir', 'file', 'junction', null, undefined];

function symlink(target, path, type, callback) {
  if (callback === undefined) {
    callback = makeCallback(type);
    type = undefined;
  } else {
    validateOneOf(type, 'type', kSymlinkTypes);
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const r = req(callback);
  afterIssue(r, binding.symlink(target, path, stringToSymlinkType(type), r));
}

function symlinkSync(target, path, type) {
  validateOneOf(type, 'type', kSymlinkTypes);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type), undefined);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const r = req(callback);
  afterIssue(r, binding.link(existingPath, newPath, r));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, undefined);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const r = req(callback);
  afterIssue(r, binding.unlink(path, r));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path), undefined);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const r = req(callback);
  afterIssue(r, binding.rename(oldPath, newPath, r));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, undefined);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  mode = getValidMode(mode, 0);
  const r = req(callback);
  afterIssue(r, binding.copyfile(src, dest, mode, r));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyfile(src, dest, getValidMode(mode, 0), undefined);
}

// ---- truncate ------------------------------------------------------------------------------

function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = MathMax(0, len);
  validateFunction(callback, 'cb');
  open(path, 'r+', (openErr, fd) => {
    if (openErr) {
      callback(openErr);
      return;
    }
    const r = req((err) => {
      close(fd, (closeErr) => callback(aggregateTwoErrors(closeErr, err)));
    });
    afterIssue(r, binding.ftruncate(fd, len, r));
  });
}

function truncateSync(path, len) {
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = MathMax(0, len);
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.ftruncate(fd, len, r));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, MathMax(0, len), undefined);
}

// ---- directories ---------------------------------------------------------------------------

let rimrafModule;
function lazyRimraf() {
  return rimrafModule ??= require('internal/fs/rimraf');
}

let rmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (rmdirWarned) return;
  rmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const { validateRmOptions, rimraf } = lazyRimraf();
    validateRmOptions(path, { ...options, force: false }, true, (err, opts) => {
      if (err === false) {
        const r = req(callback);
        afterIssue(r, binding.rmdir(path, r));
        return;
      }
      if (err) {
        callback(err);
        return;
      }
      if (!opts.recursive) {
        const r = req(callback);
        afterIssue(r, binding.rmdir(path, r));
        return;
      }
      rimraf(path, opts, callback);
    });
    return;
  }
  lazyRimraf().validateRmdirOptions(options);
  const r = req(callback);
  afterIssue(r, binding.rmdir(path, r));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const { validateRmOptionsSync, rimrafSync } = lazyRimraf();
    const opts = validateRmOptionsSync(path, { ...options, force: false }, true);
    if (opts !== false && opts.recursive) {
      rimrafSync(path, opts);
      return;
    }
  } else {
    lazyRimraf().validateRmdirOptions(options);
  }
  binding.rmdir(path, undefined);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  const { validateRmOptions, rimraf } = lazyRimraf();
  validateRmOptions(path, options, false, (err, opts) => {
    if (err) {
      callback(err);
      return;
    }
    rimraf(path, opts, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const { validateRmOptionsSync, rimrafSync } = lazyRimraf();
  const opts = validateRmOptionsSync(path, options, false);
  rimrafSync(path, opts);
}

function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

// Recursive mkdir, as Node's: each missing ancestor is made, from the top
// down; a component that exists as a non-directory fails with ENOTDIR
// (EEXIST for the path itself). The result is the first directory made, or
// undefined when all existed. Errors name the path as given.
function mkdirpSync(path, mode) {
  const p = pathToString(path);
  const stack = [p];
  const retried = new SetCtor();
  let first;
  while (stack.length > 0) {
    const next = stack[stack.length - 1];
    try {
      binding.mkdir(next, mode, undefined);
      stack.pop();
      first ??= next;
      continue;
    } catch (err) {
      const code = err?.code;
      if (code === 'EACCES' || code === 'ENOSPC' || code === 'ENOTDIR' || code === 'EPERM') throw mkdirError(err, path);
      if (code === 'ENOENT') {
        // A second ENOENT after the parent was made or found (a removed
        // working directory): the parent will not help.
        const parent = lazyPath().dirname(next);
        if (parent === next || retried.has(next)) throw mkdirError(err, path);
        retried.add(next);
        stack.push(parent);
        continue;
      }
      stack.pop();
      let s;
      try {
        s = binding.stat(next, false, undefined);
      } catch (statErr) {
        throw mkdirError(statErr, path);
      }
      if (!isFileType(s, constants.S_IFDIR)) {
        throw mkdirError({ code: code === 'EEXIST' && stack.length > 0 ? 'ENOTDIR' : 'EEXIST' }, path);
      }
    }
  }
  return first;
}

let uvBinding;
function mkdirError(err, path) {
  uvBinding ??= internalBinding('uv');
  const errno = err.errno ?? uvErrno(err.code);
  return uvException({
    code: err.code,
    errno,
    syscall: 'mkdir',
    path: pathToString(path),
    description: uvBinding.strerror(errno),
  });
}

function uvErrno(code) {
  // ENOTDIR and EEXIST, the two this module makes up.
  return code === 'ENOTDIR' ? -20 : -17;
}

function mkdirp(path, mode, callback) {
  const p = pathToString(path);
  const stack = [p];
  const retried = new SetCtor();
  let first;
  function step() {
    if (stack.length === 0) {
      callback(null, first);
      return;
    }
    const next = stack[stack.length - 1];
    const r = req((err) => {
      if (!err) {
        stack.pop();
        first ??= next;
        step();
        return;
      }
      const code = err.code;
      if (code === 'EACCES' || code === 'ENOSPC' || code === 'ENOTDIR' || code === 'EPERM') {
        callback(mkdirError(err, path));
        return;
      }
      if (code === 'ENOENT') {
        const parent = lazyPath().dirname(next);
        if (parent === next || retried.has(next)) {
          callback(mkdirError(err, path));
          return;
        }
        retried.add(next);
        stack.push(parent);
        step();
        return;
      }
      stack.pop();
      const sr = req((statErr, s) => {
        if (statErr) {
          callback(mkdirError(statErr, path));
          return;
        }
        if (!isFileType(s, constants.S_IFDIR)) {
          callback(mkdirError({ code: code === 'EEXIST' && stack.length > 0 ? 'ENOTDIR' : 'EEXIST' }, path));
          return;
        }
        step();
      });
      afterIssue(sr, binding.stat(next, false, sr));
    });
    afterIssue(r, binding.mkdir(next, mode, r));
  }
  step();
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = parseMkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (recursive) {
    mkdirp(path, mode, callback);
    return;
  }
  const r = req(callback);
  afterIssue(r, binding.mkdir(path, mode, r));
}

function mkdirSync(path, options) {
  const { mode, recursive } = parseMkdirOptions(options);
  path = getValidatedPath(path);
  if (recursive) return mkdirpSync(path, mode);
  binding.mkdir(path, mode, undefined);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const encoding = options.encoding;
  const r = req((err, dir) => {
    if (err) callback(err);
    else callback(null, encodeName(dir, encoding));
  });
  afterIssue(r, binding.mkdtemp(prefix, wantsBytes(encoding), r));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(binding.mkdtemp(prefix, wantsBytes(options.encoding), undefined), options.encoding);
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const cwd = process.cwd();
  const remove = () => {
    rmSync(lazyPath().resolve(cwd, pathToString(path)), { force: true, recursive: true });
  };
  return {
    path,
    remove,
    [SymbolDispose]() {
      remove();
    },
  };
}

// readdir with recursive, as Node's sync and callback forms: breadth first;
// without withFileTypes, paths relative to the start; with it, Dirents
// whose parentPath is the directory they are in. A symbolic link to a
// directory is followed either way (Node stats the entry).
function readdirRecursiveStep(dir, rel, result, withFileTypes, queue) {
  const [names, types] = result;
  const out = new Array(names.length);
  const pending = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const type = types[i];
    if (withFileTypes) {
      out[i] = type === UV_DIRENT_UNKNOWN ? null : new Dirent(name, type, dir);
    } else {
      out[i] = rel === null ? name : lazyPath().join(rel, name);
    }
    if (type === UV_DIRENT_DIR) queue[queue.length] = [lazyPath().join(dir, name), withFileTypes ? null : out[i]];
    else if (type === UV_DIRENT_LINK || type === UV_DIRENT_UNKNOWN) pending[pending.length] = i;
  }
  return { out, pending };
}

function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const base = pathToString(basePath);
  const results = [];
  const queue = [[base, null]];
  for (let q = 0; q < queue.length; q++) {
    const [dir, rel] = queue[q];
    const result = entriesFromBinding(binding.readdir(dir, true, false, undefined));
    const { out, pending } = readdirRecursiveStep(dir, rel, result, withFileTypes, queue);
    for (const i of pending) {
      const full = lazyPath().join(dir, result[0][i]);
      if (out[i] === null) out[i] = getDirentsSync(dir, [result[0][i]], [UV_DIRENT_UNKNOWN], undefined)[0];
      if (binding.internalModuleStat(full) === 1) queue[queue.length] = [full, withFileTypes ? null : out[i]];
    }
    for (let i = 0; i < out.length; i++) results[results.length] = out[i];
  }
  return recursiveResultEncoding(results, options.encoding, withFileTypes);
}

function recursiveResultEncoding(results, encoding, withFileTypes) {
  if (!wantsBytes(encoding)) return results;
  for (let i = 0; i < results.length; i++) {
    if (withFileTypes) results[i].name = encodeName(Buffer.from(results[i].name), encoding);
    else results[i] = encodeName(Buffer.from(results[i]), encoding);
  }
  return results;
}

function readdirRecursive(basePath, options, callback) {
  const withFileTypes = Boolean(options.withFileTypes);
  const base = pathToString(basePath);
  const results = [];
  const queue = [[base, null]];
  let q = 0;
  function next() {
    if (q >= queue.length) {
      let out;
      try {
        out = recursiveResultEncoding(results, options.encoding, withFileTypes);
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, out);
      return;
    }
    const [dir, rel] = queue[q++];
    const r = req((err, raw) => {
      if (err) {
        callback(err);
        return;
      }
      const result = entriesFromBinding(raw);
      const { out, pending } = readdirRecursiveStep(dir, rel, result, withFileTypes, queue);
      // Entries whose type needs a stat: one at a time, in order, so the
      // queue keeps Node's order.
      let k = 0;
      const step = () => {
        if (k === pending.length) {
          for (let i = 0; i < out.length; i++) results[results.length] = out[i];
          next();
          return;
        }
        const i = pending[k++];
        const full = lazyPath().join(dir, result[0][i]);
        const lr = req((lstatErr, ls) => {
          if (lstatErr) {
            callback(lstatErr);
            return;
          }
          if (out[i] === null) out[i] = new DirentFromStats(result[0][i], getStatsFromBinding(ls), dir);
          const sr = req((statErr, s) => {
            if (!statErr && isFileType(s, constants.S_IFDIR))
              queue[queue.length] = [full, withFileTypes ? null : out[i]];
            step();
          });
          afterIssue(sr, binding.stat(full, false, sr));
        });
        afterIssue(lr, binding.lstat(full, false, lr));
      };
      step();
    });
    afterIssue(r, binding.readdir(dir, true, false, r));
  }
  next();
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    readdirRecursive(path, options, callback);
    return;
  }
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const r = req((err, raw) => {
    if (err) {
      callback(err);
      return;
    }
    const [names, types] = entriesFromBinding(raw);
    if (!withFileTypes) {
      callback(null, encodeNames(names, encoding));
      return;
    }
    getDirents(path, names, types, encoding, callback);
  });
  afterIssue(r, binding.readdir(path, withFileTypes, wantsBytes(encoding), r));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirSyncRecursive(path, options);
  const withFileTypes = Boolean(options.withFileTypes);
  const bytes = wantsBytes(options.encoding);
  if (!withFileTypes && !bytes) {
    const p = bindingPath(path);
    const joined = fast.readdir(p);
    if (typeof joined === 'string') return joined === '' ? [] : ReflectApply(StringPrototypeSplit, joined, ['\u0000']);
    if (joined !== undefined) throw binding.fastError(joined, p);
  }
  const [names, types] = entriesFromBinding(binding.readdir(path, withFileTypes, bytes, undefined));
  if (!withFileTypes) return encodeNames(names, options.encoding);
  return getDirentsSync(path, names, types, options.encoding);
}

// ---- modes, owners, times ------------------------------------------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.chmod(path, mode, r));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'), undefined);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.fchmod(fd, mode, r));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'), undefined);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  const r = req(callback);
  afterIssue(r, binding.chown(path, uid, gid, r));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.chown(path, uid, gid, undefined);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  const r = req(callback);
  afterIssue(r, binding.lchown(path, uid, gid, r));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.lchown(path, uid, gid, undefined);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.fchown(fd, uid, gid, r));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.fchown(fd, uid, gid, undefined);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const r = req(callback);
  afterIssue(r, binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), r));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.futimes(fd, atime, mtime, r));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), undefined);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const r = req(callback);
  afterIssue(r, binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), r));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.fsync(fd, r));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd), undefined);
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const r = req(callback);
  afterIssue(r, binding.fdatasync(fd, r));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd), undefined);
}

// ---- realpath ------------------------------------------------------------------------------
// fs.realpath walks the path a component at a time, as Node's JS version
// does: lstat each prefix, and for a symbolic link, stat it (so a dangling
// or looping link fails with stat's error) and read it, then start over on
// the resolved path. Errors name the prefix that failed ("lstat
// '/nonexist'"). realpath.native is the C library's realpath(3).

function realpathOptions(options) {
  options = getOptions(options);
  return options;
}

function realpathInput(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p = isArrayBufferView(p) ? pathToString(p) : `${p}`;
  validatePath(p);
  return lazyPath().resolve(p);
}

function encodeRealpath(p, options) {
  const encoding = options.encoding;
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return p;
  const bytes = Buffer.from(p);
  if (encoding === 'buffer') return bytes;
  return bytes.toString(encoding);
}

// The next '/' at or after pos, or -1.
function nextPart(p, pos) {
  return ReflectApply(StringPrototypeIndexOf, p, ['/', pos]);
}

function realpathSync(p, options) {
  options = realpathOptions(options);
  p = realpathInput(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let linkToPipe = false;
  let current = '/';
  let base = '/';
  let pos = 1;
  while (pos < p.length) {
    const slash = nextPart(p, pos);
    const previous = current;
    if (slash === -1) {
      const last = StringSlice(p, pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += StringSlice(p, pos, slash + 1);
      base = previous + StringSlice(p, pos, slash);
      pos = slash + 1;
    }
    if (knownHard.has(base)) {
      // Node stops here when the last link led to a pipe or socket
      // (/dev/stdin -> /proc/self/fd/0 -> 'pipe:[N]', which is no path):
      // the answer is the link's target as a path.
      if (linkToPipe) break;
      continue;
    }
    const s = binding.lstat(base, true, undefined);
    if (!isFileType(s, S_IFLNK)) {
      knownHard.add(base);
      if (isFileType(s, S_IFIFO) || isFileType(s, S_IFSOCK)) break;
      continue;
    }
    const id = `${s[0].toString(32)}:${s[7].toString(32)}`;
    let target = seenLinks.get(id);
    if (target === undefined) {
      const t = binding.stat(base, false, undefined);
      linkToPipe = isFileType(t, S_IFIFO) || isFileType(t, S_IFSOCK);
      target = binding.readlink(base, false, undefined);
      seenLinks.set(id, target);
    }
    p = lazyPath().resolve(previous, target, StringSlice(p, pos));
    current = base = '/';
    pos = 1;
  }
  return encodeRealpath(p, options);
}

function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpathNative(path, wantsBytes(options.encoding), undefined), options.encoding);
}
realpathSync.native = realpathSyncNative;

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : makeCallback(callback);
  validateFunction(callback, 'cb');
  options = realpathOptions(options);
  p = realpathInput(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let linkToPipe = false;
  let current = '/';
  let base = '/';
  let pos = 1;
  let previous;
  function loop() {
    if (pos >= p.length) {
      callback(null, encodeRealpath(p, options));
      return;
    }
    const slash = nextPart(p, pos);
    previous = current;
    if (slash === -1) {
      const last = StringSlice(p, pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += StringSlice(p, pos, slash + 1);
      base = previous + StringSlice(p, pos, slash);
      pos = slash + 1;
    }
    if (knownHard.has(base)) {
      // As realpathSync: a link that led to a pipe or socket ends here.
      if (linkToPipe) callback(null, encodeRealpath(p, options));
      else process.nextTick(loop);
      return;
    }
    const r = req((err, s) => {
      if (err) {
        callback(err);
        return;
      }
      if (!isFileType(s, S_IFLNK)) {
        knownHard.add(base);
        if (isFileType(s, S_IFIFO) || isFileType(s, S_IFSOCK)) {
          callback(null, encodeRealpath(p, options));
          return;
        }
        loop();
        return;
      }
      const id = `${s[0].toString(32)}:${s[7].toString(32)}`;
      const known = seenLinks.get(id);
      if (known !== undefined) {
        gotTarget(known);
        return;
      }
      const sr = req((statErr, t) => {
        if (statErr) {
          callback(statErr);
          return;
        }
        linkToPipe = isFileType(t, S_IFIFO) || isFileType(t, S_IFSOCK);
        const lr = req((linkErr, target) => {
          if (linkErr) {
            callback(linkErr);
            return;
          }
          seenLinks.set(id, target);
          gotTarget(target);
        });
        afterIssue(lr, binding.readlink(base, false, lr));
      });
      afterIssue(sr, binding.stat(base, false, sr));
    });
    afterIssue(r, binding.lstat(base, true, r));
  }
  function gotTarget(target) {
    p = lazyPath().resolve(previous, target, StringSlice(p, pos));
    current = base = '/';
    pos = 1;
    loop();
  }
  loop();
}

function realpathNative(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  const encoding = options.encoding;
  const r = req((err, result) => {
    if (err) callback(err);
    else callback(null, encodeName(result, encoding));
  });
  afterIssue(r, binding.realpathNative(path, wantsBytes(encoding), r));
}
realpath.native = realpathNative;

// ---- Dir, watchers, cp, glob, streams (in lib/internal/fs/) ------------------------------------

let dirModule;
function lazyDir() {
  return dirModule ??= require('internal/fs/dir');
}

function opendir(path, options, callback) {
  return lazyDir().opendir(path, options, callback);
}

function opendirSync(path, options) {
  return lazyDir().opendirSync(path, options);
}

let watchersModule;
function lazyWatchers() {
  return watchersModule ??= require('internal/fs/watchers');
}

function watch(filename, options, listener) {
  return lazyWatchers().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return lazyWatchers().watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return lazyWatchers().unwatchFile(filename, listener);
}

let cpModule;
function lazyCp() {
  return cpModule ??= require('internal/fs/cp');
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const cpMod = lazyCp();
  options = cpMod.validateCpOptions(options);
  src = pathToString(getValidatedPath(src, 'src'));
  dest = pathToString(getValidatedPath(dest, 'dest'));
  cpMod.cpFn(src, dest, options).then((value) => callback(null, value), callback);
}

function cpSync(src, dest, options) {
  const cpMod = lazyCp();
  options = cpMod.validateCpOptions(options);
  src = pathToString(getValidatedPath(src, 'src'));
  dest = pathToString(getValidatedPath(dest, 'dest'));
  cpMod.cpSyncFn(src, dest, options);
}

let globModule;
function lazyGlob() {
  return globModule ??= require('internal/fs/glob');
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  lazyGlob().glob(pattern, options).then((result) => callback(null, result), (err) => callback(err));
}

function globSync(pattern, options) {
  return lazyGlob().globSync(pattern, options);
}

let streamsModule;
function lazyStreams() {
  return streamsModule ??= require('internal/fs/streams');
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  path = getValidatedPath(path);
  return PromiseResolve(require('internal/blob').openFileAsBlob(path, type));
}

let promisesModule;

// util.promisify(fs.read) and company resolve to an object of these.
for (const [fn, names] of [[read, ['bytesRead', 'buffer']], [write, ['bytesWritten', 'buffer']],
  [readv, ['bytesRead', 'buffers']], [writev, ['bytesWritten', 'buffer']]]) {
  ObjectDefineProperty(fn, kCustomPromisifyArgsSymbol, { __proto__: null, value: names, enumerable: false });
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  mkdtempDisposableSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats: require('util').deprecate(Stats, 'fs.Stats constructor is deprecated.', 'DEP0180'),
};

// fs.F_OK and company: still there, with a warning (DEP0176, once).
function deprecatedConstant(name) {
  const value = constants[name];
  return {
    __proto__: null,
    enumerable: false,
    configurable: false,
    get: require('util').deprecate(() => value,
      `fs.${name} is deprecated, use fs.constants.${name} instead`, 'DEP0176'),
  };
}

function lazyStreamExport(name) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return lazyStreams()[name];
    },
    set(value) {
      ObjectDefineProperty(fs, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
  };
}

ObjectDefineProperties(fs, {
  ReadStream: lazyStreamExport('ReadStream'),
  WriteStream: lazyStreamExport('WriteStream'),
  FileReadStream: lazyStreamExport('FileReadStream'),
  FileWriteStream: lazyStreamExport('FileWriteStream'),
  Utf8Stream: lazyStreamExport('Utf8Stream'),
  _toUnixTimestamp: { __proto__: null, enumerable: true, configurable: true, writable: true, value: toUnixTimestamp },
  Dir: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return lazyDir().Dir;
    },
  },
  opendir: { __proto__: null, enumerable: true, configurable: true, writable: true, value: opendir },
  opendirSync: { __proto__: null, enumerable: true, configurable: true, writable: true, value: opendirSync },
  F_OK: deprecatedConstant('F_OK'),
  R_OK: deprecatedConstant('R_OK'),
  W_OK: deprecatedConstant('W_OK'),
  X_OK: deprecatedConstant('X_OK'),
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      promisesModule ??= require('internal/fs/promises').exports;
      return promisesModule;
    },
  },
});
