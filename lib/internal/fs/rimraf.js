'use strict';
// fs.rm, fs.rmSync and rmdir's deprecated `recursive`: option checks, and
// the removal of a tree. A directory's children go first, in parallel for
// the async form; rmdir then takes the directory. Errors that a busy file
// system gives for a while (EBUSY, EMFILE, ENFILE, ENOTEMPTY, EPERM) are
// retried up to maxRetries times, waiting retryDelay ms longer each time.
// A path that vanished meanwhile (ENOENT) counts as removed.

const binding = internalBinding('fs');
const {
  codes: { ERR_FS_EISDIR },
} = require('internal/errors');
const {
  validateBoolean,
  validateInt32,
  validateObject,
  validateUint32,
} = require('internal/validators');
const {
  afterIssue,
  bindingPath,
  entriesFromBinding,
  isFileType,
  pathToString,
  constants: { S_IFDIR },
} = require('internal/fs/utils');

const ObjectAssign = Object.assign;
const Uint8ArrayCtor = Uint8Array;
const { Buffer } = require('buffer');
const BufferFrom = Buffer.from;
const SetCtor = Set;

const kRetryCodes = new SetCtor(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);
const kNotEmptyCodes = new SetCtor(['ENOTEMPTY', 'EEXIST', 'EPERM']);
const kEISDIR = 21;

const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };
const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = ObjectAssign({}, defaults, options);
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function eisdir(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path: pathToString(path),
    syscall: 'rm',
    errno: kEISDIR,
  });
}

// cb(err, options): err false when expectDir and path is not a directory
// (rmdir's recursive form then just calls rmdir).
function validateRmOptions(path, options, expectDir, cb) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  const req = {
    oncomplete(err, s) {
      if (err) {
        if (options.force && err.code === 'ENOENT') cb(null, options);
        else cb(err, options);
        return;
      }
      const isDir = isFileType(s, S_IFDIR);
      if (expectDir && !isDir) {
        cb(false);
        return;
      }
      if (isDir && !options.recursive) {
        cb(eisdir(path));
        return;
      }
      cb(null, options);
    },
  };
  afterIssue(req, binding.lstat(path, false, req));
}

// The options, or false when expectDir and path is not a directory. A
// missing path with force is fine (options come back; removal then finds
// nothing to do).
function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    let s;
    try {
      s = binding.lstat(path, false, undefined);
    } catch (err) {
      if (options.force && err.code === 'ENOENT') return options;
      throw err;
    }
    const isDir = isFileType(s, S_IFDIR);
    if (expectDir && !isDir) return false;
    if (isDir && !options.recursive) throw eisdir(path);
  }
  return options;
}

// A child's path as bytes: names need not be UTF-8, and a tree with such
// names must still go.
function joinPath(dir, name) {
  if (typeof dir === 'string') dir = BufferFrom(dir);
  const slash = dir.length > 0 && dir[dir.length - 1] === 0x2f ? 0 : 1;
  const out = new Uint8ArrayCtor(dir.length + slash + name.length);
  out.set(dir, 0);
  if (slash) out[dir.length] = 0x2f;
  out.set(name, dir.length + slash);
  return out;
}

// ---- async ----------------------------------------------------------------------

function call(fn, args, cb) {
  const req = { oncomplete: cb };
  afterIssue(req, fn(...args, req));
}

function rimraf(path, options, callback) {
  let retries = 0;
  function attempt() {
    removeTree(path, (err) => {
      if (err && kRetryCodes.has(err.code) && retries < options.maxRetries) {
        retries++;
        setTimeout(attempt, retries * options.retryDelay);
        return;
      }
      if (err && err.code === 'ENOENT') err = null;
      callback(err || null);
    });
  }
  attempt();
}

function removeTree(path, cb) {
  call(binding.lstat, [path, false], (err, s) => {
    if (err) {
      cb(err.code === 'ENOENT' ? null : err);
      return;
    }
    if (isFileType(s, S_IFDIR)) {
      removeDir(path, cb);
      return;
    }
    call(binding.unlink, [path], (unlinkErr) => {
      if (unlinkErr && unlinkErr.code === 'ENOENT') unlinkErr = null;
      cb(unlinkErr);
    });
  });
}

// rmdir first: an empty directory needs no listing.
function removeDir(path, cb) {
  call(binding.rmdir, [path], (err) => {
    if (!err || err.code === 'ENOENT') {
      cb(null);
      return;
    }
    if (!kNotEmptyCodes.has(err.code)) {
      cb(err);
      return;
    }
    call(binding.readdir, [path, false, true], (readErr, entries) => {
      if (readErr) {
        cb(readErr);
        return;
      }
      const names = entriesFromBinding(entries)[0];
      let left = names.length;
      let failed = false;
      const finish = () => call(binding.rmdir, [path], (rmErr) => cb(rmErr && rmErr.code === 'ENOENT' ? null : rmErr));
      if (left === 0) {
        finish();
        return;
      }
      for (let i = 0; i < names.length; i++) {
        rimraf(joinPath(path, names[i]), { maxRetries: 0, retryDelay: 0 }, (childErr) => {
          if (failed) return;
          if (childErr) {
            failed = true;
            cb(childErr);
            return;
          }
          if (--left === 0) finish();
        });
      }
    });
  });
}

// ---- sync ------------------------------------------------------------------------

const sleepArray = typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : null;
function sleep(ms) {
  if (sleepArray !== null && ms > 0) {
    try {
      Atomics.wait(sleepArray, 0, 0, ms);
    } catch {
      // Not allowed on this thread: retry at once.
    }
  }
}

function rimrafSync(path, options) {
  for (let retries = 0; ; retries++) {
    try {
      removeTreeSync(path);
      return;
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (!kRetryCodes.has(err.code) || retries >= options.maxRetries) throw err;
      sleep((retries + 1) * options.retryDelay);
    }
  }
}

// Each step first through binding.fast (see lib/fs.js), which answers a
// failure with its libuv code: a full directory's ENOTEMPTY is expected
// here, and an error object for it costs more than the syscall (and runs
// any setter a program put on Object.prototype, where Node makes none).
binding.fast ??= binding.makeFast();
const fast = binding.fast;
const kUvEPERM = -1;
const kUvENOENT = -2;
const kUvEEXIST = -17;
const kUvENOTEMPTY = -39;

function removeTreeSync(path) {
  let p = bindingPath(path);
  let s = fast?.lstat(p, false);
  if (s === undefined) {
    try {
      s = binding.lstat(p, false, undefined);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
  } else if (typeof s === 'number') {
    if (s === kUvENOENT) return;
    throw binding.fastError(s, p);
  }
  if (!isFileType(s, S_IFDIR)) {
    p = bindingPath(path);
    const r = fast?.unlink(p);
    if (r === undefined) binding.unlink(p, undefined);
    else if (r < 0) throw binding.fastError(r, p);
    return;
  }
  p = bindingPath(path);
  const r = fast?.rmdir(p);
  if (r === undefined) {
    try {
      binding.rmdir(p, undefined);
      return;
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (!kNotEmptyCodes.has(err.code)) throw err;
    }
  } else if (r === 0 || r === kUvENOENT) {
    return;
  } else if (r !== kUvENOTEMPTY && r !== kUvEEXIST && r !== kUvEPERM) {
    throw binding.fastError(r, p);
  }
  const names = entriesFromBinding(binding.readdir(path, false, true, undefined))[0];
  for (let i = 0; i < names.length; i++) removeTreeSync(joinPath(path, names[i]));
  binding.rmdir(path, undefined);
}

module.exports = {
  rimraf,
  rimrafSync,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
};
