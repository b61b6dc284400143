'use strict';
// node:cluster in the primary: forks workers (child_process.fork with
// NODE_UNIQUE_ID in their environment), follows their state through the
// cluster's internal messages, and owns the listening sockets their
// servers share (round_robin_handle.js, shared_handle.js).

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { sendHelper, internal } = require('internal/cluster/utils');

const cluster = new EventEmitter();
// Fires 'disconnect' when the last worker is gone, for disconnect(cb).
const intercom = new EventEmitter();
const SCHED_NONE = 1;
const SCHED_RR = 2;

// Servers the workers listen on, by the key their queries make.
const handles = new Map();
let initialized = false;
let ids = 0;
let schedulingPolicy;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
{
  const fromEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
  if (fromEnv === 'rr') cluster.schedulingPolicy = SCHED_RR;
  else if (fromEnv === 'none') cluster.schedulingPolicy = SCHED_NONE;
  else cluster.schedulingPolicy = process.platform === 'win32' ? SCHED_NONE : SCHED_RR;
}

function emitSetup(settings) {
  cluster.emit('setup', settings);
}

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    // The policy is fixed by the first setup (or fork).
    schedulingPolicy = cluster.schedulingPolicy;
    if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
      const { AssertionError } = require('assert');
      throw new AssertionError({ message: `Bad cluster.schedulingPolicy: ${schedulingPolicy}` });
    }
  }
  process.nextTick(emitSetup, settings);
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const { fork } = require('child_process');
  const { settings } = cluster;
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });

  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // A worker still connected stays in cluster.workers until its
    // channel closes too.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    // Its servers are no longer shared with it.
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onMessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(cb) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of workers) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

// A worker's server wants to listen: the first query for a key makes
// the shared server, later ones join it.
function queryServer(worker, message) {
  // Queries from a worker on its way out are not answered.
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // The worker made a pipe's path absolute (its cwd may differ); the
    // primary binds the shorter of that and the path relative to its own
    // cwd, since a socket's path is limited to ~100 bytes.
    if (message.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
      const relative = require('path').relative(process.cwd(), address);
      if (relative.length < address.length) address = relative;
    }
    const Kind = schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' ||
      message.addressType === 'udp6' ?
      require('internal/cluster/shared_handle') :
      require('internal/cluster/round_robin_handle');
    handle = new Kind(key, address, message);
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, sendHandle) => {
    const { data } = handles.get(key);
    if (errno) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, sendHandle);
  });
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// A worker closed a server; the primary may have dropped it already.
function close(worker, message) {
  const handle = handles.get(message.key);
  if (handle && handle.remove(worker)) handles.delete(message.key);
}

const actions = { __proto__: null, close, exitedAfterDisconnect, listening, online, queryServer };

function onMessage(message) {
  const fn = actions[message.act];
  if (typeof fn === 'function') fn(this, message);
}

// The primary's side of a worker's disconnect and destroy.
Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  const proc = this.process;
  const signal = signo || 'SIGTERM';
  proc.kill(signal);
};

module.exports = cluster;
