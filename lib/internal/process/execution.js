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

function die(err, code, fromPromise = false) {
  report(err, fromPromise);
  process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', code);
    } catch {
      // An 'exit' listener that throws cannot change the outcome now.
    }
  }
  // An 'exit' listener may still set the final status, as in Node.
  const final = process.exitCode;
  process.reallyExit(final === undefined || final === null ? code : final | 0);
}

// origin is 'uncaughtException', or 'unhandledRejection' for a rejection
// that nobody handled, as 'uncaughtException' listeners receive it.
function handleUncaught(err, origin = 'uncaughtException') {
  if (handling) {
    // A handler threw: Node reports the new error and exits with 7.
    die(err, 7);
    return;
  }
  handling = true;
  try {
    if (captureCallback !== null) {
      captureCallback(err);
      handling = false;
      return;
    }
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, origin);
      handling = false;
      return;
    }
  } catch (handlerErr) {
    die(handlerErr, 7);
    return;
  }
  die(err, 1, origin === 'unhandledRejection');
}

module.exports = { handleUncaught, report, setCaptureCallback, hasCaptureCallback };
