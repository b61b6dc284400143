'use strict';
// SCHED_RR: the primary listens and accepts; each accepted connection goes
// to one worker as a handle ('newconn'). A worker gets the next connection
// only after it answered for the last one, so connections spread over the
// workers that are free rather than queueing on a busy one.

const net = require('net');

function RoundRobinHandle(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
  this.key = key;
  this.all = new Map();       // id -> worker, every worker sharing this server
  this.free = new Map();      // id -> worker, those waiting for a connection
  this.queue = [];            // accepted connections no worker took yet
  this.handle = null;
  this.server = net.createServer(() => {
    throw new Error('the primary\'s round-robin server got a connection itself');
  });
  if (fd >= 0) {
    this.server.listen({ fd, backlog });
  } else if (port >= 0) {
    this.server.listen({ port, host: address, ipv6Only: Boolean(flags & 1), backlog });
  } else {
    this.server.listen({ path: address, backlog, readableAll, writableAll });
  }
  this.server.once('listening', () => {
    // The primary keeps the bare listening handle; the server object that
    // made it is no longer needed.
    this.handle = this.server._handle;
    this.handle.onconnection = (err, client) => this.distribute(err, client);
    this.server._handle = null;
    this.server = null;
  });
}

// reply(errno, reply, handle) answers the worker's query.
RoundRobinHandle.prototype.add = function add(worker, reply) {
  this.all.set(worker.id, worker);
  const done = () => {
    if (typeof this.handle.getsockname === 'function' && typeof this.handle.setNoDelay === 'function') {
      const sockname = {};
      this.handle.getsockname(sockname);
      reply(null, { sockname }, null);
    } else {
      reply(null, null, null);    // a pipe has no port to report
    }
    this.handoff(worker);          // connections may be waiting already
  };
  if (this.server === null) {
    done();
    return;
  }
  // Still binding.
  this.server.once('listening', done);
  this.server.once('error', (err) => reply(err.errno, null));
};

// True when no worker uses the server any more: the primary stops listening.
RoundRobinHandle.prototype.remove = function remove(worker) {
  if (!this.all.delete(worker.id)) return false;
  this.free.delete(worker.id);
  if (this.all.size !== 0) return false;
  for (const client of this.queue) client.close();
  this.queue = [];
  if (this.handle !== null) {
    this.handle.close();
    this.handle = null;
  }
  return true;
};

RoundRobinHandle.prototype.distribute = function distribute(err, client) {
  // A failed accept has nothing to hand over.
  if (err) return;
  this.queue.push(client);
  const first = this.free.entries().next();
  if (!first.done) {
    const [id, worker] = first.value;
    this.free.delete(id);
    this.handoff(worker);
  }
};

RoundRobinHandle.prototype.handoff = function handoff(worker) {
  // The worker closed its server (or is gone).
  if (!this.all.has(worker.id)) return;
  if (this.queue.length === 0) {
    this.free.set(worker.id, worker);
    return;
  }
  const client = this.queue.shift();
  const { sendHelper } = require('internal/cluster/utils');
  if (!worker.process.connected) {
    this.distribute(0, client);
    return;
  }
  sendHelper(worker.process, { act: 'newconn', key: this.key }, client, (reply) => {
    if (reply.accepted) client.close();
    else this.distribute(0, client);    // the worker is closing: try another
    this.handoff(worker);
  });
};

module.exports = RoundRobinHandle;
