'use strict';
// node:os. Each function is one query of internalBinding('os') (libuv and
// the C library underneath); this file shapes the answers as Node does and
// turns the libuv errors the binding throws into Node's SystemError
// (ERR_SYSTEM_ERROR: 'A system error occurred: uv_os_gethostname returned
// ...', with the details in err.info).
//
// Like Node, the functions that return a single value also convert to it
// (`${os.hostname}` is the host name), and type, release, version and
// machine are read once, when the module loads.

const binding = internalBinding('os');
const { strerror } = internalBinding('uv');
const { ERR_SYSTEM_ERROR } = require('internal/errors').codes;
const { validateInt32 } = require('internal/validators');

// Builtins captured at load: the code below runs on user values.
const ObjectDefineProperties = Object.defineProperties;
const ObjectFreeze = Object.freeze;
const ObjectHasOwn = Object.hasOwn;
const ReflectApply = Reflect.apply;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const SymbolToPrimitive = Symbol.toPrimitive;
const Float64ArrayCtor = Float64Array;
const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const StringPrototypeToLowerCase = String.prototype.toLowerCase;
const kNoArgs = [];

const {
  cpus: bindingCpus,
  totalMem: bindingTotalMem,
  freeMem: bindingFreeMem,
  availableParallelism: bindingAvailableParallelism,
  loadavg: bindingLoadavg,
  uptime: bindingUptime,
  interfaceAddresses: bindingInterfaceAddresses,
  userInfo: bindingUserInfo,
  homedir: bindingHomedir,
  tmpdir: bindingTmpdir,
  hostname: bindingHostname,
  uname: bindingUname,
  getPriority: bindingGetPriority,
  setPriority: bindingSetPriority,
  isBigEndian,
  constants,
} = binding;

// The libuv error a binding threw (errno, code, syscall) as Node reports
// it from os: a SystemError whose info holds errno, code, message, syscall.
// Anything else (an engine error) passes through unchanged.
function toSystemError(err) {
  if (err === null || typeof err !== 'object' || typeof err.errno !== 'number' ||
      typeof err.syscall !== 'string') {
    return err;
  }
  const errno = err.errno;
  const error = new ERR_SYSTEM_ERROR({ errno, code: err.code, message: strerror(errno), syscall: err.syscall });
  // The stack starts at the os function the user called, as in Node.
  ErrorCaptureStackTrace(error, query);
  return error;
}

function query(fn, a, b) {
  try {
    return fn(a, b);
  } catch (err) {
    throw toSystemError(err);
  }
}

// Node's os binding has getHomeDirectory, getHostname, getUptime and
// getOSInformation report a failure by filling a context object
// ({ errno, code, message, syscall }) and returning undefined, and node:os
// turns that context into the SystemError. Code that reaches the binding
// through --expose-internals (Node's own tests) replaces these entries, so
// they exist under Node's names with Node's convention, over kiln's
// throwing functions; os takes them when it loads, as Node does.
function fillContext(fn) {
  return function(ctx) {
    try {
      return fn();
    } catch (err) {
      if (err === null || typeof err !== 'object' || typeof err.errno !== 'number') throw err;
      ctx.errno = err.errno;
      ctx.code = err.code;
      ctx.message = strerror(err.errno);
      ctx.syscall = err.syscall;
      return undefined;
    }
  };
}
binding.getHomeDirectory ??= fillContext(bindingHomedir);
binding.getHostname ??= fillContext(bindingHostname);
binding.getUptime ??= fillContext(bindingUptime);
binding.getOSInformation ??= fillContext(bindingUname);

const checkedFunctions = {
  __proto__: null,
  getHomeDirectory: binding.getHomeDirectory,
  getHostname: binding.getHostname,
  getUptime: binding.getUptime,
  getOSInformation: binding.getOSInformation,
};

function checked(name) {
  const ctx = {};
  const ret = checkedFunctions[name](ctx);
  if (ret === undefined) {
    const error = new ERR_SYSTEM_ERROR(ctx);
    ErrorCaptureStackTrace(error, checked);
    throw error;
  }
  return ret;
}

// A function that also converts to its result, as Node's os functions do.
function withPrimitive(fn) {
  fn[SymbolToPrimitive] = () => fn();
  return fn;
}

const uname = checked('getOSInformation');
const kType = uname[0];
const kVersion = uname[1];
const kRelease = uname[2];
const kMachine = uname[3];
const kEndianness = isBigEndian ? 'BE' : 'LE';

const type = withPrimitive(function type() { return kType; });
const version = withPrimitive(function version() { return kVersion; });
const release = withPrimitive(function release() { return kRelease; });
const machine = withPrimitive(function machine() { return kMachine; });
const endianness = withPrimitive(function endianness() { return kEndianness; });
const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });
const hostname = withPrimitive(function hostname() { return checked('getHostname'); });
const homedir = withPrimitive(function homedir() { return checked('getHomeDirectory'); });
const tmpdir = withPrimitive(function tmpdir() { return bindingTmpdir(); });
const uptime = withPrimitive(function uptime() { return checked('getUptime'); });
const totalmem = withPrimitive(function totalmem() { return bindingTotalMem(); });
const freemem = withPrimitive(function freemem() { return bindingFreeMem(); });
const availableParallelism = withPrimitive(function availableParallelism() {
  return bindingAvailableParallelism();
});

const loadValues = new Float64ArrayCtor(3);

function loadavg() {
  bindingLoadavg(loadValues);
  return [loadValues[0], loadValues[1], loadValues[2]];
}

function cpus() {
  const data = bindingCpus();
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result[result.length] = {
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    };
  }
  return result;
}

// Addresses grouped by interface name, in the order the system lists them.
// IPv6 entries carry the scope id; cidr is null for a netmask that is not
// one run of ones.
function networkInterfaces() {
  const data = query(bindingInterfaceAddresses);
  const result = {};
  for (let i = 0; i < data.length; i += 8) {
    const name = data[i];
    const address = data[i + 1];
    const prefix = data[i + 7];
    const entry = {
      address,
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: prefix < 0 ? null : `${address}/${prefix}`,
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    if (ObjectHasOwn(result, name)) {
      const list = result[name];
      list[list.length] = entry;
    } else {
      result[name] = [entry];
    }
  }
  return result;
}

// setPriority(priority) or setPriority(pid, priority); pid 0 is this process.
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  query(bindingSetPriority, pid, priority);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return query(bindingGetPriority, pid);
}

// options.encoding: 'buffer' gives Buffers, any other encoding Buffer knows
// gives strings in it, anything else (or no options object) UTF-8 strings,
// as Node's encoding parser defaults.
let bufferModule;
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  let asBuffer = false;
  let encoding = -1;
  if (options !== null) {
    const requested = options.encoding;
    if (typeof requested === 'string') {
      bufferModule ??= loadBufferModule();
      if (ReflectApply(StringPrototypeToLowerCase, requested, kNoArgs) === 'buffer') asBuffer = true;
      else encoding = bufferModule.encodingFromString(requested);
      if (encoding === bufferModule.kUtf8) encoding = -1;
    }
  }
  const asBytes = asBuffer || encoding !== -1;
  const data = query(bindingUserInfo, asBytes);
  let username = data[2];
  let homedir = data[3];
  let shell = data[4];
  if (asBytes) {
    const convert = asBuffer ? bufferModule.toBuffer : (bytes) => bufferModule.decode(bytes, encoding);
    username = convert(username);
    homedir = convert(homedir);
    if (shell !== null) shell = convert(shell);
  }
  return { __proto__: null, uid: data[0], gid: data[1], username, homedir, shell };
}

// Only userInfo's non-UTF-8 forms need node:buffer; most programs never load it from here.
function loadBufferModule() {
  const { FastBuffer, encodingFromString, kUtf8 } = require('internal/buffer');
  require('buffer'); // gives FastBuffer.prototype Buffer's methods
  const { toString } = internalBinding('buffer');
  return {
    encodingFromString,
    kUtf8,
    toBuffer: (bytes) => new FastBuffer(bytes),
    decode: (bytes, encoding) =>
      toString(bytes, 0, ReflectApply(ArrayBufferByteLength, bytes, kNoArgs), encoding),
  };
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

ObjectFreeze(constants.signals);

ObjectDefineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
