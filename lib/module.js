'use strict';
// node:module: the CommonJS loader's Module, with the rest of Node's
// node:module API attached the first time it is required (the loader itself
// is on the startup path; these are not).

const { Module } = require('internal/modules/cjs/loader');
const support = require('internal/source_map/support');

function defineLazy(name, make) {
  Object.defineProperty(Module, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(Module, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(Module, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

defineLazy('SourceMap', () => require('internal/source_map/source_map').SourceMap);

Module.findSourceMap = function findSourceMap(sourceURL) {
  return require('internal/source_map/source_map_cache').findSourceMap(sourceURL);
};

Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return support.getSourceMapsSupport();
};

Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options = undefined) {
  support.setSourceMapsSupport(enabled, options);
};

Module.registerHooks = function registerHooks(hooks) {
  return require('internal/modules/cjs/loader').registerHooks(hooks);
};

// Asynchronous ES module hooks (Node runs them off-thread; kiln on the main
// thread, lib/internal/modules/esm/hooks.js).
Module.register = function register(specifier, parentURL = undefined, options = undefined) {
  return require('internal/modules/esm/hooks').register(specifier, parentURL, options);
};

// The compile cache. JavaScriptCore's C API can neither save nor load
// bytecode, so kiln has none: enableCompileCache() validates its argument
// as Node does and reports DISABLED with the reason, and there is never a
// directory to report or anything to flush.
const compileCacheStatus = Object.freeze({
  __proto__: null,
  FAILED: 0,
  ENABLED: 1,
  ALREADY_ENABLED: 2,
  DISABLED: 3,
});
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });

Module.enableCompileCache = function enableCompileCache(options) {
  let directory = options;
  if (typeof options === 'object' && options !== null) directory = options.directory;
  if (directory !== undefined && typeof directory !== 'string') {
    // Node's message for this case, from its native side.
    const err = new TypeError('cacheDir should be a string');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return {
    status: compileCacheStatus.DISABLED,
    message: 'Disabled in kiln: its engine (JavaScriptCore) cannot save or load compiled code',
  };
};

Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};

Module.flushCompileCache = function flushCompileCache() {};

// Deprecated (DEP0077, pending): the loader's debuglog('module').
let moduleDebug;
let debugWarned = false;
Module._debug = function deprecated(...args) {
  if (!debugWarned && (natives.execArgv.includes('--pending-deprecation') ||
      process.env.NODE_PENDING_DEPRECATION === '1')) {
    debugWarned = true;
    process.emitWarning('Module._debug is deprecated.', 'DeprecationWarning', 'DEP0077');
  }
  moduleDebug ??= require('internal/util/debuglog').debuglog('module');
  return Reflect.apply(moduleDebug, this, args);
};

module.exports = Module;
