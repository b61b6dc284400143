'use strict';
// Bad arguments throw Node's errors, before anything is sent or bound.
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket('udp5'), {
  code: 'ERR_SOCKET_BAD_TYPE',
  name: 'TypeError',
  message: 'Bad socket type specified. Valid types are: udp4, udp6',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "lookup" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', sendBufferSize: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', receiveBlockList: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

const s = dgram.createSocket('udp4');
assert.throws(() => s.send('x', 0), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: 'Port should be > 0 and < 65536. Received type number (0).',
});
assert.throws(() => s.send('x', 65536, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send(42, 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (42)',
});
assert.throws(() => s.send([1], 1234), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => s.send(Buffer.alloc(4), 2, 3, 1234, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
assert.throws(() => s.send('x', 1234, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.connect(0), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.connect(1234, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.addMembership(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "multicastAddress" argument must be specified',
});
assert.throws(() => s.setTTL('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setMulticastInterface(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.addSourceSpecificMembership(1, '232.1.1.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
assert.throws(() => s.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
assert.throws(() => s.setRecvBufferSize(-1), {
  code: 'ERR_SOCKET_BAD_BUFFER_SIZE',
  name: 'TypeError',
  message: 'Buffer size must be a positive integer',
});
// Nothing was queued or bound by the failed calls.
assert.strictEqual(s.getSendQueueCount(), 0);
assert.throws(() => s.address(), { code: 'EBADF', syscall: 'getsockname' });
s.close();
assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
assert.throws(() => s.send('x', 1234), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
