'use strict';
// node:cluster, the primary's side: its facts, settings and events.
// Workers are processes forked with an IPC channel (child_process.fork),
// which kiln does not have yet: cluster.fork() throws ERR_NOT_IMPLEMENTED
// until it does, and kiln cannot run as a worker of a Node primary.

const EventEmitter = require('events');

const cluster = new EventEmitter();
cluster.isWorker = 'NODE_UNIQUE_ID' in process.env;
cluster.isMaster = !cluster.isWorker;
cluster.isPrimary = !cluster.isWorker;

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) this.process = options.process;
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);
cluster.Worker = Worker;

cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
const policy = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = policy === 'none' ? cluster.SCHED_NONE : cluster.SCHED_RR;

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
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

cluster.fork = function fork(env) {
  const { ERR_NOT_IMPLEMENTED } = require('internal/errors').codes;
  throw new ERR_NOT_IMPLEMENTED('cluster.fork() (it needs child_process.fork with an IPC channel)');
};

cluster.disconnect = function disconnect(callback) {
  // No worker can have been forked: nothing to wait for.
  if (typeof callback === 'function') process.nextTick(callback);
};

module.exports = cluster;
