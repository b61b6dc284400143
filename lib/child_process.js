'use strict';
// node:child_process. The synchronous API (spawnSync, execSync,
// execFileSync) runs the child on a private loop in C
// (src/binding/spawn.c). The asynchronous API (spawn, exec, execFile, fork)
// needs stream-backed pipes and comes with the child_process issue.

const binding = internalBinding('spawn_sync');
const processBinding = internalBinding('process');
const {
  validateString,
  validateObject,
  validateBoolean,
} = require('internal/validators');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

const kDefaultMaxBuffer = 1024 * 1024;

function signalNumber(sig, name) {
  if (typeof sig === 'number') return sig;
  if (typeof sig === 'string' && Object.prototype.hasOwnProperty.call(processBinding.signals, sig)) {
    return processBinding.signals[sig];
  }
  if (typeof sig === 'string') throw new (codes().ERR_UNKNOWN_SIGNAL)(sig);
  throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'number'], sig);
}

function signalName(num) {
  for (const name of Object.keys(processBinding.signals)) {
    if (processBinding.signals[name] === num) return name;
  }
  return null;
}

function stdioArray(stdio) {
  if (stdio === undefined || stdio === null) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') {
    if (stdio === 'overlapped') stdio = 'pipe';
    if (stdio !== 'pipe' && stdio !== 'ignore' && stdio !== 'inherit') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', stdio);
    }
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', stdio);
  const out = [];
  for (let i = 0; i < 3; i++) {
    let s = stdio[i];
    if (s === undefined || s === null || s === 'overlapped') s = 'pipe';
    if (s === process.stdin) s = 0;
    else if (s === process.stdout) s = 1;
    else if (s === process.stderr) s = 2;
    if (typeof s === 'object' && s !== null && typeof s.fd === 'number') s = s.fd;
    if (typeof s !== 'number' && s !== 'pipe' && s !== 'ignore' && s !== 'inherit') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', stdio);
    }
    out.push(s);
  }
  return out;
}

// The arguments of spawn*: (file, args, options) with args optional.
function normalizeArgs(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new (codes().ERR_INVALID_ARG_VALUE)('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
    file = shell;
  }
  if (options.cwd !== undefined && options.cwd !== null) {
    if (typeof options.cwd === 'object' && typeof options.cwd.href === 'string') {
      options.cwd = require('url').fileURLToPath(options.cwd);
    }
    validateString(options.cwd, 'options.cwd');
  }
  for (const a of args) {
    if (typeof a !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('args', 'string[]', args);
    if (a.includes('\u0000')) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('args[0]', a, 'must be a string without null bytes');
    }
  }
  const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(`${key}=${value}`);
  }
  return { file, args: [argv0, ...args], options, envPairs };
}

function inputBytes(input) {
  if (input === undefined || input === null) return undefined;
  if (typeof input === 'string') return require('buffer').Buffer.from(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new (codes().ERR_INVALID_ARG_TYPE)('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
}

function spawnSync(file, args, options) {
  const spec = normalizeArgs(file, args, options);
  const opts = spec.options;
  const stdio = stdioArray(opts.stdio);
  if (opts.input !== undefined && stdio[0] !== 'pipe') stdio[0] = 'pipe';
  let timeout = opts.timeout;
  if (timeout !== undefined && timeout !== null) {
    if (!Number.isInteger(timeout) || timeout < 0) {
      throw new (codes().ERR_OUT_OF_RANGE)('options.timeout', 'an unsigned integer', timeout);
    }
  } else {
    timeout = 0;
  }
  let maxBuffer = opts.maxBuffer;
  if (maxBuffer === undefined || maxBuffer === null) maxBuffer = kDefaultMaxBuffer;
  else if (typeof maxBuffer !== 'number' || Number.isNaN(maxBuffer) || maxBuffer < 0) {
    throw new (codes().ERR_OUT_OF_RANGE)('options.maxBuffer', 'a positive number', maxBuffer);
  }
  const killSignal = opts.killSignal === undefined ? processBinding.signals.SIGTERM :
    signalNumber(opts.killSignal, 'options.killSignal');
  for (const k of ['uid', 'gid']) {
    if (opts[k] !== undefined && !Number.isInteger(opts[k])) {
      throw new (codes().ERR_INVALID_ARG_TYPE)(`options.${k}`, 'int32', opts[k]);
    }
  }
  if (opts.detached !== undefined) validateBoolean(opts.detached, 'options.detached');

  const r = binding.spawnSync(spec.file, spec.args, spec.envPairs, opts.cwd ?? undefined, stdio,
                              inputBytes(opts.input), timeout, maxBuffer, killSignal, opts.uid, opts.gid,
                              !!opts.detached);
  const { Buffer } = require('buffer');
  const encoding = opts.encoding;
  const output = r.output.map((b) => {
    if (b === null) return null;
    const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
  });
  let error;
  if (r.error) {
    const { getSystemErrorName } = require('internal/errors');
    const code = getSystemErrorName(r.error);
    const syscall = `spawnSync ${spec.file}`;
    error = new Error(`${syscall} ${code}`);
    error.errno = r.error;
    error.code = code;
    error.syscall = syscall;
    error.path = spec.file;
    error.spawnargs = spec.args.slice(1);
    if (r.pid === 0) {
      // The child never started.
      return { error, status: null, signal: null, output: null, pid: 0, stdout: undefined, stderr: undefined };
    }
  }
  const result = {};
  if (error !== undefined) result.error = error;
  result.status = r.exited && !r.signal ? r.status : null;
  result.signal = r.signal ? signalName(r.signal) : null;
  result.output = output;
  result.pid = r.pid;
  result.stdout = output[1];
  result.stderr = output[2];
  return result;
}

function checkExecSyncError(ret, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    let msg = `Command failed: ${cmd}`;
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

// execSync and execFileSync show the child's stderr on the parent's unless
// stdio says otherwise.
function writeInheritedStderr(ret, options) {
  if (options.stdio === undefined && ret.stderr && ret.stderr.length > 0) process.stderr.write(ret.stderr);
}

function execFileSync(file, args, options) {
  const spec = normalizeArgs(file, args, options);
  const ret = spawnSync(file, Array.isArray(args) ? args : [], spec.options);
  writeInheritedStderr(ret, spec.options);
  const err = checkExecSyncError(ret, [file, ...(Array.isArray(args) ? args : [])].join(' '));
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  if (options !== undefined) validateObject(options, 'options');
  const opts = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  const ret = spawnSync(command, [], opts);
  writeInheritedStderr(ret, opts);
  const err = checkExecSyncError(ret, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  spawnSync,
  execSync,
  execFileSync,
};
