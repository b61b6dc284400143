'use strict';
// Transferable web streams (the Streams standard's transfer steps, as
// Node 24 does them): a ReadableStream, WritableStream or TransformStream
// in the transfer list of structuredClone() or MessagePort#postMessage()
// is locked, piped into one end of a new MessageChannel, and the clone is
// a new stream of the same kind over the other end (a cross-realm
// transform stream). Chunks are cloned as they cross; 'pull' messages
// carry backpressure back, and errors and cancellation cross either way.
// The messages are Node's: { type: 'chunk' | 'close' | 'error' | 'pull',
// value }. The sending end's port never holds the process open; the
// receiving end's does from its first read or write on, as in Node.

const { DOMException } = require('internal/per_context/domexception');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');
const transform = require('internal/webstreams/transformstream');
const { deferred, setHandled, resolvedUndefined } = require('internal/webstreams/util');

function newChannel() {
  const { MessageChannel } = require('internal/worker/io');
  return new MessageChannel();
}

// An 'error' message: the other end errors its stream with the value.
function postError(port, error) {
  port.postMessage({ type: 'error', value: error });
}

// Cancel and abort: the reason goes to the other end, which errors its
// stream with it, and this end is done. A reason that cannot be cloned
// sends the DataCloneError instead and rejects with it.
async function sendReason(port, reason) {
  try {
    postError(port, reason);
  } catch (err) {
    postError(port, err);
    throw err;
  } finally {
    port.close();
  }
}

// After the other end's message failed to deserialize.
function messageErrorSteps(port, errorStream) {
  port.onmessageerror = () => {
    const error = new DOMException('Internal transferred ReadableStream error', 'DataCloneError');
    postError(port, error);
    errorStream(error);
    port.close();
  };
}

// SetUpCrossRealmTransformReadable: chunks from the port; a read asks for
// more with 'pull'; cancel sends the reason back as an error. Returns the
// internal stream.
function crossRealmReadable(port, refOnFirstPull) {
  let refPending = refOnFirstPull;
  const stream = readable.createReadableStream(
    () => undefined,
    async () => {
      if (refPending) {
        refPending = false;
        port.ref();
      }
      port.postMessage({ type: 'pull' });
    },
    (reason) => sendReason(port, reason),
    0,
    () => 1);
  const controller = stream.controller;
  port.onmessage = ({ data }) => {
    const { type, value } = data;
    if (type === 'chunk') {
      readable.defaultControllerEnqueue(controller, value);
    } else if (type === 'close') {
      readable.defaultControllerClose(controller);
      port.close();
    } else if (type === 'error') {
      readable.defaultControllerError(controller, value);
      port.close();
    }
  };
  messageErrorSteps(port, (error) => readable.defaultControllerError(controller, error));
  port.unref();
  return stream;
}

// SetUpCrossRealmTransformWritable: each chunk waits for the other end's
// 'pull' before it is posted; close and abort are posted too. Returns the
// internal stream.
function crossRealmWritable(port, refOnFirstWrite) {
  let refPending = refOnFirstWrite;
  // Nothing may be posted before the other end asks.
  let backpressure = deferred();
  const stream = writable.createWritableStream(
    () => undefined,
    async (chunk) => {
      if (refPending) {
        refPending = false;
        port.ref();
      }
      if (backpressure === undefined) backpressure = { promise: resolvedUndefined, resolve: undefined };
      await backpressure.promise;
      backpressure = deferred();
      try {
        port.postMessage({ type: 'chunk', value: chunk });
      } catch (err) {
        postError(port, err);
        port.close();
        throw err;
      }
    },
    () => {
      port.postMessage({ type: 'close' });
      port.close();
      return resolvedUndefined;
    },
    (reason) => sendReason(port, reason),
    1,
    () => 1);
  const controller = stream.controller;
  const release = () => {
    if (backpressure !== undefined && backpressure.resolve !== undefined) backpressure.resolve();
    backpressure = undefined;
  };
  port.onmessage = ({ data }) => {
    const { type, value } = data;
    if (type === 'pull') {
      release();
    } else if (type === 'error') {
      writable.controllerErrorIfNeeded(controller, value);
      release();
    }
  };
  messageErrorSteps(port, (error) => writable.controllerErrorIfNeeded(controller, error));
  port.unref();
  return stream;
}

function pipe(source, dest) {
  setHandled(readable.readableStreamPipeTo(source, dest, false, false, false, undefined));
}

// The kind of a transferable stream, or undefined.
function transferableKind(value) {
  if (readable.streamOf(value) !== undefined) return 'ReadableStream';
  if (writable.streamOf(value) !== undefined) return 'WritableStream';
  if (transform.transformStreamOf(value) !== undefined) return 'TransformStream';
  return undefined;
}

// The DataCloneError that transferring value would meet, or undefined.
function transferError(value) {
  const r = readable.streamOf(value);
  if (r !== undefined) return r.reader !== undefined ? lockedError('ReadableStream') : undefined;
  const w = writable.streamOf(value);
  if (w !== undefined) return w.writer !== undefined ? lockedError('WritableStream') : undefined;
  const t = transform.transformStreamOf(value);
  if (t.readable.reader !== undefined) return lockedError('ReadableStream');
  if (t.writable.writer !== undefined) return lockedError('WritableStream');
  return undefined;
}

function lockedError(kind) {
  return new DOMException(`Cannot transfer a locked ${kind}`, 'DataCloneError');
}

function transferReadable(source) {
  const { port1, port2 } = newChannel();
  pipe(source, crossRealmWritable(port1, false));
  return crossRealmReadable(port2, true);
}

function transferWritable(dest) {
  const { port1, port2 } = newChannel();
  pipe(crossRealmReadable(port1, false), dest);
  return crossRealmWritable(port2, true);
}

// Transfers value (checked by transferError): it is locked into a pipe and
// the new stream of its kind is returned.
function transferStream(value) {
  const r = readable.streamOf(value);
  if (r !== undefined) return transferReadable(r).obj;
  const w = writable.streamOf(value);
  if (w !== undefined) return transferWritable(w).obj;
  const t = transform.transformStreamOf(value);
  const out = transferReadable(t.readable);
  const into = transferWritable(t.writable);
  return transform.wrapTransferred(out, into);
}

module.exports = { transferableKind, transferError, transferStream };
