'use strict';
// The process methods that are not needed at startup, loaded on first use.

const binding = internalBinding('process');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_UNKNOWN_CREDENTIAL,
  ERR_UNKNOWN_SIGNAL,
  ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const { validateNumber, validateObject, validateArray, validateUint32 } = require('internal/validators');

const memoryBuffer = new Float64Array(5);
const rusageBuffer = new Float64Array(16);

function memoryUsage() {
  binding.memoryUsage(memoryBuffer);
  return {
    rss: memoryBuffer[0],
    heapTotal: memoryBuffer[1],
    heapUsed: memoryBuffer[2],
    external: memoryBuffer[3],
    arrayBuffers: memoryBuffer[4],
  };
}

function cpuUsage(prev) {
  binding.resourceUsage(rusageBuffer);
  const user = rusageBuffer[0];
  const system = rusageBuffer[1];
  if (prev) {
    validateObject(prev, 'prevValue');
    checkMicros(prev.user, 'prevValue.user');
    checkMicros(prev.system, 'prevValue.system');
    return { user: user - prev.user, system: system - prev.system };
  }
  return { user, system };
}

function checkMicros(value, name) {
  validateNumber(value, name);
  if (value < 0 || value > Number.MAX_SAFE_INTEGER || !Number.isFinite(value)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError(name, value);
  }
}

function resourceUsage() {
  binding.resourceUsage(rusageBuffer);
  const r = rusageBuffer;
  return {
    userCPUTime: r[0],
    systemCPUTime: r[1],
    maxRSS: r[2],
    sharedMemorySize: r[3],
    unsharedDataSize: r[4],
    unsharedStackSize: r[5],
    minorPageFault: r[6],
    majorPageFault: r[7],
    swappedOut: r[8],
    fsRead: r[9],
    fsWrite: r[10],
    ipcSent: r[11],
    ipcReceived: r[12],
    signalsCount: r[13],
    voluntaryContextSwitches: r[14],
    involuntaryContextSwitches: r[15],
  };
}

const octalRe = /^[0-7]+$/;

// A file mode as Node parses one: an octal string or a 32-bit unsigned
// integer (null reads as absent).
function parseFileMode(value, name) {
  value ??= undefined;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function umask(mask) {
  if (mask === undefined) return binding.umask(-1);
  return binding.umask(parseFileMode(mask, 'mask') & 0o777);
}

// A failed syscall as Node words it for process methods: "kill ESRCH".
function errnoException(err, syscall) {
  const { getSystemErrorName } = require('internal/errors');
  const code = getSystemErrorName(err);
  const e = new Error(`${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function kill(pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let num;
  if (sig === undefined) {
    num = binding.signals.SIGTERM;
  } else if (typeof sig === 'number') {
    num = sig;
  } else if (typeof sig === 'string' && Object.prototype.hasOwnProperty.call(binding.signals, sig)) {
    num = binding.signals[sig];
  } else {
    throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = binding.kill(pid, num);
  if (err) throw errnoException(err, 'kill');
  return true;
}

function toId(id, name, isGroup) {
  if (typeof id === 'number') {
    if (!Number.isInteger(id) || id < 0 || id > 0xFFFFFFFF) {
      throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', id);
    }
    return id;
  }
  if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  const n = binding.lookupId(id, isGroup);
  if (n < 0) throw new ERR_UNKNOWN_CREDENTIAL(isGroup ? 'Group' : 'User', id);
  return n;
}

const setIdSyscalls = ['setuid', 'seteuid', 'setgid', 'setegid'];

function setId(which, id, name) {
  const n = toId(id, name, which >= 2);
  const err = binding.setId(which, n);
  if (err) throw errnoException(err, setIdSyscalls[which]);
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  const ids = groups.map((g, i) => toId(g, `groups[${i}]`, true));
  const err = binding.setGroups(ids);
  if (err) throw errnoException(err, 'setgroups');
}

function initgroups(user, extraGroup) {
  if (typeof user !== 'number' && typeof user !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('user', ['number', 'string'], user);
  }
  if (typeof extraGroup !== 'number' && typeof extraGroup !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('extraGroup', ['number', 'string'], extraGroup);
  }
  if (typeof user === 'number') toId(user, 'user', false);
  else if (binding.lookupId(user, false) < 0) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  const gid = toId(extraGroup, 'extraGroup', true);
  const err = binding.initgroups(`${user}`, gid);
  if (err) throw errnoException(err, 'initgroups');
}

// The kinds of what keeps the loop alive, by Node's names. Timers are known
// to JS; handles of other kinds join as their modules arrive.
function getActiveResourcesInfo() {
  return require('internal/timers').activeResourcesInfo();
}

// The options NODE_OPTIONS may carry, as Node lists them; has() accepts
// either spelling of a flag ('--a-b' / '--a_b') and '--flag=value'.
const kEnvFlags = [
  '--conditions', '-C', '--diagnostic-dir', '--disable-proto', '--disable-warning', '--dns-result-order',
  '--enable-source-maps', '--experimental-loader', '--loader', '--experimental-vm-modules',
  '--expose-gc', '--force-async-hooks-checks', '--frozen-intrinsics', '--heapsnapshot-signal',
  '--icu-data-dir', '--import', '--input-type', '--insecure-http-parser', '--max-http-header-size',
  '--max-old-space-size', '--no-addons', '--no-deprecation', '--no-experimental-fetch',
  '--no-experimental-global-navigator', '--no-experimental-require-module', '--no-force-async-hooks-checks',
  '--no-global-search-paths', '--no-network-family-autoselection', '--no-warnings', '--openssl-config',
  '--pending-deprecation', '--preserve-symlinks', '--preserve-symlinks-main', '--redirect-warnings',
  '--report-on-signal', '--report-uncaught-exception', '--require', '-r', '--secure-heap',
  '--stack-trace-limit', '--throw-deprecation', '--title', '--tls-cipher-list', '--tls-keylog',
  '--trace-deprecation', '--trace-exit', '--trace-sigint', '--trace-sync-io', '--trace-uncaught',
  '--trace-warnings', '--unhandled-rejections', '--use-bundled-ca', '--use-openssl-ca',
  '--uv-threadpool-size', '--zero-fill-buffers', '--stack-size', '--max-semi-space-size',
];

class NodeEnvironmentFlagsSet extends Set {
  has(flag) {
    if (typeof flag !== 'string') return false;
    let key = flag.replace(/^(--?[^=]*).*$/, '$1');
    if (key.startsWith('--')) key = `--${key.slice(2).replace(/_/g, '-')}`;
    return super.has(key);
  }
}

function allowedNodeEnvironmentFlags() {
  const set = new NodeEnvironmentFlagsSet(kEnvFlags);
  // Frozen in use as in Node: add/delete/clear do nothing.
  set.add = function add() { return set; };
  set.delete = function del() { return false; };
  set.clear = function clear() {};
  return Object.freeze(set);
}

module.exports = {
  allowedNodeEnvironmentFlags,
  memoryUsage,
  cpuUsage,
  resourceUsage,
  umask,
  kill,
  setId,
  setgroups,
  initgroups,
  getActiveResourcesInfo,
};
