'use strict';
// ChildProcess: a child started by child_process.spawn over a process
// handle (src/binding/process_wrap.c), its piped stdio as net.Sockets over
// pipe handles (src/binding/pipe.c). Events: 'spawn' on the next tick after
// a successful start, 'error' in its place when the start failed, 'exit'
// (code, signal) when the child ends, 'close' (code, signal) once it ended
// and every readable pipe of it closed (and its IPC channel, when it has
// one: internal/child_process/channel).

const EventEmitter = require('events');
const net = require('net');
const processBinding = internalBinding('process');
const { codes, getSystemErrorName } = require('internal/errors');
const { ERR_UNKNOWN_SIGNAL, ERR_INVALID_ARG_VALUE, ERR_IPC_ONE_PIPE } = codes;
const { validateObject, validateString, validateArray, validateOneOf } = require('internal/validators');
const { errnoException } = require('internal/net/errors');
const kOwner = require('internal/owner_symbol');

let processWrap;
const lazyProcessWrap = () => (processWrap ??= internalBinding('process_wrap'));
let pipeBinding;
const lazyPipe = () => (pipeBinding ??= internalBinding('pipe'));

// Start failures that are the environment's, reported as 'error' events;
// any other one is thrown by spawn().
const kRuntimeErrors = ['EACCES', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT'];

const signals = processBinding.signals;

function signalName(num) {
  for (const name of Object.keys(signals)) {
    if (signals[name] === num) return name;
  }
  return null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== null) return signal;
  if (typeof signal === 'string') {
    const upper = signal.toUpperCase();
    if (Object.prototype.hasOwnProperty.call(signals, upper)) return signals[upper];
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// The stdio option as a list of { type, ... } entries, one per child fd.
function getValidStdio(stdio) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      case 'overlapped':
        stdio = ['overlapped', 'overlapped', 'overlapped'];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped') {
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0, handle: lazyPipe().create(false) });
    } else if (s === 'ipc') {
      if (out.ipc !== undefined) {
        for (const e of out) if (e.handle) e.handle.close();
        throw new ERR_IPC_ONE_PIPE();
      }
      // The channel: a pipe made for IPC, not a stdio stream of the child.
      const handle = lazyPipe().create(true);
      out.ipc = handle;
      out.ipcFd = i;
      out.push({ type: 'ipc', handle });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || (typeof s === 'object' && typeof s.fd === 'number')) {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (typeof s === 'object' && (s._handle || s.handle) && typeof (s._handle || s.handle).getFd === 'function') {
      const handle = s._handle || s.handle;
      // A stream of ours given to the child stops reading here, as in
      // Node: what arrives on it is the child's.
      if (typeof handle.readStop === 'function') {
        handle.reading = false;
        handle.readStop();
        if (s._readableState !== undefined) {
          s.pause();
          s._readableState.reading = false;
          s[kIsUsedAsStdio] = true; // not resumed when its child exits
        }
      }
      out.push({ type: 'fd', fd: handle.getFd() });
    } else {
      for (const e of out) if (e.handle) e.handle.close();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return out;
}

const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// Output nobody reads is drained, so the child does not block on a full
// pipe and the pipes can close.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState.readableListening || stream[kIsUsedAsStdio]) continue;
    stream.resume();
  }
}

function createSocket(handle, readable) {
  return net.Socket({ handle, readable });
}

// diagnostics_channel's 'child_process': each new ChildProcess, as in Node.
let childProcessChannel;

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    childProcessChannel ??= require('diagnostics_channel').channel('child_process');
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = lazyProcessWrap().create();
    this._handle[kOwner] = this;
    this._handle.onexit = (exitCode, signalCode) => {
      if (signalCode) this.signalCode = signalName(signalCode);
      else this.exitCode = exitCode;
      if (this.stdin) this.stdin.destroy();
      if (this._handle) this._handle.close();
      this._handle = null;
      if (exitCode < 0) {
        const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
        const err = errnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
    if (childProcessChannel.hasSubscribers) childProcessChannel.publish({ process: this });
  }

  spawn(options) {
    validateObject(options, 'options');
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    const stdio = getValidStdio(options.stdio || 'pipe');
    const ipc = stdio.ipc;
    if (ipc !== undefined) {
      try {
        validateArray(options.envPairs, 'options.envPairs');
      } catch (err) {
        for (const s of stdio) if (s.handle) s.handle.close();
        throw err;
      }
      // The child finds its end of the channel, and how messages are
      // framed, in its environment, as Node's children do.
      options.envPairs = [...options.envPairs, `NODE_CHANNEL_FD=${stdio.ipcFd}`,
        `NODE_CHANNEL_SERIALIZATION_MODE=${options.serialization || 'json'}`];
    }
    const closePipes = () => {
      for (const s of stdio) if (s.handle) s.handle.close();
    };
    try {
      validateString(options.file, 'options.file');
      if (options.args !== undefined) validateArray(options.args, 'options.args');
    } catch (err) {
      closePipes();
      throw err;
    }
    this.spawnfile = options.file;
    this.spawnargs = options.args === undefined ? [] : options.args;
    const fds = stdio.map((s) => {
      if (s.type === 'pipe' || s.type === 'ipc') return s.handle;
      if (s.type === 'inherit' || s.type === 'fd') return s.fd;
      return undefined;
    });
    const err = this._handle.spawn(options.file, this.spawnargs, options.envPairs,
                                   options.cwd || undefined, fds, !!options.detached,
                                   options.uid, options.gid);
    const name = err < 0 ? getSystemErrorName(err) : '';
    if (err < 0 && kRuntimeErrors.includes(name)) {
      process.nextTick(() => this._handle?.onexit(err, 0));
      if (name === 'EMFILE' || name === 'ENFILE') return err;
    } else if (err < 0) {
      this._handle.close();
      this._handle = null;
      closePipes();
      throw errnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
    }
    this.pid = this._handle.pid;
    if (ipc !== undefined) {
      if (err < 0) {
        ipc.close();
      } else {
        this._closesNeeded++;
        this.once('_channelClosed', () => maybeClose(this));
        require('internal/child_process/channel').setupChannel(this, ipc, options.serialization || 'json');
      }
    }
    for (let i = 0; i < stdio.length; i++) {
      const s = stdio[i];
      if (!s.handle || s.type === 'ipc') continue;
      if (err < 0) {
        // The pipe never opened: a socket without a handle stands in, and
        // closes on a later turn of the loop, after 'error'.
        s.handle.close();
        s.socket = createSocket(null, i > 0);
        const socket = s.socket;
        setImmediate(() => socket.destroy());
      } else {
        s.socket = createSocket(s.handle, i > 0);
      }
      if (i > 0) {
        this._closesNeeded++;
        s.socket.on('close', () => maybeClose(this));
      }
    }
    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      const name = getSystemErrorName(err);
      if (name === 'ESRCH') {
        // Already gone; 'exit' comes shortly.
      } else if (name === 'EINVAL' || name === 'ENOSYS') {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

module.exports = {
  ChildProcess,
  getValidStdio,
  convertToValidSignal,
  signalName,
};
