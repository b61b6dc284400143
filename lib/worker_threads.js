'use strict';
// node:worker_threads, partial: what the main thread knows about itself
// (isMainThread, threadId, parentPort, workerData, resourceLimits), the
// environment data, transfer marks, and MessageChannel, MessagePort and
// BroadcastChannel within the thread. Worker comes with worker support;
// see docs/compat.md.

const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/buffer');
const environmentData = new Map();
let io;
function lazyIo() {
  return (io ??= require('internal/worker/io'));
}

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function markAsUncloneable(obj) {
  // structuredClone and postMessage refuse what is in this set.
  if (isObjectLike(obj)) natives.uncloneable.add(obj);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function receiveMessageOnPort(port) {
  return lazyIo().receiveMessageOnPort(port);
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  return lazyIo().moveMessagePortToContext(port, contextifiedSandbox);
}

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  resourceLimits: {},
  threadId: 0,
  threadName: '',
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  parentPort: null,
  workerData: null,
  setEnvironmentData,
  getEnvironmentData,
  receiveMessageOnPort,
  moveMessagePortToContext,
};
// The classes load with their first use.
for (const name of ['MessageChannel', 'MessagePort', 'BroadcastChannel']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = lazyIo()[name];
      Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}
