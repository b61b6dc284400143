'use strict';
// stream.addAbortSignal(signal, stream): aborting the signal destroys the
// stream with an AbortError (errors a web stream). The listener goes away
// once the stream is done.

const eos = require('internal/streams/end-of-stream');
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');

const SymbolDispose = Symbol.dispose;

let AbortErrorCtor;
function newAbortError(signal) {
  AbortErrorCtor ??= require('internal/errors').AbortError;
  return new AbortErrorCtor(undefined, { cause: signal.reason });
}

function addAbortSignal(signal, stream) {
  eos.validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

// For the stream constructors' `signal` option, which is not validated.
function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream)
    ? () => { stream.destroy(newAbortError(signal)); }
    : () => { stream[kControllerErrorFunction](newAbortError(signal)); };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = eos.addAbortListener(signal, onAbort);
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
