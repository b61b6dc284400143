'use strict';
// Duplex.from(body): a Duplex for whatever body is.
//   Duplex                      itself
//   Readable / Writable         a Duplex with that one side
//   async generator function    writes feed its argument (an async
//                               iterable); what it yields is read
//   async function              writes feed its argument; it must resolve
//                               to null or undefined
//   iterable / async iterable   a readable-only Duplex (Readable.from)
//   promise                     a readable-only Duplex of its value
//   { readable, writable }      the two joined (each may be any of these)
//   ReadableStream etc.         through the web stream adapters

const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
} = require('internal/streams/utils');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const from = require('internal/streams/from');

const PromiseCtor = Promise;
const ReflectApply = Reflect.apply;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);
let AbortErrorCtor;
function newAbortError(cause) {
  AbortErrorCtor ??= require('internal/errors').AbortError;
  return cause === undefined ? new AbortErrorCtor() : new AbortErrorCtor(undefined, { cause });
}
let AbortControllerCtor;

function isBlob(value) {
  const BlobCtor = globalThis.Blob;
  return typeof BlobCtor === 'function' && value instanceof BlobCtor;
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return joinPair({ readable: body });
  if (isWritableNodeStream(body)) return joinPair({ writable: body });
  if (isNodeStream(body)) return joinPair({ writable: false, readable: false });
  if (isReadableStream(body)) return joinPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) {
    return joinPair({ writable: require('internal/streams/writable').fromWeb(body) });
  }

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplex, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = ReflectApply(then, value, [
        (val) => {
          if (val != null) throw new (errorCodes().ERR_INVALID_RETURN_VALUE)('nully', 'body', val);
        },
        (err) => {
          destroyer(d, err);
        },
      ]);
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new (errorCodes().ERR_INVALID_RETURN_VALUE)('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer(), name);

  if (isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });

  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) {
    return Duplex.fromWeb(body);
  }

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable
      ? (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable, name))
      : undefined;
    const writable = body.writable
      ? (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable, name))
      : undefined;
    return joinPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    ReflectApply(then, body, [
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => {
        destroyer(d, err);
      },
    ]);
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new (errorCodes().ERR_INVALID_ARG_TYPE)(name, [
    'Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
    '{ readable, writable } pair', 'Promise',
  ], body);
}

// Calls fn with an async iterable of what is written, and { signal }.
// Each write resolves the iterable's pending next(); the write's callback
// runs once the function asked for the following chunk.
function fromAsyncGen(fn) {
  let resolveNext;
  let nextPromise = new PromiseCtor((resolve) => { resolveNext = resolve; });
  AbortControllerCtor ??= require('internal/abort_controller').AbortController;
  const ac = new AbortControllerCtor();
  const signal = ac.signal;

  async function* written() {
    while (true) {
      const pending = nextPromise;
      nextPromise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw newAbortError(signal.reason);
      nextPromise = new PromiseCtor((resolve) => { resolveNext = resolve; });
      yield chunk;
    }
  }

  const value = fn(written(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const resolve = resolveNext;
      resolveNext = null;
      resolve({ chunk, done: false, cb });
    },
    final(cb) {
      const resolve = resolveNext;
      resolveNext = null;
      resolve({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// One Duplex over a readable and a writable stream (either may be absent).
function joinPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function'
    ? Readable.wrap(pair.readable)
    : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let onDrain = null;
  let onFinish = null;
  let onReadable = null;
  // undefined until a side finished, then null; destroy() meanwhile stores
  // its callback here for that to call.
  let onClose;
  let d;

  function onFinished(err) {
    const cb = onClose;
    onClose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onFinished(err);
    });
    d._write = function _write(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else onDrain = callback;
    };
    d._final = function _final(callback) {
      w.end();
      onFinish = callback;
    };
    w.on('drain', () => {
      if (onDrain) {
        const cb = onDrain;
        onDrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onFinish) {
        const cb = onFinish;
        onFinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onFinished(err);
    });
    r.on('readable', () => {
      if (onReadable) {
        const cb = onReadable;
        onReadable = null;
        cb();
      }
    });
    r.on('end', () => {
      d.push(null);
    });
    d._read = function _read() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onReadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function _destroy(err, callback) {
    if (!err && onClose !== null) err = newAbortError();
    onReadable = null;
    onDrain = null;
    onFinish = null;
    if (onClose === null) {
      callback(err);
    } else {
      onClose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
