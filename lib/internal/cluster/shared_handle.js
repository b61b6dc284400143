'use strict';
// SCHED_NONE (and UDP under either policy): the primary binds the socket
// and sends the handle itself to every worker that asks; the workers
// accept (or receive) on it directly.

const net = require('net');

function SharedHandle(key, address, { port, addressType, fd, flags }) {
  this.key = key;
  this.workers = new Map();
  this.handle = null;
  this.errno = 0;
  const rval = addressType === 'udp4' || addressType === 'udp6' ?
    require('dgram')._createSocketHandle(address, port, addressType, fd, flags) :
    net._createServerHandle(address, port, addressType, fd, flags);
  if (typeof rval === 'number') this.errno = rval;
  else this.handle = rval;
}

SharedHandle.prototype.add = function add(worker, reply) {
  this.workers.set(worker.id, worker);
  reply(this.errno, null, this.handle);
};

SharedHandle.prototype.remove = function remove(worker) {
  if (!this.workers.delete(worker.id)) return false;
  if (this.workers.size !== 0) return false;
  if (this.handle !== null) {
    this.handle.close();
    this.handle = null;
  }
  return true;
};

module.exports = SharedHandle;
