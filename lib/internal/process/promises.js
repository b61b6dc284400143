'use strict';
// Unhandled promise rejections, as Node 24 treats them. The engine reports a
// rejected promise that has no handler once the promise jobs have drained;
// bootstrap queues it, and process() runs after the nextTick queue, checking
// whether a handler was attached in the meantime. The mode comes from
// --unhandled-rejections (throw by default).

const utilBinding = internalBinding('util');

const kThrow = 0;
const kStrict = 1;
const kWarn = 2;
const kWarnWithErrorCode = 3;
const kNone = 4;
const modes = { throw: kThrow, strict: kStrict, warn: kWarn, 'warn-with-error-code': kWarnWithErrorCode, none: kNone };

function modeFromArgv() {
  const argv = natives.execArgv;
  let mode = kThrow;
  for (let i = 0; i < argv.length; i++) {
    let value;
    if (argv[i].startsWith('--unhandled-rejections=')) value = argv[i].slice(23);
    else if (argv[i] === '--unhandled-rejections') value = argv[++i];
    if (value !== undefined && modes[value] !== undefined) mode = modes[value];
  }
  return mode;
}
const mode = modeFromArgv();

let lastRejectionId = 0;
// Promises reported unhandled that a handler may still be attached to, for
// 'rejectionHandled'. Weak, so that a forgotten promise is not kept alive.
let reported = [];

function isHandled(promise) {
  const d = utilBinding.getPromiseDetails(promise);
  return d === undefined || d[2];
}

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

// What V8's NoSideEffectsToString makes of a value, which Node puts in the
// message: primitives as strings, objects as "#<Ctor>", arrays and other
// exotic objects by their Object.prototype.toString tag.
function noSideEffectsToString(v) {
  if (typeof v === 'symbol') return v.toString();
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return `${v}`;
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  if (v instanceof Error) {
    try {
      return `${v.name}: ${v.message}`;
    } catch {
      return '#<Error>';
    }
  }
  if (Array.isArray(v)) return '[object Array]';
  const proto = Object.getPrototypeOf(v);
  const ctor = proto && Object.prototype.hasOwnProperty.call(proto, 'constructor') ? proto.constructor : undefined;
  const name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name ? ctor.name : 'Object';
  return `#<${name}>`;
}

function setName(err, name) {
  Object.defineProperty(err, 'name', { value: name, enumerable: false, writable: true, configurable: true });
}

function unhandledRejectionError(reason) {
  const err = new Error('This error originated either by throwing inside of an async function without a ' +
    'catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with' +
    ` the reason "${noSideEffectsToString(reason)}".`);
  setName(err, 'UnhandledPromiseRejection');
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

function warningWithoutStack(name, message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(message);
  Error.stackTraceLimit = limit;
  setName(err, name);
  return err;
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = warningWithoutStack('UnhandledPromiseRejectionWarning',
    'Unhandled promise rejection. This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate ' +
    'the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
    '(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(require('internal/stack').formatError(reason), 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // A reason whose properties throw still gets the generic warning.
  }
  process.emitWarning(warning);
}

function fatal(reason) {
  const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
  require('internal/process/execution').handleUncaught(err, 'unhandledRejection');
}

function checkHandledLater() {
  const still = [];
  for (const entry of reported) {
    const promise = entry.ref.deref();
    if (promise === undefined) continue;
    if (!isHandled(promise)) {
      still.push(entry);
      continue;
    }
    if (!process.emit('rejectionHandled', promise)) {
      process.emitWarning(warningWithoutStack('PromiseRejectionHandledWarning',
        `Promise rejection was handled asynchronously (rejection id: ${entry.uid})`));
    }
  }
  reported = still;
}

// list: [promise, reason, promise, reason, ...] as the engine reported them.
function processRejections(list) {
  if (reported.length > 0) checkHandledLater();
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    if (isHandled(promise)) continue;
    const uid = ++lastRejectionId;
    reported.push({ ref: new WeakRef(promise), uid });
    switch (mode) {
      case kStrict: {
        fatal(reason);
        if (!process.emit('unhandledRejection', reason, promise)) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case kNone:
        process.emit('unhandledRejection', reason, promise);
        break;
      case kWarn:
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledRejectionWarning(uid, reason);
        break;
      case kWarnWithErrorCode:
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      default:
        if (!process.emit('unhandledRejection', reason, promise)) fatal(reason);
        break;
    }
  }
}

function hasReported() {
  return reported.length > 0;
}

module.exports = { process: processRejections, hasReported, noSideEffectsToString };
