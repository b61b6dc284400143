'use strict';
// util.setTraceSigInt(enable) and --trace-sigint: on SIGINT, print where
// the program was ("KEYBOARD_INTERRUPT: ..." and the stack of the code that
// was running) and end as the signal would. The signal, the engine's
// watchdog and the report are src/binding/signal_wrap.c's (traceSigint);
// this gives it the frames.

const binding = internalBinding('signal_wrap');
const ErrorCaptureStackTrace = Error.captureStackTrace;
const { indexOf, slice } = String.prototype;

// The frames of the code the watchdog interrupted, as err.stack writes
// them (this function's own left out).
function runningFrames() {
  const holder = {};
  ErrorCaptureStackTrace(holder, runningFrames);
  const stack = `${holder.stack}`;
  const nl = indexOf.call(stack, '\n');
  return nl === -1 ? '' : slice.call(stack, nl + 1);
}

function setTraceSigInt(enable) {
  binding.traceSigint(enable ? runningFrames : null);
}

module.exports = { setTraceSigInt };
