'use strict';
// close(cb) emits 'close' on a later tick, once; an unref'd bound socket
// does not keep the process alive, ref() makes it do so again; an abort
// signal closes the socket; Symbol.asyncDispose closes it and resolves.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket('udp4');
a.bind(0, common.mustCall(() => {
  let sync = true;
  a.close(common.mustCall(() => assert.strictEqual(sync, false)));
  sync = false;
}));

// Bound and receiving, but unref'd: the process may exit.
const idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(idle.unref(), idle);
}));
idle.on('close', common.mustNotCall());

const controller = new AbortController();
const b = dgram.createSocket({ type: 'udp4', signal: controller.signal });
b.on('close', common.mustCall());
b.bind(0, common.mustCall(() => controller.abort()));

const preAborted = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
preAborted.on('close', common.mustCall());
assert.throws(() => preAborted.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });

const c = dgram.createSocket('udp4');
c.bind(0, common.mustCall(async () => {
  c.on('close', common.mustCall());
  await c[Symbol.asyncDispose]();
  assert.throws(() => c.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
  // A second dispose is a no-op.
  await c[Symbol.asyncDispose]();
}));
