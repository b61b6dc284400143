'use strict';
// What node:fs and node:fs/promises share: argument checks with Node's
// messages (paths, fds, flags, modes, buffers, positions, options), the
// classes the API hands out (Stats, BigIntStats, StatFs, Dirent), and the
// conversions between the binding's plain values and those.
//
// The binding takes paths as strings or Uint8Arrays and returns names as
// strings, or as Uint8Arrays when asked for bytes (encoding 'buffer' and
// the non-UTF-8 encodings, which are decoded here).

const binding = internalBinding('fs');
const { FastBuffer, isUint8Array, decode, normalizeEncoding, kUtf8 } = require('internal/buffer');
const { codes, kIsNodeError, AbortError } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
} = codes;
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');

// Builtins captured at load: the code below runs on user values.
const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayIsArray = Array.isArray;
const BigIntCtor = BigInt;
const DateCtor = Date;
const DateNow = Date.now;
const DatePrototypeGetTime = Date.prototype.getTime;
const MathRound = Math.round;
const NumberCtor = Number;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectPrototypeToString = Object.prototype.toString;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectApply = Reflect.apply;
const RegExpPrototypeTest = RegExp.prototype.test;
const StringPrototypeIncludes = String.prototype.includes;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetSymbolToStringTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const TypedArrayPrototypeIncludes = TypedArrayPrototype.includes;
const FastBufferPrototype = FastBuffer.prototype;
const kEmptyObject = Object.freeze({ __proto__: null });

// A null-prototype object, as Node's.
const constants = { __proto__: null, ...binding.constants };
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
} = constants;

// Node's largest single read or write, and the largest file readFile reads.
const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

function isArrayBufferView(value) {
  return ArrayBufferIsView(value);
}

function isBigInt64Array(value) {
  return ArrayBufferIsView(value) &&
    ReflectApply(TypedArrayPrototypeGetSymbolToStringTag, value, []) === 'BigInt64Array';
}

function isDate(value) {
  return value !== null && typeof value === 'object' && ReflectApply(ObjectPrototypeToString, value, []) === '[object Date]';
}

// An error raised where Node raises it from C++, with a message of its own
// rather than the code's usual template ('mode is out of range: ...').
function nodeErrorWithMessage(Base, code, message) {
  const err = new Base(message);
  ObjectDefineProperty(err, kIsNodeError, { __proto__: null, value: true });
  ObjectDefineProperty(err, 'toString', {
    __proto__: null,
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  err.code = code;
  return err;
}

// ---- paths -----------------------------------------------------------------------

let fileURLToPathFn;
function isURL(value) {
  return value != null && typeof value === 'object' && Boolean(value.href) && Boolean(value.protocol) &&
    value.auth === undefined && value.path === undefined;
}

function toPathIfFileURL(value) {
  if (!isURL(value)) return value;
  fileURLToPathFn ??= require('internal/url').fileURLToPath;
  return fileURLToPathFn(value);
}

function validatePath(path, name = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path))
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  const hasNul = typeof path === 'string' ? ReflectApply(StringPrototypeIncludes, path, ['\u0000'])
    : ReflectApply(TypedArrayPrototypeIncludes, path, [0]);
  if (hasNul)
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
}

// A path argument (string, Buffer or file: URL) checked and ready for the
// binding: a string or a Uint8Array.
function getValidatedPath(fileURLOrPath, name = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, name);
  return path;
}

// A validated path as the binding takes it, cheaply: an ASCII string is
// copied into the binding's shared path buffer, NUL-terminated, and the
// binding is passed null. Converting a string in C takes the engine's lock
// and a copy, which costs more than the syscall of a stat; this loop is
// JIT-compiled. Call it last, right before the binding call, after any
// argument that could run user code (a getter could make another sync fs
// call and overwrite the buffer). The binding copies the path at once.
const kPathBufferSize = 4096;
let pathBuffer;
function bindingPath(path) {
  if (typeof path !== 'string') return path;
  const n = path.length;
  if (n >= kPathBufferSize) return path;
  const buf = pathBuffer ??= binding.pathBuffer;
  for (let i = 0; i < n; i++) {
    const c = path.charCodeAt(i);
    if (c > 0x7f) return path;
    buf[i] = c;
  }
  buf[n] = 0;
  return null;
}

// getValidatedPath followed by bindingPath, with the common case (an ASCII
// string without NUL) checked and copied in one pass.
function validatedBindingPath(fileURLOrPath, name = 'path') {
  if (typeof fileURLOrPath === 'string') {
    const n = fileURLOrPath.length;
    if (n < kPathBufferSize) {
      const buf = pathBuffer ??= binding.pathBuffer;
      let i = 0;
      for (; i < n; i++) {
        const c = fileURLOrPath.charCodeAt(i);
        if (c === 0 || c > 0x7f) break;
        buf[i] = c;
      }
      if (i === n) {
        buf[n] = 0;
        return null;
      }
    }
  }
  return bindingPath(getValidatedPath(fileURLOrPath, name));
}

// A path as a string, for the places that join or compare paths.
function pathToString(path) {
  return typeof path === 'string' ? path : decode(path, 0, path.length, kUtf8);
}

// ---- descriptors, flags, modes --------------------------------------------------------

function getValidatedFd(fd, name = 'fd') {
  if (ObjectIsNegativeZero(fd)) fd = 0;
  validateInt32(fd, name, 0);
  return fd;
}

function ObjectIsNegativeZero(value) {
  return value === 0 && 1 / value === -Infinity;
}

function isUserFd(path) {
  return typeof path === 'number';
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

const kOctalMode = /^[0-7]+$/;

// A file mode: a 32-bit unsigned integer or an octal string ('755').
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!ReflectApply(RegExpPrototypeTest, kOctalMode, [value]))
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    value = NumberParseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access() and copyFile() modes, which Node checks in C++ with messages
// of their own.
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number')
    throw nodeErrorWithMessage(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  const m = mode | 0;
  if (m < 0 || m > 7)
    throw nodeErrorWithMessage(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return m;
}

function validateId(id, name) {
  validateInteger(id, name, -1, kMaxUserId);
}

function stringToSymlinkType(type) {
  if (type === 'dir') return UV_FS_SYMLINK_DIR;
  if (type === 'junction') return UV_FS_SYMLINK_JUNCTION;
  return 0;
}

// ---- times ---------------------------------------------------------------------------

// A time for utimes and friends, in seconds: a number (negative means
// now, as in Node), a numeric string, or a Date.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (NumberIsFinite(time)) {
    if (time < 0) return DateNow() / 1000;
    return time;
  }
  if (isDate(time)) return ReflectApply(DatePrototypeGetTime, time, []) / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---- buffers, offsets, positions -------------------------------------------------

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBufferIsView(buffer))
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!ArrayIsArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBufferIsView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength)
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A file position: an integer >= -1 or a bigint; the binding takes a
// number, -1 for the current position.
function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigIntCtor(length);
    if (!(position >= -1n && position <= max))
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function positionForBinding(position) {
  if (typeof position === 'number') return position;
  if (typeof position === 'bigint') return NumberCtor(position);
  return -1;
}

function validateStringAfterArrayBufferView(data, name) {
  if (typeof data !== 'string')
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function validateEncoding(data, encoding) {
  if (normalizeEncoding(encoding) === normalizeEncoding('hex') && data.length % 2 !== 0)
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
}

const DataViewPrototypeGetBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const DataViewPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const DataViewPrototypeGetByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;

function isDataView(view) {
  return ArrayBufferIsView(view) && ReflectApply(TypedArrayPrototypeGetSymbolToStringTag, view, []) === undefined;
}

// The bytes of any ArrayBufferView as the binding takes them: a typed array
// as it is, a DataView as a Uint8Array over the same memory.
// The engine's C API knows no Float16Array: it and DataViews reach the
// binding as Uint8Arrays over the same bytes.
function needsUint8View(view) {
  return isDataView(view) || ReflectApply(TypedArrayPrototypeGetSymbolToStringTag, view, []) === 'Float16Array';
}

function toUint8(view) {
  if (!needsUint8View(view)) return view;
  if (!isDataView(view)) return new FastBuffer(view.buffer, view.byteOffset, view.byteLength);
  return new FastBuffer(ReflectApply(DataViewPrototypeGetBuffer, view, []),
    ReflectApply(DataViewPrototypeGetByteOffset, view, []), ReflectApply(DataViewPrototypeGetByteLength, view, []));
}

// readv/writev's list for the binding: DataViews as Uint8Arrays.
function toUint8List(buffers) {
  let out = buffers;
  for (let i = 0; i < buffers.length; i++) {
    if (needsUint8View(buffers[i])) {
      if (out === buffers) out = [...buffers];
      out[i] = toUint8(buffers[i]);
    }
  }
  return out;
}

// ---- options ----------------------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && normalizeEncoding(encoding) === -1)
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
}

// Node's getOptions: undefined or a function means the defaults; a string
// is the encoding; an object is used as it is (not merged with defaults).
function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

const StringPrototypeSplit = String.prototype.split;
const TypedArrayPrototypeGetBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayPrototypeGetByteOffset = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;

// The binding's directory entries, [joined, types], as [names, types]: the
// names cross joined by NUL bytes (no name has one) in one string, or in
// one Uint8Array whose pieces become Buffers over the same memory.
function entriesFromBinding(result) {
  const joined = result[0];
  const types = result[1];
  const n = types.length;
  if (n === 0) return [[], types];
  if (typeof joined === 'string') return [ReflectApply(StringPrototypeSplit, joined, ['\u0000']), types];
  const buffer = ReflectApply(TypedArrayPrototypeGetBuffer, joined, []);
  const base = ReflectApply(TypedArrayPrototypeGetByteOffset, joined, []);
  const names = new Array(n);
  let start = 0;
  let k = 0;
  for (let i = 0; i <= joined.length; i++) {
    if (i === joined.length || joined[i] === 0) {
      names[k++] = new FastBuffer(buffer, base + start, i - start);
      start = i + 1;
    }
  }
  return [names, types];
}

// Whether names in this encoding come from the binding as bytes.
function wantsBytes(encoding) {
  return encoding === 'buffer' || (encoding != null && normalizeEncoding(encoding) !== kUtf8);
}

// A Uint8Array the binding made, as a Buffer (same memory).
function asBuffer(bytes) {
  ObjectSetPrototypeOf(bytes, FastBufferPrototype);
  return bytes;
}

// A name from the binding in the caller's encoding.
function encodeName(name, encoding) {
  if (typeof name === 'string') return name;
  if (encoding === 'buffer') return asBuffer(name);
  return decode(name, 0, name.length, normalizeEncoding(encoding));
}

function encodeNames(names, encoding) {
  if (!wantsBytes(encoding)) return names;
  for (let i = 0; i < names.length; i++) names[i] = encodeName(names[i], encoding);
  return names;
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function checkAborted(signal) {
  if (signal?.aborted) return new AbortError(undefined, { cause: signal.reason });
  return null;
}

// ---- Stats --------------------------------------------------------------------------

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;

function dateFromMs(ms) {
  return new DateCtor(MathRound(NumberCtor(ms)));
}

function msFromTimeSpec(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}

function checkModeProperty(mode, property) {
  if (typeof mode === 'bigint') return (mode & BigIntCtor(S_IFMT)) === BigIntCtor(property);
  return (mode & S_IFMT) === property;
}

// Stats and BigIntStats are plain constructors that set every field
// themselves (no super call on the hot path of every stat); the is*
// methods live on StatsBase.prototype, as in Node.
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() { return checkModeProperty(this.mode, S_IFDIR); };
StatsBase.prototype.isFile = function isFile() { return checkModeProperty(this.mode, S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() { return checkModeProperty(this.mode, S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() {
  return checkModeProperty(this.mode, S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() { return checkModeProperty(this.mode, S_IFLNK); };
StatsBase.prototype.isFIFO = function isFIFO() { return checkModeProperty(this.mode, S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return checkModeProperty(this.mode, S_IFSOCK); };
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO',
  'isSocket']) {
  ObjectDefineProperty(StatsBase.prototype, name, { __proto__: null, enumerable: false });
}

// atime, mtime, ctime and birthtime: Dates made on first read and kept as
// own properties from then on; assigning one replaces it.
function defineDateAccessors(proto) {
  const define = (name, msName) => ({
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const value = dateFromMs(this[msName]);
      ObjectDefineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      ObjectDefineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
  });
  ObjectDefineProperties(proto, {
    atime: define('atime', 'atimeMs'),
    mtime: define('mtime', 'mtimeMs'),
    ctime: define('ctime', 'ctimeMs'),
    birthtime: define('birthtime', 'birthtimeMs'),
  });
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
ObjectSetPrototypeOf(Stats.prototype, StatsBase.prototype);
ObjectSetPrototypeOf(Stats, StatsBase);
defineDateAccessors(Stats.prototype);

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
ObjectSetPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
ObjectSetPrototypeOf(BigIntStats, StatsBase);
defineDateAccessors(BigIntStats.prototype);

// A Stats (or BigIntStats) from the binding's 18 fields at offset.
function getStatsFromBinding(s, offset = 0) {
  const o = offset;
  // The binding's arrays are Float64Array or BigInt64Array: an element's
  // type tells them apart (a brand check through the toStringTag getter
  // costs more than building the Stats).
  if (typeof s[o] === 'bigint') {
    return new BigIntStats(s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7], s[o + 8],
      s[o + 9], s[o + 10] * kNsPerSecBigInt + s[o + 11], s[o + 12] * kNsPerSecBigInt + s[o + 13],
      s[o + 14] * kNsPerSecBigInt + s[o + 15], s[o + 16] * kNsPerSecBigInt + s[o + 17]);
  }
  return new Stats(s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7], s[o + 8],
    s[o + 9], msFromTimeSpec(s[o + 10], s[o + 11]), msFromTimeSpec(s[o + 12], s[o + 13]),
    msFromTimeSpec(s[o + 14], s[o + 15]), msFromTimeSpec(s[o + 16], s[o + 17]));
}

// Whether the binding's stat fields (at offset) are of the given type.
function isFileType(s, type, offset = 0) {
  let mode = s[1 + offset];
  if (typeof mode === 'bigint') mode = NumberCtor(mode);
  return (mode & S_IFMT) === type;
}

class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = frsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(s) {
  return new StatFs(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
}

// ---- Dirent ---------------------------------------------------------------------------

const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent whose type came from lstat (the OS did not say).
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink',
  'isFIFO', 'isSocket']) {
  const method = StatsBase.prototype[name];
  ObjectDefineProperty(DirentFromStats.prototype, name, {
    __proto__: null,
    value() { return ReflectApply(method, this[kStats], []); },
    writable: true, enumerable: false, configurable: true,
  });
}

let pathModule;
function lazyPath() {
  return pathModule ??= require('path');
}

// Names in the caller's encoding and types into Dirents. An entry of
// unknown type (some file systems do not say) is lstat'ed, as in Node.
function getDirentsSync(path, names, types, encoding) {
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding);
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const full = lazyPath().join(pathToString(path), pathToString(name));
      out[i] = new DirentFromStats(name, getStatsFromBinding(binding.lstat(full, false, undefined)), path);
    } else {
      out[i] = new Dirent(name, types[i], path);
    }
  }
  return out;
}

function getDirents(path, names, types, encoding, callback) {
  let pending = 0;
  let failed = false;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding);
    if (types[i] !== UV_DIRENT_UNKNOWN) {
      out[i] = new Dirent(name, types[i], path);
      continue;
    }
    pending++;
    const full = lazyPath().join(pathToString(path), pathToString(name));
    const req = {
      oncomplete(err, stats) {
        if (failed) return;
        if (err) {
          failed = true;
          callback(err);
          return;
        }
        out[i] = new DirentFromStats(name, getStatsFromBinding(stats), path);
        if (--pending === 0) callback(null, out);
      },
    };
    const err = binding.lstat(full, false, req);
    if (err !== undefined) process.nextTick(req.oncomplete, err);
  }
  if (pending === 0) process.nextTick(callback, null, out);
}

// ---- async requests ----------------------------------------------------------------

// After an async binding call: an error libuv raised at once comes back as
// the return value and is delivered on the next tick, never synchronously.
function afterIssue(req, ret) {
  if (ret !== undefined) process.nextTick(failRequest, req, ret);
}

function failRequest(req, err) {
  ReflectApply(req.oncomplete, req, [err]);
}

// A mkdtemp prefix ending in X: glibc would take the X as part of the
// template. Node warns once per process.
let nonPortableTemplateWarned = false;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarned) return;
  const last = typeof template === 'string' ? template[template.length - 1] :
    (template.length > 0 && template[template.length - 1] === 0x58 ? 'X' : '');
  if (last === 'X') {
    nonPortableTemplateWarned = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
      'For details see: https://nodejs.org/api/fs.html');
  }
}

// Node keeps the rm/rmdir option checks here; kiln's live with rimraf.
function validateRmdirOptions(options, defaults) {
  return require('internal/fs/rimraf').validateRmdirOptions(options, defaults);
}

function validateRmOptions(path, options, expectDir, cb) {
  return require('internal/fs/rimraf').validateRmOptions(path, options, expectDir, cb);
}

function validateRmOptionsSync(path, options, expectDir) {
  return require('internal/fs/rimraf').validateRmOptionsSync(path, options, expectDir);
}

// Set while fs.promises starts an operation through the callback API, so
// that the request it makes is an FSReqPromise, as Node names those
// (process.getActiveResourcesInfo()).
const requestKind = { promise: false };

module.exports = {
  requestKind,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
  warnOnNonPortableTemplate,
  bindingPath,
  validatedBindingPath,
  constants,
  kEmptyObject,
  kIoMaxLength,
  kType,
  afterIssue,
  asBuffer,
  assertEncoding,
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
  isBigInt64Array,
  isDate,
  isFileType,
  isUserFd,
  makeCallback,
  nodeErrorWithMessage,
  parseFileMode,
  pathToString,
  positionForBinding,
  Stats,
  BigIntStats,
  StatFs,
  stringToFlags,
  stringToSymlinkType,
  toPathIfFileURL,
  toUint8,
  toUint8List,
  toUnixTimestamp,
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateBufferArray,
  validateEncoding,
  validateId,
  validateObject,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateStringAfterArrayBufferView,
  wantsBytes,
};
