'use strict';
// CommonJS modules: the algorithm of Node's "Modules: CommonJS modules" page.
// Resolution (paths, extensions, directories, node_modules, NODE_PATH,
// package.json "main", "exports", "imports", self-reference), the module
// cache, the wrapper and the Module API that packages reach into
// (_load, _resolveFilename, _findPath, _extensions, _nodeModulePaths, ...).

const path = require('path');
const { validateString } = require('internal/validators');
// internal/errors is loaded only when an error is made: it is not small,
// and this module is on the startup path.
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);
const packageJson = require('internal/modules/package_json');
// Loaded when a package first has "exports" or "imports".
function packageExportsResolve(...args) {
  return require('internal/modules/package_resolve').packageExportsResolve(...args);
}
function packageImportsResolve(...args) {
  return require('internal/modules/package_resolve').packageImportsResolve(...args);
}
const wrapperOffsets = natives.wrapperOffsets;
const { state: sourceMapSupport } = require('internal/source_map/support');
const builtins = require('internal/modules/builtins');

const fsBinding = internalBinding('fs');
const { hasOwnProperty } = Object.prototype;

const moduleParentCache = new WeakMap();
const relativeResolveCache = { __proto__: null };
let modulePaths = [];
let requireDepth = 0;
let statCache = null;
let stat = statPath; // Module._stat can replace it

function statPath(filename) {
  if (statCache !== null) {
    const r = statCache.get(filename);
    if (r !== undefined) return r;
  }
  const r = fsBinding.internalModuleStat(filename);
  if (statCache !== null && r >= 0) statCache.set(filename, r);
  return r;
}

// Real paths do not change while a program loads its modules; Node caches
// them for the loader too.
const realpathCache = new Map();
function toRealPath(p) {
  let r = realpathCache.get(p);
  if (r === undefined) {
    r = fsBinding.realpath(p);
    realpathCache.set(p, r);
  }
  return r;
}

const preserveSymlinks = natives.execArgv.includes('--preserve-symlinks');
const preserveSymlinksMain = natives.execArgv.includes('--preserve-symlinks-main');

function cjsConditions() {
  const set = new Set(['require', 'node', 'module-sync', 'node-addons']);
  const argv = natives.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '--conditions' || a === '-C') && i + 1 < argv.length) set.add(argv[++i]);
    else if (a.startsWith('--conditions=')) set.add(a.slice(13));
  }
  return set;
}
let conditions;
function getConditions() {
  if (conditions === undefined) conditions = cjsConditions();
  return conditions;
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
// wrap and wrapper are accessors, not enumerable, as in Node; a program may
// replace either.
let wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapper; },
  set(value) { wrapper = value; },
});
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) { wrap = value; },
});

const pendingDeprecation = natives.execArgv.includes('--pending-deprecation') ||
  process.env.NODE_PENDING_DEPRECATION === '1';
let parentWarned = false;
function warnParent() {
  if (parentWarned) return;
  parentWarned = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
    'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
}
Object.defineProperty(Module.prototype, 'parent', {
  configurable: true,
  enumerable: false,
  get() {
    if (pendingDeprecation) warnParent();
    return moduleParentCache.get(this);
  },
  set(value) {
    if (pendingDeprecation) warnParent();
    moduleParentCache.set(this, value);
  },
});
Object.defineProperty(Module.prototype, 'isPreloading', {
  configurable: true,
  enumerable: false,
  get() { return isPreloading; },
});
let isPreloading = false;

// ---- lookup paths -----------------------------------------------------------

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1; i >= 0; i--) {
    if (from.charCodeAt(i) === 47 /* / */) {
      const segment = from.slice(i + 1, last);
      if (segment !== 'node_modules') paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
    }
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (builtins.canBeRequired(request)) return null;
  // Bare names search node_modules; './x', '../x' and '.' or '..' search
  // beside the parent.
  if (request[0] !== '.' ||
      (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths = modulePaths;
    if (parent && parent.paths && parent.paths.length) paths = parent.paths.concat(modulePaths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_libraries'), path.resolve(home, '.node_modules'));
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  modulePaths = paths;
  Module.globalPaths = paths.slice();
};

// ---- finding files ------------------------------------------------------------

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (isMain ? preserveSymlinksMain : preserveSymlinks) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  // An index loop: a program may have deleted the array iterator.
  for (let i = 0; i < exts.length; i++) {
    const f = tryFile(basePath + exts[i], isMain);
    if (f) return f;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJson.readPackage(requestPath);
  const main = pkg ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    const jsonPath = path.resolve(requestPath, 'package.json');
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
    'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

function notFoundError(request, pkgJsonPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgJsonPath) err.path = pkgJsonPath;
  return err;
}

// A resolved "exports"/"imports" target must be a file that exists.
function finalizeResolution(resolved, pkgJsonPath) {
  const actual = tryFile(resolved, false);
  if (actual) return actual;
  throw notFoundError(resolved, pkgJsonPath);
}

const bareSpecifier = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request) {
  const m = bareSpecifier.exec(request);
  if (m === null) return undefined;
  const name = m[1];
  const expansion = m[2] || '';
  const pkgPath = path.resolve(nmPath, name);
  const pkg = packageJson.readPackage(pkgPath);
  if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
    const file = packageExportsResolve(pkg.path, `.${expansion}`, pkg.exports, undefined, getConditions());
    return finalizeResolution(file, pkg.path);
  }
  return undefined;
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;

  const cacheKey = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  let exts;
  const last = request.charCodeAt(request.length - 1);
  let trailingSlash = request.length > 0 && (last === 47 ||
    (last === 46 && (request === '.' || request === '..' || request.endsWith('/.') || request.endsWith('/..'))));
  // '../x' names a file outside the directory searched, so that directory
  // need not exist any more (it may have been deleted after the parent
  // loaded).
  const insidePath = !(isRelative(request) && path.normalize(request).startsWith('..'));

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;
    if (!absolute) {
      const resolved = resolveExports(curPath, request);
      if (resolved) return resolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (isMain ? preserveSymlinksMain : preserveSymlinks) filename = path.resolve(basePath);
        else filename = toRealPath(basePath);
      }
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
}

function parentPathOf(parent) {
  if (!parent) return process.cwd();
  if (parent.filename) return parent.filename;
  return process.cwd();
}

// A package can require itself by its own name through its "exports".
function trySelf(parentPath, request) {
  const pkg = packageJson.packageScope(parentPath.endsWith('/') ? `${parentPath}x` : parentPath);
  if (!pkg || pkg.exports === undefined || pkg.exports === null || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) expansion = '.';
  else if (request.startsWith(`${pkg.name}/`)) expansion = `.${request.slice(pkg.name.length)}`;
  else return false;
  const file = packageExportsResolve(pkg.path, expansion, pkg.exports, parentPath, getConditions());
  return finalizeResolution(file, pkg.path);
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (builtins.canBeRequired(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelative(request)) {
        paths = options.paths;
        for (let i = 0; i < paths.length; i++) {
          if (typeof paths[i] !== 'string') {
            throw new (codes().ERR_INVALID_ARG_TYPE)('paths', 'array of strings', paths);
          }
        }
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookup = Module._resolveLookupPaths(request, fakeParent) || [];
          for (const l of lookup) if (!paths.includes(l)) paths.push(l);
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && parent && parent.filename) {
    const pkg = packageJson.packageScope(parent.filename);
    if (pkg && pkg.imports !== undefined && pkg.imports !== null) {
      const resolved = packageImportsResolve(request, pkg.path, pkg.imports, parent.filename, getConditions());
      if (typeof resolved === 'string') return finalizeResolution(resolved, pkg.path);
      return Module._resolveFilename(resolved.bare, parent, isMain);
    }
  }

  const parentPath = parentPathOf(parent);
  const self = trySelf(parentPath, request);
  if (self) {
    Module._pathCache[`${request}\x00${paths && paths.length === 1 ? paths[0] : (paths || []).join('\x00')}`] = self;
    return self;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading ---------------------------------------------------------------------

function loadBuiltin(id) {
  return builtins.require(id);
}

// A module required again while it is still loading (a cycle) gives out its
// partial exports. When they are a plain object, their prototype becomes a
// proxy that warns on a read of a property that is not there, the usual
// symptom of a cycle; load() puts Object.prototype back when it finishes.
let circularPrototype;
const circularExports = new WeakSet();
function warnCircular(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' ` +
    'of module exports inside circular dependency');
}
function exportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' &&
      !require('internal/util/types').types.isProxy(exports) &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    circularPrototype ??= new Proxy(Object.prototype, {
      __proto__: null,
      get(target, prop, receiver) {
        if (prop in target || prop === '__esModule') return Reflect.get(target, prop, receiver);
        warnCircular(prop);
        return undefined;
      },
      getOwnPropertyDescriptor(target, prop) {
        if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
          return Reflect.getOwnPropertyDescriptor(target, prop);
        }
        warnCircular(prop);
        return undefined;
      },
    });
    Object.setPrototypeOf(exports, circularPrototype);
    circularExports.add(exports);
  }
  return exports;
}

Module._load = function _load(request, parent, isMain) {
  let relCacheId;
  if (parent) {
    relCacheId = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relCacheId];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        updateChildren(parent, cached, true);
        if (!cached.loaded && interopModule?.isESMLoading(cached)) throw interopModule.cycleError(cached, parent);
        return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
      }
      delete relativeResolveCache[relCacheId];
    }
  }
  if (hookChain.length > 0) return customizationHooks().loadWithHooks(request, parent, isMain, relCacheId);

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!builtins.canBeRequiredByUsers(id)) throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    return loadBuiltin(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    if (!cached.loaded && interopModule?.isESMLoading(cached)) throw interopModule.cycleError(cached, parent);
    return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
  }
  if (builtins.canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent !== undefined && parent !== null) relativeResolveCache[relCacheId] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        delete relativeResolveCache[relCacheId];
        const children = parent.children;
        if (Array.isArray(children)) {
          const i = children.indexOf(module);
          if (i !== -1) children.splice(i, 1);
        }
      }
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const ext = findLongestRegisteredExtension(filename);
  Module._extensions[ext](this, filename);
  this.loaded = true;
  const exports = this.exports;
  if (circularPrototype !== undefined && circularExports.has(exports)) {
    circularExports.delete(exports);
    if (Object.getPrototypeOf(exports) === circularPrototype) Object.setPrototypeOf(exports, Object.prototype);
  }
};

// (Named apart from the require functions modules get, so that stack
// frames can tell the two apart: shown as Node's "Module.require". Its
// `name` is '', as Node's, an anonymous function there.)
function moduleRequire(id) {
  validateString(id, 'id');
  if (id === '') throw new (codes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
}
Object.defineProperty(moduleRequire, 'name', { __proto__: null, value: '', configurable: true });
Module.prototype.require = moduleRequire;

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    if (hookChain.length > 0) return customizationHooks().resolveFilenameWithHooks(request, mod, options);
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// Compiles source as a function of the five CommonJS parameters. The wrapper
// stays on the source's first line, so line numbers are the file's own;
// internal/stack shifts columns of line 1 back by the wrapper's length.
function wrapSafe(filename, content) {
  try {
    // import() needs a function of this file (esm/interop).
    if (content.includes('import')) {
      const fn = interop().wrapWithImport(Module, filename, content, wrapperOffsets);
      if (fn !== undefined) return fn;
    }
    const wrapped = Module.wrap(content);
    wrapperOffsets.set(filename, Module.wrapper[0].length);
    return natives.evalScript(wrapped, filename);
  } catch (err) {
    // JavaScriptCore has no `using` declarations: the transpiler lowers
    // them, only for code the engine refused, so other code pays nothing.
    if (err instanceof SyntaxError && content.includes('using')) {
      const fn = interop().wrapWithUsing(Module, filename, content, wrapperOffsets);
      if (fn !== undefined) return fn;
    }
    if (err instanceof SyntaxError) endOfInput(err, content);
    require('internal/stack').hideEngineProperties(err);
    throw err;
  }
}

// Code that ends too early (`let x = {`) makes the engine refuse the
// wrapper's own closing line; V8, which compiles no wrapper, says the
// input ended, on the file's last line.
function endOfInput(err, content) {
  let lines = 1;
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) lines++;
  try {
    if (err.line === lines + 1 && !Module.wrapper[1].slice(1).includes('\n')) {
      err.message = 'Unexpected end of input';
      err.line = lines;
      // Underlined by nothing, after the last character.
      const last = content.slice(content.lastIndexOf('\n') + 1);
      require('internal/stack').setErrorPlace(err, last.length, 0, true);
    }
  } catch {
    // a frozen error keeps what it has
  }
}

// ES modules in require(), syntax detection, import(): loaded when needed.
let interopModule;
function interop() {
  return (interopModule ??= require('internal/modules/esm/interop').bind(Module, moduleParentCache));
}

function cacheSourceMap(filename, content, module) {
  require('internal/source_map/source_map_cache').maybeCacheSourceMap(filename, content, module);
}

Module.prototype._compile = function _compile(content, filename, format) {
  if (format === 'module') return interop().compileESM(this, filename, content);
  // A '#!' line is a comment to Node; keep its length so columns stay right.
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) content = `//${content.slice(2)}`;
  let compiled;
  try {
    compiled = wrapSafe(filename, content);
  } catch (err) {
    // Node 24's syntax detection (a .js file outside a "type" package).
    if (format === undefined && interop().isDetectedModule(filename, content, err)) return interop().compileESM(this, filename, content);
    interop().warnModuleSyntax(filename, content, err);
    throw err;
  }
  if (sourceMapSupport.enabled) cacheSourceMap(filename, content, this);
  // Stack frames of a module's top level read "Object.<anonymous>" in
  // Node (the wrapper is called on module.exports); the engine shows a
  // function's displayName there.
  compiled.displayName = 'Object.<anonymous>';
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  if (requireDepth === 0) statCache = new Map();
  try {
    return Reflect.apply(compiled, exports, [exports, require, this, filename, dirname]);
  } finally {
    if (requireDepth === 0) statCache = null;
  }
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function loadJs(module, filename) {
  const hooked = hookedSources.get(module);
  const content = hooked === undefined ? fsBinding.readFileUtf8(filename) : hooked.source;
  let format = hooked === undefined ? undefined : hooked.format;
  if (format !== 'commonjs' && format !== 'module') format = formatOf(module, filename);
  module._compile(content, filename, format);
};

// .mjs and .cjs say what they are; .js and extensionless files (and a main
// file of any name) follow the package's "type"; undefined: detect.
function formatOf(module, filename) {
  if (filename.endsWith('.mjs') || (module.id === '.' && filename.endsWith('.wasm'))) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  const pkg = packageJson.packageScope(filename);
  if (!pkg || pkg.type === 'none') return undefined;
  if (pkg.type === 'commonjs') return 'commonjs';
  return filename.endsWith('.js') || path.extname(filename) === '' || module.id === '.' ? 'module' : undefined;
}

Module._extensions['.json'] = function loadJson(module, filename) {
  const hooked = hookedSources.get(module);
  const content = hooked === undefined ? fsBinding.readFileUtf8(filename) : hooked.source;
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadAddon(module, filename) {
  // The loader's own message for a file that is not a shared object, or for
  // an addon that needs Node's native API (which kiln does not provide).
  return process.dlopen(module, path.toNamespacedPath(filename));
};

// ---- synchronous customization hooks (module.registerHooks) -------------------------
// The machinery is in internal/modules/customization_hooks, loaded when a
// program first registers hooks; until then hookChain is empty and require()
// takes none of its paths.

const hookChain = [];
const hookedSources = new WeakMap(); // module -> { source, format } from the load hooks
let hooksImpl;
function customizationHooks() {
  hooksImpl ??= require('internal/modules/customization_hooks').bind({
    Module, hookChain, hookedSources, getConditions, builtins, updateChildren,
    exportsForCircularRequire, loadBuiltin, fsBinding, relativeResolveCache, codes,
  });
  return hooksImpl;
}
function registerHooks(hooks) {
  return customizationHooks().registerHooks(hooks);
}

// ---- public API -------------------------------------------------------------------

Module.builtinModules = builtins.publicIds();
Object.defineProperty(Module, '_stat', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return stat; },
  set(fn) {
    process.emitWarning('Module._stat is an experimental feature and might change at any time',
      'ExperimentalWarning');
    stat = fn;
  },
});
Module.isBuiltin = function isBuiltin(name) {
  return builtins.isBuiltin(name);
};

function fileURLToPathLite(url) {
  const u = String(url);
  if (!u.startsWith('file://')) return undefined;
  let rest = u.slice(7);
  if (!rest.startsWith('/')) {
    const slash = rest.indexOf('/');
    const host = slash === -1 ? rest : rest.slice(0, slash);
    if (host !== '' && host !== 'localhost') return undefined;
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  rest = rest.replace(/[?#].*$/, '');
  if (/%2f/i.test(rest)) return undefined;
  return decodeURIComponent(rest);
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string' &&
      filename.protocol === 'file:') {
    filepath = fileURLToPathLite(filename.href);
  } else if (typeof filename === 'string') {
    if (filename.startsWith('file:')) filepath = fileURLToPathLite(filename);
    else if (path.isAbsolute(filename)) filepath = filename;
  }
  if (filepath === undefined) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  isPreloading = true;
  try {
    for (const r of requests) parent.require(r);
  } finally {
    isPreloading = false;
  }
};

Module.runMain = function runMain(main = process.argv[1]) {
  const resolved = path.resolve(main);
  process.argv[1] = resolved;
  if (`${natives.execArgv}`.includes('loader')) require('internal/modules/esm/hooks').applyLoaderFlags();
  Module._load(resolved, null, true);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  interop().esmLoader().syncBuiltinESMExports();
};

Module.findPackageJSON = function findPackageJSON(specifier, base) {
  let start;
  if (typeof specifier === 'string' && (specifier.startsWith('.') || path.isAbsolute(specifier) || specifier.startsWith('file:'))) {
    const baseFile = typeof base === 'string' && base.startsWith('file:') ? fileURLToPathLite(base) : base;
    const target = specifier.startsWith('file:') ? fileURLToPathLite(specifier) : path.resolve(path.dirname(String(baseFile)), specifier);
    start = target;
  } else {
    const req = Module.createRequire(typeof base === 'string' ? base : path.join(process.cwd(), 'x'));
    start = req.resolve(specifier);
  }
  const pkg = packageJson.packageScope(start);
  return pkg ? pkg.path : undefined;
};

Module.Module = Module;
Module._initPaths();

// The ES module loader's way to the registerHooks() chains: undefined
// while none is registered.
function importHooks() {
  return hookChain.length > 0 ? customizationHooks() : undefined;
}

module.exports = { Module, makeRequireFunction, wrapSafe, registerHooks, importHooks };
