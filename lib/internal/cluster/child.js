'use strict';
// node:cluster in a worker (a process forked by cluster.fork(), with
// NODE_UNIQUE_ID in its environment). Servers that listen here ask the
// primary for their socket (net's listenInCluster calls _getServer): under
// SCHED_RR they get a stand-in handle and the primary sends each accepted
// connection ('newconn'); under SCHED_NONE they get the listening handle.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { sendHelper, internal } = require('internal/cluster/utils');

const cluster = new EventEmitter();
// Servers of this worker that the primary shares, by the primary's key.
const handles = new Map();
// How many servers listen on the same address here: the Nth server of
// each worker on one address shares one socket in the primary.
const indexes = new Map();
// The server object each of those handles listens for.
const owners = new WeakMap();
const noop = () => {};

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Called once at boot when the process is a cluster worker.
cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away, or closed the channel without asking us to
    // disconnect: the worker has nothing left to serve.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });

  process.on('internalMessage', internal(worker, (message, handle) => {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') disconnectWorker.call(worker, true);
  }));

  send({ act: 'online' });
};

function removeIndex(indexesKey, index) {
  const set = indexes.get(indexesKey);
  if (set === undefined) return;
  set.used.delete(index);
  if (set.used.size === 0) indexes.delete(indexesKey);
}

// obj is the net.Server (or dgram socket); cb(errno, handle).
cluster._getServer = function _getServer(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = require('path').resolve(address);
  }
  const indexesKey = `${address}:${options.port}:${options.addressType}:${options.fd}`;
  let set = indexes.get(indexesKey);
  if (set === undefined) {
    set = { next: 0, used: new Set() };
    indexes.set(indexesKey, set);
  }
  const index = set.next++;
  set.used.add(index);

  const message = { act: 'queryServer', index, data: null, ...options, address };
  if (typeof obj._getServerData === 'function') message.data = obj._getServerData();

  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    const listen = (errno, handle) => {
      if (handle) owners.set(handle, obj);
      cb(errno, handle);
    };
    if (handle) shared(reply, handle, indexesKey, index, listen);
    else roundRobin(reply, indexesKey, index, listen);
  });

  obj.once('listening', () => {
    // A server closed before it listened has nothing to report.
    if (!indexes.has(indexesKey)) return;
    cluster.worker.state = 'listening';
    const addr = obj.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
};

// SCHED_NONE: the real listening handle; closing it tells the primary.
function shared(message, handle, indexesKey, index, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function closeShared(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndex(indexesKey, index);
    return close.apply(handle, args);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// SCHED_RR: a stand-in for the listening handle, which the primary keeps.
// It keeps the worker alive while the server is open (and ref'd), as a
// real listening handle would.
function roundRobin(message, indexesKey, index, cb) {
  if (message.errno) {
    cb(message.errno, null);
    return;
  }
  let key = message.key;
  let keepAlive = null;
  const ref = () => {
    if (keepAlive === null) keepAlive = setInterval(noop, 2 ** 31 - 1);
  };
  const unref = () => {
    if (keepAlive !== null) {
      clearInterval(keepAlive);
      keepAlive = null;
    }
  };
  const handle = {
    listen: () => 0,
    close(cb) {
      if (key === undefined) return;
      unref();
      // If the worker exits first, the primary drops the server anyway.
      send({ act: 'close', key });
      handles.delete(key);
      removeIndex(indexesKey, index);
      key = undefined;
      if (typeof cb === 'function') process.nextTick(cb);
    },
    ref,
    unref,
  };
  if (message.sockname) {
    // TCP only. net's Server#address() asks getsockname() of handles it
    // takes for TCP ones, which have setNoDelay.
    handle.getsockname = (out) => {
      if (key !== undefined) Object.assign(out, message.sockname);
      return 0;
    };
    handle.setNoDelay = noop;
  }
  handles.set(key, handle);
  ref();
  cb(0, handle);
}

// A connection the primary accepted, for the server registered by key.
// A server at its maxConnections declines it (the primary offers it to
// another worker) unless it is set to drop such connections itself.
function onconnection(message, client) {
  const server = handles.get(message.key);
  let accepted = server !== undefined && typeof server.onconnection === 'function';
  const owner = accepted ? owners.get(server) : undefined;
  if (owner && owner.maxConnections != null && owner._connections >= owner.maxConnections &&
      !owner.dropMaxConnection) {
    accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, client);
  else client.close();
}

// Closes this worker's servers, then the channel. When the worker asked
// for it (rather than the primary), the primary first learns that the
// exit that follows is expected.
function disconnectWorker(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waiting = 1;
  const oneDone = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  for (const handle of handles.values()) {
    waiting++;
    const owner = owners.get(handle);
    if (owner) owner.close(oneDone);
    else handle.close(oneDone);
  }
  handles.clear();
  oneDone();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnectWorker.call(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
