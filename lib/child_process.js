'use strict';
// node:child_process. The synchronous API (spawnSync, execSync,
// execFileSync) runs the child on a private loop in C
// (src/binding/spawn.c); the asynchronous one (spawn, exec, execFile) runs
// it on the main loop through a ChildProcess (lib/internal/child_process.js).

const binding = internalBinding('spawn_sync');
const processBinding = internalBinding('process');
const {
  validateString,
  validateObject,
  validateBoolean,
  validateFunction,
  validateArray,
} = require('internal/validators');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

const kDefaultMaxBuffer = 1024 * 1024;

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

function validateNoNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, 'must be a string without null bytes');
  }
}

let emittedDEP0190 = false;

// The arguments of spawn*: (file, args, options) with args optional,
// validated in Node's order. Returns the file to run (the shell's with
// options.shell), argv (argv0 first), the options copied and the
// environment as KEY=value strings.
function normalizeArgs(file, args, options) {
  validateString(file, 'file');
  validateNoNullBytes(file, 'file');
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
  for (let i = 0; i < args.length; i++) validateNoNullBytes(args[i], `args[${i}]`);
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  if (options.cwd != null) {
    options.cwd = require('internal/fs/utils').getValidatedPath(options.cwd, 'options.cwd');
    if (typeof options.cwd !== 'string') options.cwd = String(options.cwd);
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  for (const k of ['uid', 'gid']) {
    if (options[k] != null && !(Number.isInteger(options[k]) && options[k] === (options[k] | 0))) {
      throw new (codes().ERR_INVALID_ARG_TYPE)(`options.${k}`, 'int32', options[k]);
    }
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNoNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  if (options.shell) {
    validateNoNullBytes(options.shell, 'options.shell');
    if (args.length > 0 && !emittedDEP0190) {
      emittedDEP0190 = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
                          'vulnerabilities, as the arguments are not escaped, only concatenated.',
                          'DeprecationWarning', 'DEP0190');
    }
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
  const env = options.env || process.env;
  const envPairs = [];
  // Inherited keys count too, as in Node.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateNoNullBytes(key, `options.env['${key}']`);
      validateNoNullBytes(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  return { file, args, options, envPairs };
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
  const killSignal = sanitizeKillSignal(opts.killSignal) ?? processBinding.signals.SIGTERM;

  const r = binding.spawnSync(spec.file, spec.args, spec.envPairs, opts.cwd || undefined, stdio,
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

// ---- the asynchronous API --------------------------------------------------

let internalCp;
const lazyInternal = () => (internalCp ??= require('internal/child_process'));

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new (codes().ERR_OUT_OF_RANGE)('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new (codes().ERR_OUT_OF_RANGE)('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return lazyInternal().convertToValidSignal(killSignal);
  } else if (killSignal != null) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.killSignal', ['string', 'number'], killSignal);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

// The options of spawn as ChildProcess#spawn takes them.
function normalizeSpawnArguments(file, args, options) {
  const spec = normalizeArgs(file, args, options);
  return {
    ...spec.options,
    file: spec.file,
    args: spec.args,
    envPairs: spec.envPairs,
    detached: !!spec.options.detached,
    windowsHide: !!spec.options.windowsHide,
  };
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) {
      const { AbortError } = require('internal/errors');
      child.emit('error', new AbortError(undefined, { cause: reason }));
    }
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new (lazyInternal().ChildProcess)();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  args ??= [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  options ??= {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: kDefaultMaxBuffer,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    argv0: options.argv0,
  });

  const { Buffer } = require('buffer');
  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const joined = (chunks, stream) =>
      (encoding || stream?.readableEncoding ? chunks.join('') : Buffer.concat(chunks));
    const stdout = joined(stdoutChunks, child.stdout);
    const stderr = joined(stderrChunks, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? require('internal/errors').getSystemErrorName(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, which) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        chunks.push(chunk);
        return;
      }
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      const total = (which === 'stdout' ? (stdoutLen += length) : (stderrLen += length));
      if (total > options.maxBuffer) {
        const keep = options.maxBuffer - (total - length);
        chunks.push(chunk.slice(0, keep));
        ex = new (codes().ERR_CHILD_PROCESS_STDIO_MAXBUFFER)(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, stdoutChunks, 'stdout');
  if (child.stderr) collect(child.stderr, stderrChunks, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (command.includes('\u0000')) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('command', command, 'must be a string without null bytes');
  }
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec) and util.promisify(execFile): { stdout, stderr },
// or the error with stdout and stderr on it; the promise's child is the
// ChildProcess.
function promisifiedExec(orig) {
  // Named as the function it promisifies, as in Node.
  return { [orig.name](...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  } }[orig.name];
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: promisifiedExec(exec) });
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: promisifiedExec(execFile) });

// fork: a new kiln (or options.execPath) running modulePath, with an IPC
// channel (internal/child_process/channel) as its last stdio entry.
function fork(modulePath, args, options) {
  modulePath = require('internal/fs/utils').getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  const { stdio } = options;
  if (typeof stdio === 'string') {
    if (stdio !== 'ignore' && stdio !== 'pipe' && stdio !== 'inherit') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', stdio);
    }
    options.stdio = [stdio, stdio, stdio, 'ipc'];
  } else if (Array.isArray(stdio)) {
    if (!stdio.includes('ipc')) throw new (codes().ERR_CHILD_PROCESS_IPC_REQUIRED)('options.stdio');
  } else {
    options.stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'];
  }
  const execArgv = options.execArgv || process.execArgv;
  for (let i = 0; i < execArgv.length; i++) validateNoNullBytes(execArgv[i], `options.execArgv[${i}]`);
  const execPath = options.execPath || process.execPath;
  // The parent's -e/-p code is not the child's program.
  const childExecArgv = options.execArgv ? execArgv : withoutEvalArgs(execArgv);
  return spawn(execPath, [...childExecArgv, modulePath, ...args], options);
}

// execArgv without -e/--eval/-p/--print and their code.
function withoutEvalArgs(execArgv) {
  const out = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print' || a === '-pe') {
      i++;
    } else if (!a.startsWith('--eval=') && !a.startsWith('--print=')) {
      out.push(a);
    }
  }
  return out;
}

module.exports = {
  // Loaded on first use (it brings node:net); assignable like Node's.
  get ChildProcess() {
    return lazyInternal().ChildProcess;
  },
  set ChildProcess(value) {
    Object.defineProperty(module.exports, 'ChildProcess', {
      value, writable: true, enumerable: true, configurable: true,
    });
  },
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
