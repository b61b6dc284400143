'use strict';
// What happens to an exception nobody caught: 'uncaughtException' listeners,
// or Node's report (the source line with a caret, then the error) and exit
// code 1 (7 when a handler itself throws).

const { formatError, sourceContext, hasErrorPlace } = require('internal/stack');
const fsBinding = internalBinding('fs');

let handling = false;
let captureCallback = null;

// process.setUncaughtExceptionCaptureCallback: one function that takes
// every uncaught exception instead of 'uncaughtException' and the exit.
function setCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  const { ERR_INVALID_ARG_TYPE, ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } = require('internal/errors').codes;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
}

function hasCaptureCallback() {
  return captureCallback !== null;
}

function writeErr(text) {
  try {
    fsBinding.writeAll(2, text);
  } catch {
    // stderr is gone; nothing left to tell.
  }
}

// Node's layout: the source context, then an Error's stack and properties
// (or an object's inspection) between blank lines; a primitive right under
// the context, with a hint about --trace-uncaught.
// fromPromise: the error rejected a promise (an ES module's evaluation is
// one); Node then points at where the error was made, not at a `throw`.
function report(err, fromPromise = false) {
  const context = sourceContext(err, fromPromise);
  let text = context ? `${context}` : '';
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    text += `${context && hasErrorPlace(err) ? '' : '\n'}${formatError(err)}\n`;
  } else {
    text = `\n${text}${typeof err === 'string' ? err : inspectValue(err)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  writeErr(`${text}\nNode.js ${process.version}\n`);
}

function inspectValue(v) {
  try {
    return require('util').inspect(v);
  } catch {
    return String(v);
  }
}

// The report, then the end of the process with `code` ('exit' listeners
// have run already, or are not to run).
function fatal(err, code, fromPromise) {
  report(err, fromPromise);
  process.reallyExit(code);
}

// process._fatalException(err, fromPromise): Node's handler of an uncaught
// exception, which a program may replace; true when something took the
// exception (the capture callback or an 'uncaughtException' listener).
// Taken by nothing, the process is ending: 'exit' listeners run now, with
// exit code 1, before the report (in Node's order; one may change the code).
function fatalException(err, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (captureCallback !== null) {
    captureCallback(err);
    return true;
  }
  process.emit('uncaughtExceptionMonitor', err, origin);
  if (process.emit('uncaughtException', err, origin)) return true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws cannot change the outcome now.
  }
  return false;
}

// origin is 'uncaughtException', or 'unhandledRejection' for a rejection
// that nobody handled, as 'uncaughtException' listeners receive it. Exit
// codes as Node's: 7 when a handler throws, 6 when process._fatalException
// is no function, else process.exitCode (1 unless an 'exit' listener
// changed it).
function handleUncaught(err, origin = 'uncaughtException') {
  const fromPromise = origin === 'unhandledRejection';
  if (handling) {
    fatal(err, 7, fromPromise);
    return;
  }
  handling = true;
  const handler = process._fatalException;
  if (typeof handler !== 'function') {
    fatal(err, 6, fromPromise);
    return;
  }
  let handled;
  try {
    handled = Reflect.apply(handler, process, [err, fromPromise]);
  } catch (handlerErr) {
    fatal(handlerErr, 7, false);
    return;
  }
  if (handled) {
    handling = false;
    return;
  }
  const code = process.exitCode;
  fatal(err, code === undefined || code === null ? 1 : code | 0, fromPromise);
}

module.exports = { handleUncaught, fatalException, report, setCaptureCallback, hasCaptureCallback };
