'use strict';
// The small members of node:util: styleText, stripVTControlCharacters,
// getSystemErrorName/Map/Message, toUSVString and aborted; and the color
// decision (shouldColorize) that styleText and debuglog share.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');

// Captured at load: these run on user values.
const ReflectApply = Reflect.apply;
const NumberIsSafeInteger = Number.isSafeInteger;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectKeys = Object.keys;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const ArrayIsArray = Array.isArray;
const MapCtor = Map;
const { set: mapSet } = Map.prototype;
const { toWellFormed, indexOf: stringIndexOf, slice: stringSlice } = String.prototype;
const PromiseCtor = Promise;
const FinalizationRegistryCtor = FinalizationRegistry;
const { register: registryRegister, unregister: registryUnregister } = FinalizationRegistry.prototype;
const TypeErrorCtor = TypeError;

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// ---- colors ---------------------------------------------------------------------

const { colorDepth } = require('internal/console/color');

// Whether text written to `stream` should carry colors (colorDepth() is
// Node's tty.WriteStream#getColorDepth on an environment): FORCE_COLOR
// decides for every stream; otherwise only a TTY gets them, as many as its
// getColorDepth() says. kiln's process.stdout and stderr have no
// getColorDepth yet; for them the environment answers, as it does inside
// Node's tty streams.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return colorDepth(process.env) > 2;
  if (stream === null || stream === undefined || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  if (stream === process.stdout || stream === process.stderr) return colorDepth(process.env) > 2;
  return true;
}

// ---- styleText ----------------------------------------------------------------------

// Replaces each `search` in str, except one that ends the string: Node
// leaves a close code at the very end alone (this style's own close code
// follows it anyway).
function replaceCloseCodes(str, search, replacement) {
  let at = ReflectApply(stringIndexOf, str, [search]);
  if (at === -1) return str;
  let out = '';
  let from = 0;
  while (at !== -1 && at + search.length < str.length) {
    out += ReflectApply(stringSlice, str, [from, at]) + replacement;
    from = at + search.length;
    at = ReflectApply(stringIndexOf, str, [search, from]);
  }
  return out + ReflectApply(stringSlice, str, [from]);
}

// styleText(format, text[, { validateStream, stream }]): text wrapped in
// the escape codes of one format or several (outermost first). A close
// code already inside the text would end the outer style early; it is
// followed by this style's open code again (bold and dim share their close
// code, so there both are re-sent). With validateStream (the default), the
// text comes back plain when the stream would not show colors.
function styleText(format, text, options) {
  validateString(text, 'text');
  if (options !== undefined) validateObject(options, 'options');
  const validateStream = options?.validateStream ?? true;
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    const stream = options?.stream ?? process.stdout;
    const { isNodeStream, isReadableStream, isWritableStream } = require('internal/streams/utils');
    if (!isReadableStream(stream) && !isWritableStream(stream) && !isNodeStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const colors = lazyInspect().inspect.colors;
  const formats = ArrayIsArray(format) ? format : [format];
  let left = '';
  let right = '';
  let styled = text;
  for (let i = 0; i < formats.length; i++) {
    const key = formats[i];
    if (key === 'none') continue;
    const codes = colors[key];
    if (codes == null) {
      const allowed = ObjectGetOwnPropertyNames(colors);
      let list = '';
      for (let j = 0; j < allowed.length; j++) list += `${j > 0 ? ', ' : ''}'${allowed[j]}'`;
      throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${list}`);
    }
    if (skipColorize) continue;
    const open = `\u001b[${codes[0]}m`;
    const close = `\u001b[${codes[1]}m`;
    styled = replaceCloseCodes(styled, close, codes[1] === 22 ? close + open : open);
    left += open;
    right = close + right;
  }
  return skipColorize ? text : `${left}${styled}${right}`;
}

// ---- the rest ---------------------------------------------------------------------

function stripVTControlCharacters(str) {
  return lazyInspect().stripVTControlCharacters(str);
}

function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding;
}

// 'ENOENT' for -2; 'Unknown system error -N' for numbers libuv does not know.
function getSystemErrorName(err) {
  validateErrno(err);
  return require('internal/errors').getSystemErrorName(err);
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  return lazyUv().strerror(err);
}

// A new Map from errno to [name, message] on every call, as in Node.
function getSystemErrorMap() {
  const rows = lazyUv().getErrorMap();
  const map = new MapCtor();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    ReflectApply(mapSet, map, [row[0], [row[1], row[2]]]);
  }
  return map;
}

// Lone surrogates become U+FFFD.
function toUSVString(input) {
  return ReflectApply(toWellFormed, `${input}`, []);
}

// util.aborted(signal, resource): resolves (with the abort event) when the
// signal aborts, at once if it already has. The promise holds `resource`
// only weakly: if the resource is collected first, the listener is taken
// off the signal and the promise never settles, so waiting on it keeps
// nothing alive.
let registry;
function cleanupAbortListener(held) {
  held.remove();
}

async function aborted(signal, resource) {
  const { isAbortSignal } = require('internal/abort_controller');
  if (!isAbortSignal(signal)) {
    // The WebIDL converter's words, as Node reports them.
    const err = new TypeErrorCtor('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return undefined;
  if (registry === undefined) registry = new FinalizationRegistryCtor(cleanupAbortListener);
  const eventTarget = require('internal/event_target');
  const token = {};
  return new PromiseCtor((resolve) => {
    const listener = (event) => {
      ReflectApply(registryUnregister, registry, [token]);
      resolve(event);
    };
    // Runs even when an earlier listener stops propagation.
    eventTarget.addListener(signal, 'abort', listener, false, true, false, undefined, true);
    const held = { remove: () => eventTarget.removeListener(signal, 'abort', listener, false) };
    ReflectApply(registryRegister, registry, [resource, held, token]);
  });
}

// ---- signals, transferable signals, legacy errors ---------------------------------

// The exit code of a process killed by `signalCode`, as a shell reports
// it: 128 plus the signal's number.
function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('os').constants;
  require('internal/validators').validateOneOf(signalCode, 'signalCode', ObjectKeys(signals));
  return 128 + signals[signalCode];
}

// Node marks the signal as one that a MessagePort can transfer. kiln has no
// MessagePort; the signal is returned as it is, after the same check.
function transferableAbortSignal(signal) {
  const { isAbortSignal } = require('internal/abort_controller');
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

// util._errnoException and util._exceptionWithHostPort: the errors net and
// dgram make from a libuv error number, exported by Node for old packages.
// Their stacks start at the caller.
function errnoException(err, syscall, original) {
  const ex = require('internal/net/errors').errnoException(err, syscall, original);
  ErrorCaptureStackTrace(ex, errnoException);
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const ex = require('internal/net/errors').exceptionWithHostPort(err, syscall, address, port, additional);
  ErrorCaptureStackTrace(ex, exceptionWithHostPort);
  return ex;
}

// util._extend(target, source): the own enumerable string keys of source
// copied onto target; a source that is not an object copies nothing.
function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

module.exports = {
  convertProcessSignalToExitCode,
  transferableAbortSignal,
  transferableAbortController,
  errnoException,
  exceptionWithHostPort,
  extend,
  styleText,
  stripVTControlCharacters,
  getSystemErrorName,
  getSystemErrorMap,
  getSystemErrorMessage,
  toUSVString,
  aborted,
  shouldColorize,
};
