'use strict';
// node:zlib: deflate/inflate, gzip/gunzip, raw deflate, unzip and brotli,
// as Transform streams and as one-shot functions (callback and Sync), over
// zlib and brotli in C (src/binding/zlib.c).
//
// A stream owns a handle and an output buffer of chunkSize bytes. Each
// chunk written goes to the handle (on the thread pool for streams, inline
// for the Sync functions) together with the free part of the output
// buffer; the handle reports how much output space and input are left, the
// produced bytes are pushed, and the chunk is fed again while the output
// buffer came back full. Flushes travel as empty chunks marked with their
// flush kind, so they keep their place among the writes.

const { Buffer, kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const Transform = require('internal/streams/transform');
const binding = internalBinding('zlib');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isUint8Array,
} = require('internal/util/types').types;
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

const ReflectApply = Reflect.apply;
const ObjectKeys = Object.keys;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ArrayIsArray = Array.isArray;
const NumberIsFinite = Number.isFinite;
const NumberIsNaN = Number.isNaN;

// ---- constants ----------------------------------------------------------------------

const constants = {
  __proto__: null,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: binding.ZLIB_VERNUM,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9, ZSTD_DECOMPRESS: 11, ZSTD_COMPRESS: 10,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
  ZSTD_e_continue: 0, ZSTD_e_flush: 1, ZSTD_e_end: 2,
  ZSTD_fast: 1, ZSTD_dfast: 2, ZSTD_greedy: 3, ZSTD_lazy: 4, ZSTD_lazy2: 5, ZSTD_btlazy2: 6,
  ZSTD_btopt: 7, ZSTD_btultra: 8, ZSTD_btultra2: 9,
  ZSTD_c_compressionLevel: 100, ZSTD_c_windowLog: 101, ZSTD_c_hashLog: 102, ZSTD_c_chainLog: 103,
  ZSTD_c_searchLog: 104, ZSTD_c_minMatch: 105, ZSTD_c_targetLength: 106, ZSTD_c_strategy: 107,
  ZSTD_c_enableLongDistanceMatching: 160, ZSTD_c_ldmHashLog: 161, ZSTD_c_ldmMinMatch: 162,
  ZSTD_c_ldmBucketSizeLog: 163, ZSTD_c_ldmHashRateLog: 164, ZSTD_c_contentSizeFlag: 200,
  ZSTD_c_checksumFlag: 201, ZSTD_c_dictIDFlag: 202, ZSTD_c_nbWorkers: 400, ZSTD_c_jobSize: 401,
  ZSTD_c_overlapLog: 402, ZSTD_d_windowLogMax: 100, ZSTD_CLEVEL_DEFAULT: 3,
  ZSTD_error_no_error: 0, ZSTD_error_GENERIC: 1, ZSTD_error_prefix_unknown: 10,
  ZSTD_error_version_unsupported: 12, ZSTD_error_frameParameter_unsupported: 14,
  ZSTD_error_frameParameter_windowTooLarge: 16, ZSTD_error_corruption_detected: 20,
  ZSTD_error_checksum_wrong: 22, ZSTD_error_literals_headerWrong: 24,
  ZSTD_error_dictionary_corrupted: 30, ZSTD_error_dictionary_wrong: 32,
  ZSTD_error_dictionaryCreation_failed: 34, ZSTD_error_parameter_unsupported: 40,
  ZSTD_error_parameter_combination_unsupported: 41, ZSTD_error_parameter_outOfBound: 42,
  ZSTD_error_tableLog_tooLarge: 44, ZSTD_error_maxSymbolValue_tooLarge: 46,
  ZSTD_error_maxSymbolValue_tooSmall: 48, ZSTD_error_stabilityCondition_notRespected: 50,
  ZSTD_error_stage_wrong: 60, ZSTD_error_init_missing: 62, ZSTD_error_memory_allocation: 64,
  ZSTD_error_workSpace_tooSmall: 66, ZSTD_error_dstSize_tooSmall: 70, ZSTD_error_srcSize_wrong: 72,
  ZSTD_error_dstBuffer_null: 74, ZSTD_error_noForwardProgress_destFull: 80,
  ZSTD_error_noForwardProgress_inputEmpty: 82,
};

for (const name of ObjectKeys(constants)) {
  ObjectDefineProperty(constants, name, { __proto__: null, writable: false, configurable: false });
}

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA, ZSTD_COMPRESS, ZSTD_DECOMPRESS, ZSTD_e_continue, ZSTD_e_flush,
  ZSTD_e_end,
} = constants;

// zlib's result codes both ways: codes.Z_DATA_ERROR === -3, codes['-3'] === 'Z_DATA_ERROR'.
const codesTable = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of ObjectKeys(codesTable)) codesTable[codesTable[name]] = name;
Object.freeze(codesTable);

// How strong each flush kind is: the last chunk of a stream gets the
// stronger of its own and the finishing flush.
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushiness = [];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;
function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Empty chunks that carry a flush kind through the writable queue.
const kFlushFlag = Symbol('kFlushFlag');
const kFlushBuffers = [];
for (const flushFlag of kFlushFlagList) {
  kFlushBuffers[flushFlag] = Buffer.alloc(0);
  kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
}

const kError = Symbol('kError');
const kOwner = Symbol('kOwner');

const FLUSH_BOUND = [[Z_NO_FLUSH, Z_BLOCK], [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
  [ZSTD_e_continue, ZSTD_e_end]];
const FLUSH_BOUND_IDX_NORMAL = 0;
const FLUSH_BOUND_IDX_BROTLI = 1;
const FLUSH_BOUND_IDX_ZSTD = 2;

// ---- option checks --------------------------------------------------------------------

// false for undefined and NaN (the default applies), true for a finite
// number; a non-number or an infinite one is an error.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (NumberIsFinite(number)) return true;
  if (NumberIsNaN(number)) return false;
  validateNumber(number, name);
  throw new (codes().ERR_OUT_OF_RANGE)(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

// ---- the base stream ---------------------------------------------------------------------

// A brotli decoder error comes without a code: it is named after its
// constant, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE (-6) giving
// 'ERR__ERROR_FORMAT_CL_SPACE', as in Node.
function brotliErrorCode(errno) {
  for (const name of ObjectKeys(constants)) {
    if (constants[name] === errno && name.startsWith('BROTLI_DECODER_ERROR_')) {
      return `ERR_${name.slice('BROTLI_DECODER'.length)}`;
    }
  }
  return 'ERR_BROTLI_DECOMPRESSION_FAILED';
}

// A zstd error likewise: ZSTD_error_prefix_unknown (10).
function zstdErrorCode(errno) {
  for (const name of ObjectKeys(constants)) {
    if (constants[name] === errno && name.startsWith('ZSTD_error_')) return name;
  }
  return 'ZSTD_error_GENERIC';
}

function zlibError(mode, message, errno, code) {
  if (code === '') {
    code = mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS ? zstdErrorCode(errno) : brotliErrorCode(errno);
  }
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  return error;
}

function zlibOnError(message, errno, code) {
  const self = this[kOwner];
  const error = zlibError(self._handleMode, message, errno, code);
  self.destroy(error);
  self[kError] = error;
}

// The options every stream takes, checked in Node's order; the results go
// to these variables (no object made: the Sync functions run this per call).
let optChunkSize, optFlush, optFinishFlush, optMaxOutputLength;
function parseBaseOptions(opts, mode, defaults) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let flush = defaults.flush;
  let finishFlush = defaults.finishFlush;
  let flushBoundIdx = FLUSH_BOUND_IDX_NORMAL;
  if (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) flushBoundIdx = FLUSH_BOUND_IDX_BROTLI;
  else if (mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS) flushBoundIdx = FLUSH_BOUND_IDX_ZSTD;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new (codes().ERR_OUT_OF_RANGE)('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    const bounds = FLUSH_BOUND[flushBoundIdx];
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bounds[0], bounds[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', bounds[0], bounds[1],
      finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
      1, kMaxLength, kMaxLength);
  }
  optChunkSize = chunkSize;
  optFlush = flush;
  optFinishFlush = finishFlush;
  optMaxOutputLength = maxOutputLength;
  return flushBoundIdx;
}

function ZlibBase(opts, mode, handle, defaults) {
  const flushBoundIdx = parseBaseOptions(opts, mode, defaults);
  const chunkSize = optChunkSize;
  const flush = optFlush;
  const finishFlush = optFinishFlush;
  const maxOutputLength = optMaxOutputLength;
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
  }
  ReflectApply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  ObjectDefineProperty(this, '_handleMode', { __proto__: null, value: mode, writable: true });
  handle[kOwner] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = defaults.fullFlush;
  this._flushBoundIdx = flushBoundIdx;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
ObjectSetPrototypeOf(ZlibBase.prototype, Transform.prototype);
ObjectSetPrototypeOf(ZlibBase, Transform);

ObjectDefineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

// The stream ends with an empty chunk, which the last-chunk rule in
// _transform finishes with the finishing flush.
ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) require('internal/streams/end-of-stream')(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk of an ended stream also finishes it.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// Kept for packages that call it: with a callback it works as a write,
// without one it runs synchronously and returns the output.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (!isUint8Array(chunk)) {
    if (!isArrayBufferView(chunk)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', function onError(er) {
    error = er;
  });

  for (;;) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    else if (self[kError]) throw self[kError];

    const availOutAfter = state[0];
    const availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;

    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new (codes().ERR_BUFFER_TOO_LARGE)(self._maxOutputLength);
      }
    }

    // The output buffer is full (or used up): a fresh one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }

    // A full output buffer means more output may be waiting: feed the rest
    // of the input again.
    if (availOutAfter === 0) {
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }

  self.bytesWritten = inputRead;
  closeHandle(self);

  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset,
    handle.availOutBefore);
}

// Called by the handle (`this`) when a write on the thread pool is done.
function processCallback() {
  const handle = this;
  const self = this[kOwner];
  const state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // More output may be waiting: go on with the rest of the input, after
    // the reader has taken what was pushed if the readable side is full.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    if (!streamBufferIsFull) {
      this.write(handle.flushFlag, this.buffer, handle.inOff, handle.availInBefore,
        self._outBuffer, self._outOffset, self._chunkSize);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        this.write(handle.flushFlag, this.buffer, handle.inOff, handle.availInBefore,
          self._outBuffer, self._outOffset, self._chunkSize);
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Input is left but the engine stopped taking it: the compressed
    // stream ended before the input did.
    self.push(null);
  }

  this.buffer = null;
  this.cb();
}

// ---- zlib streams ----------------------------------------------------------------------

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

// The zlib options, checked in Node's order, into these variables.
let optWindowBits, optLevel, optMemLevel, optStrategy, optDictionary;
function parseZlibOptions(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;

  if (opts) {
    // 0 asks inflate to take the window size from the stream's header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // 8 is valid for deflate but not for gzip.
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
      Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
      Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
      Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (isArrayBufferView(dictionary) && !isUint8Array(dictionary)) {
      dictionary = Buffer.from(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength);
    } else if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }

  optWindowBits = windowBits;
  optLevel = level;
  optMemLevel = memLevel;
  optStrategy = strategy;
  optDictionary = dictionary;
}

function Zlib(opts, mode) {
  parseZlibOptions(opts, mode);
  const level = optLevel;
  const strategy = optStrategy;
  const handle = binding.create(mode);
  this._writeState = new Uint32Array(2);
  if (handle.init(optWindowBits, level, optMemLevel, strategy, this._writeState, processCallback,
    optDictionary) !== 0) {
    handle.close();
    throw new (codes().ERR_ZLIB_INITIALIZATION_FAILED)();
  }
  ReflectApply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
ObjectSetPrototypeOf(Zlib.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zlib, ZlibBase);

// New parameters take effect after what was written so far is flushed
// with the old ones.
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

// Classes may be called without `new` (DEP0184, once per process). A raw
// deflate asked for an 8-bit window gets 9, which zlib accepts (the
// caller's options are changed, as in Node).
let newWarned = false;
function warnWithoutNew(name) {
  if (newWarned) return;
  newWarned = true;
  process.emitWarning(`Instantiating ${name} without the 'new' keyword has been deprecated.`,
    'DeprecationWarning', 'DEP0184');
}

// The public classes: constructors of one mode over a base (Zlib, Brotli,
// Zstd), callable without `new` (DEP0184).
function engineClass(name, mode, Base) {
  const ctor = {
    [name]: function(opts) { // a constructor, so not method syntax
      if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
      if (!(this instanceof ctor)) {
        warnWithoutNew(name);
        return new ctor(opts);
      }
      ReflectApply(Base, this, [opts, mode]);
    },
  }[name];
  ObjectSetPrototypeOf(ctor.prototype, Base.prototype);
  ObjectSetPrototypeOf(ctor, Base);
  return ctor;
}

const Deflate = engineClass('Deflate', DEFLATE, Zlib);
const Inflate = engineClass('Inflate', INFLATE, Zlib);
const Gzip = engineClass('Gzip', GZIP, Zlib);
const Gunzip = engineClass('Gunzip', GUNZIP, Zlib);
const DeflateRaw = engineClass('DeflateRaw', DEFLATERAW, Zlib);
const InflateRaw = engineClass('InflateRaw', INFLATERAW, Zlib);
const Unzip = engineClass('Unzip', UNZIP, Zlib);

// ---- brotli streams -------------------------------------------------------------------

const kMaxBrotliParam = 8;
const brotliInitParamsArray = new Uint32Array(kMaxBrotliParam + 1);
const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function parseBrotliParams(opts) {
  brotliInitParamsArray.fill(-1);
  if (opts?.params) {
    for (const origKey of ObjectKeys(opts.params)) {
      const key = +origKey;
      if (NumberIsNaN(key) || key < 0 || key > kMaxBrotliParam ||
          (brotliInitParamsArray[key] | 0) !== -1) {
        throw new (codes().ERR_BROTLI_INVALID_PARAM)(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options.params[key]', 'number', value);
      }
      brotliInitParamsArray[key] = value;
    }
  }
}

function Brotli(opts, mode) {
  parseBrotliParams(opts);
  const handle = binding.create(mode);
  this._writeState = new Uint32Array(2);
  if (handle.init(brotliInitParamsArray, this._writeState, processCallback) !== 0) {
    handle.close();
    throw new (codes().ERR_ZLIB_INITIALIZATION_FAILED)();
  }
  ReflectApply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
ObjectSetPrototypeOf(Brotli.prototype, Zlib.prototype);
ObjectSetPrototypeOf(Brotli, Zlib);

const BrotliCompress = engineClass('BrotliCompress', BROTLI_ENCODE, Brotli);
const BrotliDecompress = engineClass('BrotliDecompress', BROTLI_DECODE, Brotli);

// ---- zstd streams ---------------------------------------------------------------------

const zstdDefaultOpts = { flush: ZSTD_e_continue, finishFlush: ZSTD_e_end, fullFlush: ZSTD_e_flush };
const kMaxZstdCParam = 402; // ZSTD_c_overlapLog, the highest parameter
const kMaxZstdDParam = 100; // ZSTD_d_windowLogMax

function pledgedSizeError(ctor, code, message) {
  const err = new ctor(message);
  err.code = code;
  return err;
}

function Zstd(opts, mode) {
  const maxParam = mode === ZSTD_COMPRESS ? kMaxZstdCParam : kMaxZstdDParam;
  const pairs = [];
  const seen = new Set();
  if (opts?.params) {
    for (const origKey of ObjectKeys(opts.params)) {
      const key = +origKey;
      if (NumberIsNaN(key) || key < 0 || key > maxParam || seen.has(key)) {
        throw new (codes().ERR_ZSTD_INVALID_PARAM)(origKey);
      }
      seen.add(key);
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options.params[key]', 'number', value);
      }
      pairs.push(key, +value);
    }
  }
  let pledgedSrcSize;
  if (mode === ZSTD_COMPRESS && opts?.pledgedSrcSize !== undefined) {
    pledgedSrcSize = opts.pledgedSrcSize;
    if (typeof pledgedSrcSize !== 'number') {
      throw pledgedSizeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'pledgedSrcSize must be a number');
    }
    if (!Number.isSafeInteger(pledgedSrcSize)) {
      throw pledgedSizeError(RangeError, 'ERR_OUT_OF_RANGE', 'pledgedSrcSize must be a safe integer');
    }
    if (pledgedSrcSize < 0) {
      throw pledgedSizeError(RangeError, 'ERR_OUT_OF_RANGE', 'pledgedSrcSize must be non-negative');
    }
  }
  let dictionary = opts?.dictionary;
  if (isArrayBufferView(dictionary)) {
    if (!isUint8Array(dictionary)) {
      dictionary = Buffer.from(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength);
    }
  } else if (isAnyArrayBuffer(dictionary)) {
    dictionary = Buffer.from(dictionary);
  } else {
    dictionary = undefined;
  }
  const handle = binding.create(mode);
  this._writeState = new Uint32Array(2);
  const r = handle.init(new Int32Array(pairs), pledgedSrcSize, this._writeState, processCallback, dictionary);
  if (r !== 0) {
    handle.close();
    if (r === -1) throw new (codes().ERR_ZLIB_INITIALIZATION_FAILED)();
    throw pledgedSizeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED',
      r === -2 ? 'Setting parameter failed' : 'Setting dictionary failed');
  }
  ReflectApply(ZlibBase, this, [opts, mode, handle, zstdDefaultOpts]);
}
ObjectSetPrototypeOf(Zstd.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zstd, ZlibBase);

const ZstdCompress = engineClass('ZstdCompress', ZSTD_COMPRESS, Zstd);
const ZstdDecompress = engineClass('ZstdDecompress', ZSTD_DECOMPRESS, Zstd);

// ---- one-shot functions -----------------------------------------------------------------

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new (codes().ERR_BUFFER_TOO_LARGE)(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays: other views are wrapped without a copy.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new (codes().ERR_INVALID_ARG_TYPE)('buffer',
        ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
    }
  }
  if (!isUint8Array(buffer)) buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// The Sync functions without the stream. Node's build one, run the input
// through its handle and drop it: unseen, unless the options reach the
// stream itself (info returns it; the stream options are checked, or call
// back, by the stream's constructor). Otherwise the options are checked in
// Node's order and C runs the input through a pooled engine
// (binding.zlibSync): the same bytes, errors and limits, without the
// stream, handle and buffers of each call. Anything unusual (an option
// that throws, an input that is not a string or bytes, a huge chunk) goes
// the stream way, which throws what Node throws, in Node's order.
const kStream = Symbol('kStream');
const kMaxFastChunk = 4 * 1024 * 1024;

function usesStream(opts) {
  return opts.info || opts.highWaterMark !== undefined || opts.readableHighWaterMark !== undefined ||
    opts.writableHighWaterMark !== undefined || opts.signal !== undefined ||
    opts.construct !== undefined || opts.destroy !== undefined || opts.defaultEncoding !== undefined;
}

function syncInput(buffer) {
  if (typeof buffer === 'string' || isUint8Array(buffer)) return buffer;
  if (isArrayBufferView(buffer)) return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  return undefined;
}

function oneShotSync(mode, buffer, opts) {
  if (opts && usesStream(opts)) return kStream;
  const input = syncInput(buffer);
  if (input === undefined) return kStream;
  let r;
  try {
    if (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) {
      parseBrotliParams(opts);
      parseBaseOptions(opts, mode, brotliDefaultOpts);
    } else {
      parseZlibOptions(opts, mode);
      parseBaseOptions(opts, mode, zlibDefaultOpts);
    }
  } catch {
    return kStream;
  }
  const chunkSize = optChunkSize;
  if (chunkSize > kMaxFastChunk || chunkSize !== (chunkSize | 0)) return kStream;
  if (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) {
    r = binding.brotliSync(mode, brotliInitParamsArray, input, optFinishFlush, chunkSize, optMaxOutputLength);
  } else {
    r = binding.zlibSync(mode, optWindowBits, optLevel, optMemLevel, optStrategy, optDictionary, input,
      optFinishFlush, chunkSize, optMaxOutputLength);
  }
  if (typeof r === 'number') {
    if (r === -1) throw new (codes().ERR_BUFFER_TOO_LARGE)(optMaxOutputLength);
    if (r === -2) throw new (codes().ERR_ZLIB_INITIALIZATION_FAILED)();
    return kStream;
  }
  if (ArrayIsArray(r)) throw zlibError(mode, r[0], r[1], r[2]);
  return new FastBuffer(r);
}

function convenience(ctor, sync, mode) {
  if (sync && mode !== undefined) {
    return function syncBufferWrapper(buffer, opts) {
      if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
      const r = oneShotSync(mode, buffer, opts);
      if (r !== kStream) return r;
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  ZstdCompress,
  ZstdDecompress,

  deflate: convenience(Deflate, false),
  deflateSync: convenience(Deflate, true, DEFLATE),
  gzip: convenience(Gzip, false),
  gzipSync: convenience(Gzip, true, GZIP),
  deflateRaw: convenience(DeflateRaw, false),
  deflateRawSync: convenience(DeflateRaw, true, DEFLATERAW),
  unzip: convenience(Unzip, false),
  unzipSync: convenience(Unzip, true, UNZIP),
  inflate: convenience(Inflate, false),
  inflateSync: convenience(Inflate, true, INFLATE),
  gunzip: convenience(Gunzip, false),
  gunzipSync: convenience(Gunzip, true, GUNZIP),
  inflateRaw: convenience(InflateRaw, false),
  inflateRawSync: convenience(InflateRaw, true, INFLATERAW),
  brotliCompress: convenience(BrotliCompress, false),
  brotliCompressSync: convenience(BrotliCompress, true, BROTLI_ENCODE),
  brotliDecompress: convenience(BrotliDecompress, false),
  brotliDecompressSync: convenience(BrotliDecompress, true, BROTLI_DECODE),
  zstdCompress: convenience(ZstdCompress, false),
  zstdCompressSync: convenience(ZstdCompress, true),
  zstdDecompress: convenience(ZstdDecompress, false),
  zstdDecompressSync: convenience(ZstdDecompress, true),
};

for (const [create, ctor] of [['createDeflate', Deflate], ['createInflate', Inflate],
  ['createDeflateRaw', DeflateRaw], ['createInflateRaw', InflateRaw], ['createGzip', Gzip],
  ['createGunzip', Gunzip], ['createUnzip', Unzip], ['createBrotliCompress', BrotliCompress],
  ['createBrotliDecompress', BrotliDecompress], ['createZstdCompress', ZstdCompress],
  ['createZstdDecompress', ZstdDecompress]]) {
  ObjectDefineProperty(module.exports, create, {
    __proto__: null,
    value: { [create](options) { return new ctor(options); } }[create],
    writable: false,
    enumerable: true,
    configurable: true,
  });
}

ObjectDefineProperty(module.exports, 'constants', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  value: constants,
});
// The old top-level copies of the constants, as Node keeps them (not the
// brotli ones).
for (const name of ObjectKeys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  ObjectDefineProperty(module.exports, name, {
    __proto__: null, value: constants[name], writable: false, enumerable: false, configurable: false,
  });
}
ObjectDefineProperty(module.exports, 'codes', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  value: codesTable,
});
