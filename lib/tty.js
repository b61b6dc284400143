'use strict';
// node:tty: isatty, and the stream classes process.stdin/stdout/stderr are
// made of when they are terminals. A ReadStream is a net.Socket over the
// terminal's descriptor; setRawMode switches the terminal's line
// discipline (the mode it had is put back at exit).

const net = require('net');
const ttyBinding = internalBinding('tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && ttyBinding.isatty(fd);
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  if (fd >> 0 !== fd || fd < 0) {
    const { ERR_INVALID_FD } = require('internal/errors').codes;
    throw new ERR_INVALID_FD(fd);
  }
  // Node makes a uv_tty_t, which only a terminal can be.
  let err = ttyBinding.isatty(fd) ? 0 : -22; // UV_EINVAL
  let handle;
  if (err === 0) {
    handle = internalBinding('pipe').create(false);
    err = handle.open(fd);
    if (err) handle.close();
  }
  if (err) {
    const { ERR_TTY_INIT_FAILED } = require('internal/errors').codes;
    const uv = internalBinding('uv');
    throw new ERR_TTY_INIT_FAILED({ errno: err, code: uv.errname(err), syscall: 'uv_tty_init',
                                    message: uv.strerror(err) });
  }
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = ttyBinding.setRawMode(this.fd, flag);
  if (err) {
    const { errnoException } = require('internal/net/errors');
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

module.exports.isatty = isatty;
module.exports.ReadStream = ReadStream;
Object.defineProperty(module.exports, 'WriteStream', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    const value = require('internal/process/stdio').classes().WriteStream;
    Object.defineProperty(module.exports, 'WriteStream', { __proto__: null, value, enumerable: true, writable: true, configurable: true });
    return value;
  },
});
