'use strict';
// process.stdout and process.stderr as synchronous writers. On Linux, Node
// writes to files, TTYs and pipes synchronously, so nothing written is lost
// when the process exits right after. (The full stream classes arrive with
// node:stream; these carry the part of their API that programs use most.)

const EventEmitter = require('events');
const fsBinding = internalBinding('fs');

function makeWriter(fd) {
  const w = new EventEmitter();
  w.fd = fd;
  w.writable = true;
  w._isStdio = true;
  if (internalBinding('process').guessHandleType(fd) === 'TTY') w.isTTY = true;
  w.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string') {
      if (ArrayBuffer.isView(chunk)) {
        chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } else {
        const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    fsBinding.writeAll(fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  };
  w.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) w.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return w;
  };
  w.cork = function cork() {};
  w.uncork = function uncork() {};
  w.setDefaultEncoding = function setDefaultEncoding() { return w; };
  return w;
}

module.exports = { makeWriter };
