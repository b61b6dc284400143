'use strict';
// node:cluster: the primary's module (internal/cluster/primary) or, in a
// process that cluster.fork() started, the worker's (internal/cluster/child).
// The choice is made once, on the first require, which in a worker happens
// at boot, before NODE_UNIQUE_ID leaves the environment.

module.exports = Object.prototype.hasOwnProperty.call(process.env, 'NODE_UNIQUE_ID') ?
  require('internal/cluster/child') :
  require('internal/cluster/primary');
