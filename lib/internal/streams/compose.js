'use strict';
// stream.compose(...streams): the stages pipelined together and seen from
// outside as one Duplex, whose writes go to the first stage and whose
// reads come from the last. Stages are what pipeline() takes; a function
// at either end goes through Duplex.from(). The Duplex is readable when
// the last stage is, writable when the first is.

const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const {
  isNodeStream,
  isReadable,
  isReadableStream,
  isTransformStream,
  isWebStream,
  isWritable,
  isWritableStream,
} = require('internal/streams/utils');

const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;

let codes;
const errorCodes = () => (codes ??= require('internal/errors').codes);
let AbortErrorCtor;
let Duplex;

const swallow = [undefined, () => {}];

function compose(...streams) {
  Duplex ??= require('internal/streams/duplex');
  if (streams.length === 0) throw new (errorCodes().ERR_MISSING_ARGS)('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const given = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const lastIndex = streams.length - 1;
  if (typeof streams[lastIndex] === 'function') streams[lastIndex] = Duplex.from(streams[lastIndex]);

  for (let n = 0; n < streams.length; ++n) {
    const s = streams[n];
    if (!isNodeStream(s) && !isWebStream(s)) continue;
    if (n < lastIndex && !(isReadable(s) || isReadableStream(s) || isTransformStream(s))) {
      throw new (errorCodes().ERR_INVALID_ARG_VALUE)(`streams[${n}]`, given[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(s) || isWritableStream(s) || isTransformStream(s))) {
      throw new (errorCodes().ERR_INVALID_ARG_VALUE)(`streams[${n}]`, given[n], 'must be writable');
    }
  }

  // Callbacks waiting on the inner stages.
  let onDrain = null;
  let onFinish = null;
  let onReadable = null;
  // undefined while the pipeline runs, then null; destroy() meanwhile
  // stores its callback here for the pipeline's end to call.
  let onClose;
  let d;

  const head = streams[0];
  const tail = pipeline(streams, (err) => {
    const cb = onClose;
    onClose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  });

  const writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  const readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    if (isNodeStream(head)) {
      d._write = function _write(chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else onDrain = callback;
      };
      d._final = function _final(callback) {
        head.end();
        onFinish = callback;
      };
      head.on('drain', () => {
        if (onDrain) {
          const cb = onDrain;
          onDrain = null;
          cb();
        }
      });
    } else if (isWebStream(head)) {
      const writer = (isTransformStream(head) ? head.writable : head).getWriter();
      d._write = async function _write(chunk, encoding, callback) {
        try {
          await writer.ready;
          ReflectApply(PromisePrototypeThen, writer.write(chunk), swallow);
          callback();
        } catch (err) {
          callback(err);
        }
      };
      d._final = async function _final(callback) {
        try {
          await writer.ready;
          ReflectApply(PromisePrototypeThen, writer.close(), swallow);
          onFinish = callback;
        } catch (err) {
          callback(err);
        }
      };
    }
    // The composed stream finishes once everything written came out of the
    // last stage.
    eos(isTransformStream(tail) ? tail.readable : tail, () => {
      if (onFinish) {
        const cb = onFinish;
        onFinish = null;
        cb();
      }
    });
  }

  if (readable) {
    if (isNodeStream(tail)) {
      tail.on('readable', () => {
        if (onReadable) {
          const cb = onReadable;
          onReadable = null;
          cb();
        }
      });
      tail.on('end', () => {
        d.push(null);
      });
      d._read = function _read() {
        while (true) {
          const buf = tail.read();
          if (buf === null) {
            onReadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    } else if (isWebStream(tail)) {
      const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
      d._read = async function _read() {
        while (true) {
          try {
            const { value, done } = await reader.read();
            if (!d.push(value)) return;
            if (done) {
              d.push(null);
              return;
            }
          } catch {
            return;
          }
        }
      };
    }
  }

  d._destroy = function _destroy(err, callback) {
    if (!err && onClose !== null) {
      AbortErrorCtor ??= require('internal/errors').AbortError;
      err = new AbortErrorCtor();
    }
    onReadable = null;
    onDrain = null;
    onFinish = null;
    if (onClose === null) {
      callback(err);
    } else {
      onClose = callback;
      if (isNodeStream(tail)) destroyImpl.destroyer(tail, err);
    }
  };

  return d;
}

module.exports = compose;
