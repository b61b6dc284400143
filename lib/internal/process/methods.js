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
const {
  validateArray, validateBoolean, validateInteger, validateNumber, validateObject, validateString, validateUint32,
} = require('internal/validators');

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
  return usageSince(prev);
}

// The CPU times rusageBuffer holds, less prev's when given.
function usageSince(prev) {
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

// A failed credential call (setuid and the others) as Node words it: the
// C library's text, "EPERM, Operation not permitted", and a positive errno.
function credentialException(err, syscall) {
  const { getSystemErrorName } = require('internal/errors');
  const code = getSystemErrorName(err);
  const e = new Error(`${code}, ${binding.strerror(-err)}`);
  e.errno = -err;
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
  // Through process._kill, which programs (and Node's tests) may replace.
  const err = process._kill(pid, num);
  if (err) throw errnoException(err, 'kill');
  return true;
}

// process._kill(pid, signal number) -> 0 or a libuv error code.
function rawKill(pid, sig) {
  return binding.kill(pid, sig);
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
  if (err) throw credentialException(err, setIdSyscalls[which]);
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  const ids = groups.map((g, i) => toId(g, `groups[${i}]`, true));
  const err = binding.setGroups(ids);
  if (err) throw credentialException(err, 'setgroups');
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
  if (err) throw credentialException(err, 'initgroups');
}

// fs's requests are FSReqPromise objects (fs.promises) or callback
// requests, some of them plain objects.
function fsRequestName(req) {
  return req.constructor?.name === 'FSReqPromise' ? 'FSReqPromise' : 'FSReqCallback';
}

// What keeps the loop alive, as Node lists it: pending requests, then
// ref'd handles, oldest first (the runtime keeps both lists as [object,
// name, ...]), then a 'Timeout' per ref'd timer and an 'Immediate' per
// ref'd immediate.
function getActiveResourcesInfo() {
  const out = [];
  for (const requests of [true, false]) {
    const list = binding.activeWraps(requests);
    for (let i = 0; i < list.length; i += 2) out[out.length] = list[i + 1] ?? fsRequestName(list[i]);
  }
  const timers = require('internal/timers').activeResourcesInfo();
  for (let i = 0; i < timers.length; i++) out[out.length] = timers[i];
  return out;
}

// The objects of the ref'd handles or of the pending requests, each as
// its owner when it has one (a net.Socket, not its TCP handle): Node's
// undocumented process._getActiveHandles() and _getActiveRequests().
function activeOwners(requests) {
  const kOwner = require('internal/owner_symbol');
  const list = binding.activeWraps(requests);
  const out = [];
  for (let i = 0; i < list.length; i += 2) out[out.length] = list[i][kOwner] ?? list[i];
  return out;
}

function _getActiveHandles() {
  return activeOwners(false);
}

function _getActiveRequests() {
  return activeOwners(true);
}

// The options NODE_OPTIONS may carry, as Node lists them; has() accepts
// either spelling of a flag ('--a-b' / '--a_b') and '--flag=value'.
const kEnvFlags = [
  '--conditions', '-C', '--diagnostic-dir', '--disable-proto', '--disable-warning', '--dns-result-order',
  '--enable-source-maps', '--experimental-loader', '--loader', '--experimental-vm-modules',
  '--expose-gc', '--force-async-hooks-checks', '--frozen-intrinsics', '--heapsnapshot-signal',
  '--icu-data-dir', '--import', '--input-type', '--insecure-http-parser', '--use-env-proxy', '--no-use-env-proxy', '--max-http-header-size',
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

// Options NODE_OPTIONS may not carry (Node's rule): they pick what runs or
// are for tests only.
const kNotInNodeOptions = new Set([
  '-e', '--eval', '-p', '--print', '-c', '--check', '-i', '--interactive', '-v', '--version',
  '-h', '--help', '--v8-options', '--completion-bash', '--expose-internals', '--expose_internals',
  '--test', '--test-only', '--watch', '--run', '--build-snapshot', '--prof-process',
]);

// NODE_OPTIONS as a list of options: split at spaces, with double quotes
// grouping (a backslash escapes the next character inside them). Words that
// are not options are ignored, as Node does; a forbidden option or an
// unterminated string ends the process with code 9 and Node's message.
// Boot is not done yet: the message goes straight to fd 2.
function optionError(message) {
  require('fs').writeSync(2, `${message}\n`);
  natives.reallyExit(9);
}

function parseNodeOptions(text, prog) {
  const out = [];
  let word = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      word ??= '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        word += text[i];
      }
      if (i >= text.length) {
        optionError(`${prog}: invalid value for NODE_OPTIONS (unterminated string)`);
      }
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== null) out.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) out.push(word);
  const options = [];
  for (let i = 0; i < out.length; i++) {
    const w = out[i];
    if (w[0] !== '-' || w === '-' || w === '--') continue;
    const name = w.includes('=') ? w.slice(0, w.indexOf('=')) : w;
    if (kNotInNodeOptions.has(name)) {
      optionError(`${prog}: ${name} is not allowed in NODE_OPTIONS`);
    }
    options.push(w);
    // An option that takes a value takes the next word when no '=' gave it.
    if (!w.includes('=') && kValueOptions.has(name) && i + 1 < out.length) options.push(out[++i]);
  }
  return options;
}

const kValueOptions = new Set([
  '-r', '--require', '--import', '-C', '--conditions', '--disable-warning', '--dns-result-order',
  '--experimental-loader', '--loader', '--input-type', '--max-http-header-size', '--redirect-warnings',
  '--stack-trace-limit', '--title', '--unhandled-rejections', '--secure-heap', '--tls-cipher-list',
  '--tls-keylog', '--diagnostic-dir', '--heapsnapshot-signal', '--icu-data-dir', '--openssl-config',
  '--env-file', '--env-file-if-exists', '--network-family-autoselection-attempt-timeout',
  '--test-reporter', '--test-reporter-destination', '--test-name-pattern', '--test-skip-pattern',
]);

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

// process.config: the build facts packages read (node-gyp, prebuild
// tools): kiln's own, frozen as in Node. No napi_build_version: kiln has no
// N-API.
function config() {
  return Object.freeze({
    target_defaults: Object.freeze({}),
    variables: Object.freeze({
      host_arch: 'x64',
      target_arch: 'x64',
      node_module_version: 137,
      node_shared: false,
      node_shared_libuv: false,
      node_shared_openssl: true,
      node_shared_zlib: true,
      node_shared_brotli: false,
      v8_enable_i18n_support: 1, // Intl is complete (the engine's ICU)
    }),
  });
}

function chdir(directory) {
  validateString(directory, 'directory');
  binding.chdir(directory);
}

// process.hrtime(time): the time since an earlier [seconds, nanoseconds].
function hrtimeSince(time) {
  if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
  if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
  const ns = binding.hrtime();
  let sec = Math.floor(ns / 1e9) - time[0];
  let nsec = ns - Math.floor(ns / 1e9) * 1e9 - time[1];
  if (nsec < 0) {
    sec--;
    nsec += 1e9;
  }
  return [sec, nsec];
}

// process.exitCode takes integers and strings of integers.
function validateExitCode(code) {
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  validateInteger(code, 'code');
}

function exit(process, natives, code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    const c = process.exitCode;
    if (natives.processListens('exit')) process.emit('exit', c === undefined || c === null ? 0 : c | 0);
  }
  const final = process.exitCode;
  // Through process.reallyExit, which a program may replace, as in Node.
  process.reallyExit(final === undefined || final === null ? 0 : final | 0);
}

// process.dlopen(module, filename[, flags]): the dynamic loader's verdict,
// then Node's error, since kiln has no native addon API: nothing registers.
function dlopen(args) {
  if (args.length < 2) {
    const err = new TypeError('process.dlopen needs at least 2 arguments');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  const exports = args[0]?.exports;
  if (exports === undefined || exports === null) throw new TypeError('Cannot convert undefined or null to object');
  const filename = `${args[1]}`;
  const flags = args[2];
  const message = binding.dlopen(filename, flags === undefined ? 1 /* RTLD_LAZY */ : flags | 0);
  const { ERR_DLOPEN_FAILED } = require('internal/errors').codes;
  throw new ERR_DLOPEN_FAILED(message ?? `Module did not self-register: '${filename}'.`);
}

function threadCpuUsage(prev) {
  binding.threadCpuUsage(rusageBuffer);
  return usageSince(prev);
}

// Node's shorthand for module.setSourceMapsSupport(enabled) with
// node_modules and generated code included (or excluded) alike.
function setSourceMapsEnabled(enabled) {
  validateBoolean(enabled, 'enabled');
  require('internal/source_map/support').setSourceMapsSupport(enabled, {
    nodeModules: enabled,
    generatedCode: enabled,
  });
}

// process.getBuiltinModule(id): the builtin module `id` names, as
// require() would load it, or undefined for anything that is not one.
function getBuiltinModule(id) {
  validateString(id, 'id');
  const builtins = require('internal/modules/builtins');
  if (!builtins.canBeRequired(id)) return undefined;
  return builtins.require(id.startsWith('node:') ? id.slice(5) : id);
}

// The variables of a .env file, parsed as util.parseEnv does.
function readEnvFile(path) {
  const content = require('fs').readFileSync(path, 'utf8');
  return require('internal/util/dotenv').parseEnvContent(content);
}

// Variables already in the environment win over the file's, as in Node.
function applyEnv(vars) {
  const env = process.env;
  for (const key of Object.keys(vars)) {
    if (env[key] === undefined) env[key] = vars[key];
  }
}

function loadEnvFile(path) {
  if (path === undefined) path = '.env';
  if (typeof path !== 'string' && !(path instanceof URL) && !Buffer.isBuffer(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  applyEnv(readEnvFile(path));
}

// --env-file=F and --env-file-if-exists=F, before the program runs: later
// files override earlier ones, the environment overrides them all. A
// missing --env-file is fatal (exit 9), as in Node.
function applyEnvFileOptions(natives) {
  const { execArgv, execPath } = natives;
  const vars = {};
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    let optional = false;
    let file;
    for (const name of ['--env-file', '--env-file-if-exists']) {
      if (arg === name && i + 1 < execArgv.length) file = execArgv[++i];
      else if (arg.startsWith(`${name}=`)) file = arg.slice(name.length + 1);
      else continue;
      optional = name === '--env-file-if-exists';
      break;
    }
    if (file === undefined) continue;
    try {
      Object.assign(vars, readEnvFile(file));
    } catch (err) {
      if (err?.code !== 'ENOENT') throw err;
      if (optional) {
        require('fs').writeSync(2, `${file} not found. Continuing without it.\n`);
        continue;
      }
      require('fs').writeSync(2, `${execPath}: ${file}: not found\n`);
      natives.reallyExit(9);
    }
  }
  applyEnv(vars);
}

// process.ref(x) / process.unref(x): x's Symbol.for('nodejs.ref') (or
// 'nodejs.unref') method when it has one, else its ref()/unref().
function ref(maybeRefable, on) {
  if (maybeRefable === null || (typeof maybeRefable !== 'object' && typeof maybeRefable !== 'function')) return;
  const fn = maybeRefable[Symbol.for(on ? 'nodejs.ref' : 'nodejs.unref')] ?? maybeRefable[on ? 'ref' : 'unref'];
  if (typeof fn === 'function') fn.call(maybeRefable);
}

// process._rawDebug(...args): formatted as console.log does, straight to
// stderr, synchronously.
function rawDebug(args) {
  const { format } = require('util');
  require('fs').writeSync(2, `${format(...args)}\n`);
}

// The descriptors process.env's defineProperty takes: plain data, all flags set.
function checkEnvDescriptor(desc) {
  const { ERR_INVALID_OBJECT_DEFINE_PROPERTY } = require('internal/errors').codes;
  if ('get' in desc || 'set' in desc) {
    throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env',
      'does not accept an accessor(getter/setter) descriptor');
  }
  if (!desc.configurable || !desc.writable || !desc.enumerable) {
    throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env',
      'only accepts a configurable, writable, and enumerable data descriptor');
  }
}

// process.execve(execPath[, args[, env]]): the process becomes execPath,
// run with args as its argv and env (default process.env) as its
// environment; 'exit' is not emitted. It returns only if the system call
// failed, and then, as in Node, the process reports it and aborts.
function execve(execPath, args, env) {
  require('internal/util').emitExperimentalWarning('process.execve');
  validateString(execPath, 'execPath');
  validateArray(args, 'args');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg !== 'string' || arg.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, arg, 'must be a string without null bytes');
    }
  }
  const pairs = [];
  if (env !== undefined) {
    validateObject(env, 'env');
    const keys = Object.keys(env);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const value = env[key];
      if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
        throw new ERR_INVALID_ARG_VALUE('env', env, 'must be an object with string keys and values without null bytes');
      }
      pairs.push(`${key}=${value}`);
    }
  } else {
    const all = process.env;
    const keys = Object.keys(all);
    for (let i = 0; i < keys.length; i++) pairs.push(`${keys[i]}=${all[keys[i]]}`);
  }
  const code = binding.execve(execPath, args, pairs);
  const stack = new Error().stack.split('\n').slice(1).join('\n');
  internalBinding('fs').writeAll(2, `process.execve failed with error code ${code}\n${stack}\n`);
  binding.abort();
}

module.exports = {
  execve,
  parseNodeOptions,
  rawKill,
  applyEnvFileOptions,
  checkEnvDescriptor,
  chdir,
  config,
  dlopen,
  exit,
  getBuiltinModule,
  hrtimeSince,
  loadEnvFile,
  ref,
  rawDebug,
  setSourceMapsEnabled,
  threadCpuUsage,
  validateExitCode,
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
  _getActiveHandles,
  _getActiveRequests,
};
