'use strict';
// fs.cp, fs.cpSync and fs.promises.cp: copying files, links and (with
// `recursive`) directory trees.
//
// The order of the checks is Node's, and so are the errors: the async form
// raises SystemErrors (ERR_FS_CP_*, with syscall 'cp', a positive errno and
// details in the message); the sync form, whose checks Node 24 does in C++,
// raises plain Errors with an ERR_FS_CP_* code and C++'s own sentences,
// except for an existing target with errorOnExist (a SystemError in both).

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const { getValidMode } = require('internal/fs/utils');
const fs = require('fs');

const ErrorCtor = Error;
const PromiseCtor = Promise;
const PromisePrototypeThen = Promise.prototype.then;
const ReflectApply = Reflect.apply;

let pathModule;
function lazyPath() {
  return pathModule ??= require('path');
}

const EEXIST = 17;
const EINVAL = 22;
const EISDIR = 21;
const ENOTDIR = 20;

const defaultCpOptions = {
  __proto__: null,
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 0);
  if (options.dereference === true && options.verbatimSymlinks === true)
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function isPromise(value) {
  return value != null && typeof value.then === 'function';
}

function areIdentical(srcStat, destStat) {
  return Boolean(destStat.ino) && Boolean(destStat.dev) &&
    destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

function pathParts(path) {
  return lazyPath().resolve(path).split('/').filter(Boolean);
}

// Whether dest is src or inside it.
function isSrcSubdir(src, dest) {
  const s = pathParts(src);
  const d = pathParts(dest);
  for (let i = 0; i < s.length; i++) if (d[i] !== s[i]) return false;
  return true;
}

function cpError(Ctor, errno, code, message, path) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

// ---- async ------------------------------------------------------------------------

function call(fn, ...args) {
  return new PromiseCtor((resolve, reject) => {
    ReflectApply(fn, undefined, [...args, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }]);
  });
}

const lstatBig = (path) => call(fs.lstat, path, { bigint: true });
const statBig = (path) => call(fs.stat, path, { bigint: true });

async function checkPaths(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = await opts.filter(src, dest);
    if (!shouldCopy) return { __proto__: null, skipped: true };
  }
  const statFn = opts.dereference ? statBig : lstatBig;
  const [srcStat, destStat] = await PromiseCtor.all([
    statFn(src),
    ReflectApply(PromisePrototypeThen, statFn(dest), [undefined, (err) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    }]),
  ]);
  if (destStat) {
    if (areIdentical(srcStat, destStat))
      throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL', 'src and dest cannot be the same', dest);
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR, EISDIR, 'EISDIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR, ENOTDIR, 'ENOTDIR',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { __proto__: null, srcStat, destStat, skipped: false };
}

// dest must not be inside src by way of a parent that is src itself (a
// link or mount making the trees overlap).
async function checkParentPaths(src, srcStat, dest) {
  const path = lazyPath();
  const srcParent = path.resolve(path.dirname(src));
  const destParent = path.resolve(path.dirname(dest));
  if (destParent === srcParent || destParent === path.parse(destParent).root) return;
  let destStat;
  try {
    destStat = await statBig(destParent);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (areIdentical(srcStat, destStat)) {
    throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return checkParentPaths(src, srcStat, destParent);
}

async function cpFn(src, dest, opts) {
  const { srcStat, destStat, skipped } = await checkPaths(src, dest, opts);
  if (skipped) return;
  await checkParentPaths(src, srcStat, dest);
  const destParent = lazyPath().dirname(dest);
  if (!fs.existsSync(destParent)) await call(fs.mkdir, destParent, { recursive: true });
  return copyEntry(destStat, src, dest, opts);
}

async function copyEntry(destStat, src, dest, opts) {
  const srcStat = await call(opts.dereference ? fs.stat : fs.lstat, src);
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError(ERR_FS_EISDIR, EISDIR, 'EISDIR', `${src} is a directory (not copied)`, src);
    }
    if (!destStat) {
      await call(fs.mkdir, dest);
      await copyDir(src, dest, opts);
      return call(fs.chmod, dest, srcStat.mode);
    }
    // An existing directory is merged into, unless the caller asked for an
    // error on anything that is already there.
    if (opts.errorOnExist && !opts.force)
      throw cpError(ERR_FS_CP_EEXIST, EEXIST, 'EEXIST', `${dest} already exists`, dest);
    return copyDir(src, dest, opts);
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        await call(fs.unlink, dest);
      } else {
        if (opts.errorOnExist) {
          throw cpError(ERR_FS_CP_EEXIST, EEXIST, 'EEXIST', `${dest} already exists`, dest);
        }
        return;
      }
    }
    return copyFileAndMode(srcStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return copyLink(destStat, src, dest, opts);
  if (srcStat.isSocket())
    throw cpError(ERR_FS_CP_SOCKET, EINVAL, 'EINVAL', `cannot copy a socket file: ${dest}`, dest);
  if (srcStat.isFIFO())
    throw cpError(ERR_FS_CP_FIFO_PIPE, EINVAL, 'EINVAL', `cannot copy a FIFO pipe: ${dest}`, dest);
  throw cpError(ERR_FS_CP_UNKNOWN, EINVAL, 'EINVAL', `cannot copy an unknown file type: ${dest}`, dest);
}

async function copyFileAndMode(srcStat, src, dest, opts) {
  await call(fs.copyFile, src, dest, opts.mode);
  const mode = srcStat.mode;
  if (opts.preserveTimestamps) {
    // A read-only source gives a read-only copy, whose times can be set
    // only while it is still writable.
    if ((mode & 0o200) === 0) await call(fs.chmod, dest, mode | 0o200);
    await copyTimes(src, dest);
  }
  return call(fs.chmod, dest, mode);
}

// The source's times as they are now: reading it has moved its atime.
async function copyTimes(src, dest) {
  const latest = await call(fs.stat, src);
  await call(fs.utimes, dest, latest.atime, latest.mtime);
}

async function copyDir(src, dest, opts) {
  const dir = await call(fs.opendir, src);
  for await (const { name } of dir) {
    const srcItem = lazyPath().join(src, name);
    const destItem = lazyPath().join(dest, name);
    const { destStat, skipped } = await checkPaths(srcItem, destItem, opts);
    if (!skipped) await copyEntry(destStat, srcItem, destItem, opts);
  }
}

async function copyLink(destStat, src, dest, opts) {
  const path = lazyPath();
  let resolvedSrc = await call(fs.readlink, src);
  if (!opts.verbatimSymlinks && !path.isAbsolute(resolvedSrc))
    resolvedSrc = path.resolve(path.dirname(src), resolvedSrc);
  if (!destStat) return call(fs.symlink, resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = await call(fs.readlink, dest);
  } catch (err) {
    // dest is a file or directory, not a link: replace it.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return call(fs.symlink, resolvedSrc, dest);
    throw err;
  }
  if (!path.isAbsolute(resolvedDest)) resolvedDest = path.resolve(path.dirname(dest), resolvedDest);
  // Only a link to a directory can make a tree contain itself.
  const srcIsDir = await PromiseCtor.resolve(call(fs.stat, src)).then(
    (st) => st.isDirectory(), () => false);
  if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL',
      `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest);
  }
  // Replacing dest when src is inside it would delete what the new link
  // points to.
  if (srcIsDir && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, EINVAL, 'EINVAL',
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest);
  }
  await call(fs.unlink, dest);
  return call(fs.symlink, resolvedSrc, dest);
}

// ---- sync --------------------------------------------------------------------------

// The errors of Node 24's C++ checks: an Error with a code and a sentence.
function syncError(code, message) {
  const err = new ErrorCtor(message);
  err.code = code;
  return err;
}

function withSlash(path) {
  return path.endsWith('/') ? path : `${path}/`;
}

function checkPathsSync(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = opts.filter(src, dest);
    if (isPromise(shouldCopy)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
    if (!shouldCopy) return { __proto__: null, skipped: true };
  }
  const statFn = opts.dereference ? fs.statSync : fs.lstatSync;
  const srcStat = statFn(src, { bigint: true });
  const destStat = statFn(dest, { bigint: true, throwIfNoEntry: false }) ?? null;
  const srcIsDir = srcStat.isDirectory();
  if (destStat) {
    if (areIdentical(srcStat, destStat))
      throw syncError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
    if (srcIsDir && !destStat.isDirectory()) {
      throw syncError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!srcIsDir && destStat.isDirectory()) {
      throw syncError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  if (srcIsDir && isSrcSubdir(src, dest)) {
    throw syncError('ERR_FS_CP_EINVAL', `Cannot copy ${withSlash(src)} to a subdirectory of self ${dest}`);
  }
  return { __proto__: null, srcStat, destStat, skipped: false };
}

function checkParentPathsSync(src, srcStat, dest) {
  const path = lazyPath();
  const srcParent = path.resolve(path.dirname(src));
  const destParent = path.resolve(path.dirname(dest));
  if (destParent === srcParent || destParent === path.parse(destParent).root) return;
  const destStat = fs.statSync(destParent, { bigint: true, throwIfNoEntry: false });
  if (destStat === undefined) return;
  if (areIdentical(srcStat, destStat)) {
    throw syncError('ERR_FS_CP_EINVAL', `Cannot copy ${withSlash(src)} to a subdirectory of self ${dest}`);
  }
  checkParentPathsSync(src, srcStat, destParent);
}

function cpSyncFn(src, dest, opts) {
  const { srcStat, destStat, skipped } = checkPathsSync(src, dest, opts);
  if (skipped) return;
  checkParentPathsSync(src, srcStat, dest);
  // Node checks the option only once the paths are known to be sound.
  if (!opts.recursive && srcStat.isDirectory()) {
    throw syncError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${withSlash(src)}`);
  }
  const destParent = lazyPath().dirname(dest);
  if (!fs.existsSync(destParent)) fs.mkdirSync(destParent, { recursive: true });
  copyEntrySync(destStat, src, dest, opts);
}

function copyEntrySync(destStat, src, dest, opts) {
  const srcStat = (opts.dereference ? fs.statSync : fs.lstatSync)(src);
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError(ERR_FS_EISDIR, EISDIR, 'EISDIR', `${src} is a directory (not copied)`, src);
    }
    if (!destStat) {
      fs.mkdirSync(dest);
      copyDirSync(src, dest, opts);
      fs.chmodSync(dest, srcStat.mode);
      return;
    }
    copyDirSync(src, dest, opts);
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        fs.unlinkSync(dest);
      } else {
        if (opts.errorOnExist) {
          throw cpError(ERR_FS_CP_EEXIST, EEXIST, 'EEXIST', `${dest} already exists`, dest);
        }
        return;
      }
    }
    fs.copyFileSync(src, dest, opts.mode);
    const mode = srcStat.mode;
    if (opts.preserveTimestamps) {
      if ((mode & 0o200) === 0) fs.chmodSync(dest, mode | 0o200);
      const latest = fs.statSync(src);
      fs.utimesSync(dest, latest.atime, latest.mtime);
    }
    fs.chmodSync(dest, mode);
    return;
  }
  if (srcStat.isSymbolicLink()) {
    copyLinkSync(destStat, src, dest, opts);
    return;
  }
  if (srcStat.isSocket())
    throw cpError(ERR_FS_CP_SOCKET, EINVAL, 'EINVAL', `cannot copy a socket file: ${dest}`, dest);
  if (srcStat.isFIFO())
    throw cpError(ERR_FS_CP_FIFO_PIPE, EINVAL, 'EINVAL', `cannot copy a FIFO pipe: ${dest}`, dest);
  throw cpError(ERR_FS_CP_UNKNOWN, EINVAL, 'EINVAL', `cannot copy an unknown file type: ${dest}`, dest);
}

function copyDirSync(src, dest, opts) {
  const dir = fs.opendirSync(src);
  try {
    let dirent;
    while ((dirent = dir.readSync()) !== null) {
      const srcItem = lazyPath().join(src, dirent.name);
      const destItem = lazyPath().join(dest, dirent.name);
      const { destStat, skipped } = checkPathsSync(srcItem, destItem, opts);
      if (!skipped) copyEntrySync(destStat, srcItem, destItem, opts);
    }
  } finally {
    dir.closeSync();
  }
}

function copyLinkSync(destStat, src, dest, opts) {
  const path = lazyPath();
  let resolvedSrc = fs.readlinkSync(src);
  if (!opts.verbatimSymlinks && !path.isAbsolute(resolvedSrc))
    resolvedSrc = path.resolve(path.dirname(src), resolvedSrc);
  if (!destStat) {
    fs.symlinkSync(resolvedSrc, dest);
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = fs.readlinkSync(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      fs.symlinkSync(resolvedSrc, dest);
      return;
    }
    throw err;
  }
  if (!path.isAbsolute(resolvedDest)) resolvedDest = path.resolve(path.dirname(dest), resolvedDest);
  let srcIsDir = false;
  try {
    srcIsDir = fs.statSync(src).isDirectory();
  } catch {
    // A dangling or looping link is not a directory.
  }
  if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw syncError('ERR_FS_CP_EINVAL', `Cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`);
  }
  // Unlike the async form, Node's sync check does not ask what src is,
  // and lets a link be replaced by one to the same place.
  if (resolvedSrc !== resolvedDest && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw syncError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${resolvedDest} with ${resolvedSrc}`);
  }
  fs.unlinkSync(dest);
  fs.symlinkSync(resolvedSrc, dest);
}

module.exports = {
  cpFn,
  cpSyncFn,
  validateCpOptions,
};
