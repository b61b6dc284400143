'use strict';
// The CommonJS loader's side of ES modules, loaded the first time a file
// needs it (so that require() of CommonJS files pays nothing for it):
// require() of ES modules (Node 24), syntax detection of .js files,
// import() in CommonJS code, and JavaScriptCore's SyntaxError properties.

const path = require('path');
const packageJson = require('internal/modules/package_json');
const { hasOwnProperty } = Object.prototype;
const { hideEngineProperties } = require('internal/stack');

let esmLoaderCache;
const esmLoader = () => (esmLoaderCache ??= require('internal/modules/esm/loader'));
const esmResolve = () => require('internal/modules/esm/resolve');
const codes = () => require('internal/errors').codes;

// import() in CommonJS code: the transpiler rewrites the calls to
// _$kiln_import(...), a function of this file that an outer function
// around the wrapper provides. Undefined when the code has none.
function wrapWithImport(Module, filename, content, wrapperOffsets) {
  const rewritten = esmResolve().transpiler().transformScript(content);
  if (rewritten === undefined) return undefined;
  const outer = '(function (_$kiln_import) { return ';
  let make;
  try {
    make = natives.evalScript(`${outer}${Module.wrap(rewritten)}})`, filename);
  } catch (err) {
    if (err instanceof SyntaxError) hideEngineProperties(err);
    throw err;
  }
  wrapperOffsets.set(filename, outer.length + Module.wrapper[0].length);
  return make(esmResolve().scriptImport((specifier, options) => esmLoader().importFromCommonJS(specifier, options, filename)));
}

// `using` declarations in a CommonJS module the engine refused: the
// transpiler lowers them (and renames import() as above), and the outer
// function provides both helpers. When the transpiler cannot parse the
// code either, its SyntaxError (V8's words, the right line) is the one
// reported: the engine's would be about the first `using` declaration.
function wrapWithUsing(Module, filename, content, wrapperOffsets) {
  let lowered;
  try {
    lowered = esmResolve().transpiler().transformUsing(content, true);
  } catch (err) {
    if (err instanceof SyntaxError) {
      Object.defineProperty(err, 'line', { value: err.line, enumerable: false, writable: true, configurable: true });
      Object.defineProperty(err, 'column', { value: err.column, enumerable: false, writable: true, configurable: true });
      Object.defineProperty(err, 'sourceURL', { value: filename, enumerable: false, writable: true, configurable: true });
    }
    throw err;
  }
  const outer = '(function (_$kiln_import, _$kiln_using) { return ';
  let make;
  try {
    make = natives.evalScript(`${outer}${Module.wrap(lowered)}})`, filename);
  } catch (err) {
    if (err instanceof SyntaxError) hideEngineProperties(err);
    throw err;
  }
  wrapperOffsets.set(filename, outer.length + Module.wrapper[0].length);
  return make(esmResolve().scriptImport((specifier, options) => esmLoader().importFromCommonJS(specifier, options, filename)),
              require('internal/disposable').usingStack);
}

// --no-experimental-require-module: Node 22's require(), which refuses ES
// modules and never looks for module syntax.
let requireModuleOff;
function requireModuleDisabled() {
  requireModuleOff ??= natives.execArgv.includes('--no-experimental-require-module') ||
    natives.execArgv.includes('--no-require-module');
  return requireModuleOff;
}

// A top-level const/let/class named like a parameter of the CommonJS
// wrapper is an error only in CommonJS.
function redeclaresWrapperName(err) {
  return /^Cannot declare a (?:const|let|class) variable twice: '(?:require|module|exports|__filename|__dirname)'/.test(err.message) ||
    /^Identifier '(?:require|module|exports|__filename|__dirname)' has already been declared/.test(err.message);
}

// Node 24's syntax detection: a .js (or extensionless) file outside a
// package with a "type" that is no CommonJS because it has module syntax
// is an ES module.
function isDetectedModule(filename, content, err) {
  if (!(err instanceof SyntaxError) || requireModuleDisabled()) return false;
  if (!filename.endsWith('.js') && path.extname(filename) !== '') return false;
  const pkg = packageJson.packageScope(filename);
  if (pkg && pkg.type !== 'none') return false;
  if (esmResolve().detectFormat(content) !== 'module' && !redeclaresWrapperName(err)) return false;
  esmResolve().warnTypeless(filename);
  return true;
}

// A CommonJS file that fails to compile because it has module syntax: Node
// says how to make it a module.
function warnModuleSyntax(filename, content, err) {
  if (!(err instanceof SyntaxError) || !esmResolve().transpiler().containsModuleSyntax(content)) return;
  // Printed now: the SyntaxError usually ends the process before the next
  // tick, and Node's warning comes before it.
  const warning = new Error(`Failed to load the ES module: ${filename}. Make sure to set "type": "module" in ` +
    'the nearest package.json file or use the .mjs extension.');
  Object.defineProperty(warning, 'name', { value: 'Warning', writable: true, configurable: true, enumerable: false });
  require('internal/process/warning').onWarning(warning);
}

// The Module objects of ES modules being required: a require() of one of
// them before it has finished is a cycle Node refuses.
const esmModules = new WeakSet();
function isESMLoading(module) {
  return esmModules.has(module);
}

// A require() of an ES module still loading: Node names the module that
// first required it.
function cycleError(cached, parent) {
  parent = parentOf.get(cached) ?? parent;
  return new (codes().ERR_REQUIRE_CYCLE_MODULE)(`Cannot require() ES Module ${cached.filename} in a cycle.` +
    `${parent && parent.filename ? ` (from ${parent.filename})` : ''} A cycle involving require(esm) is not ` +
    'allowed to maintain invariants mandated by the ECMAScript specification. Try making at least part of ' +
    'the dependency in the graph lazily loaded.');
}

// An ES module found by the CommonJS loader: the main one runs through the
// ES module loader as in Node (top-level await allowed, no
// process.mainModule); others are required.
function compileESM(module, filename, content) {
  if (module.id !== '.' || process.mainModule !== module) {
    return loadESM(module, parentOf.get(module), filename, content);
  }
  delete ModuleClass._cache[filename];
  process.mainModule = undefined;
  esmLoader().runMain(filename, content);
}

// require() of an ES module (Node 24): its namespace, evaluated now, or its
// 'module.exports' export when it has one; a module with a default export
// comes as the namespace with __esModule set, so that transpiled CommonJS
// finds its default where it looks.
function loadESM(module, parent, filename, source) {
  esmModules.add(module);
  if (requireModuleDisabled()) throw new (codes().ERR_REQUIRE_ESM)(filename, true, parent && parent.filename);
  const ns = esmLoader().requireESM(filename, source, parent && parent.filename); // the bindings object
  let exports;
  if (hasOwnProperty.call(ns, 'module.exports')) {
    exports = ns['module.exports'];
  } else if (hasOwnProperty.call(ns, 'default') && !hasOwnProperty.call(ns, '__esModule')) {
    exports = esmLoader().namespaceWithESModule(ns);
  } else {
    exports = require('internal/modules/esm/namespace').namespaceOf(ns);
  }
  module.exports = exports;
  module.loaded = true;
}

// The CommonJS loader's Module and its WeakMap of modules' parents.
let ModuleClass;
let parentOf;
function bind(Module, moduleParentCache) {
  ModuleClass = Module;
  parentOf = moduleParentCache;
  return module.exports;
}

module.exports = {
  bind,
  wrapWithImport,
  wrapWithUsing,
  isDetectedModule,
  warnModuleSyntax,
  isESMLoading,
  cycleError,
  compileESM,
  esmLoader,
};
