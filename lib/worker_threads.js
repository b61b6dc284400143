'use strict';
// node:worker_threads, partial: what the main thread knows about itself
// (isMainThread, threadId, parentPort, workerData, resourceLimits), the
// environment data and transfer marks. Worker, MessageChannel, MessagePort
// and BroadcastChannel come with worker support; see docs/compat.md.

const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/buffer');
const kUncloneable = new WeakSet();
const environmentData = new Map();

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function markAsUncloneable(obj) {
  if (isObjectLike(obj)) kUncloneable.add(obj);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
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
};
