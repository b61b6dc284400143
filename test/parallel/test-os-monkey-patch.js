'use strict';
// node:os keeps working when user code replaces the builtins it uses.
const assert = require('assert');
const os = require('os');

const before = {
  cpus: os.cpus().length,
  ifaces: JSON.stringify(Object.keys(os.networkInterfaces())),
  user: os.userInfo({ encoding: 'hex' }).username,
  userBuf: os.userInfo({ encoding: 'Buffer' }).username.length,
};

const saved = {
  push: Array.prototype.push,
  hasOwn: Object.hasOwn,
  toLowerCase: String.prototype.toLowerCase,
  freeze: Object.freeze,
  defineProperties: Object.defineProperties,
  apply: Reflect.apply,
};
const boom = () => { throw new Error('patched builtin called'); };
Array.prototype.push = boom;
Object.hasOwn = boom;
String.prototype.toLowerCase = boom;
Object.freeze = boom;
Object.defineProperties = boom;
Reflect.apply = boom;
// Results are collected while patched and checked after restoring, so that
// only os runs on the patched builtins.
let after;
let error;
try {
  after = {
    cpus: os.cpus().length,
    ifaces: JSON.stringify(Object.keys(os.networkInterfaces())),
    user: os.userInfo({ encoding: 'hex' }).username,
    userBuf: os.userInfo({ encoding: 'Buffer' }).username.length,
    load: os.loadavg().length,
  };
  try {
    os.getPriority(2 ** 30);
  } catch (err) {
    error = err;
  }
} finally {
  Array.prototype.push = saved.push;
  Object.hasOwn = saved.hasOwn;
  String.prototype.toLowerCase = saved.toLowerCase;
  Object.freeze = saved.freeze;
  Object.defineProperties = saved.defineProperties;
  Reflect.apply = saved.apply;
}
assert.deepStrictEqual(after, { ...before, load: 3 });
assert.strictEqual(error.code, 'ERR_SYSTEM_ERROR');
assert.strictEqual(error.info.code, 'ESRCH');
