'use strict';
// The ES module loader: module records, linking, evaluation in the
// specification's order (depth-first post-order, cycles, top-level await),
// namespaces, import.meta, dynamic import(), CommonJS, JSON and builtin
// modules imported by ES modules, and require() of ES modules.
//
// kiln's transpiler (internalBinding('transpile'), see docs/esm.md) turns a
// module into a generator function of one argument, the record object
// `_$kiln_m` made here: its first next() registers the export getters
// (instantiation), its second runs the body (evaluation); a module with
// top-level await is an async generator. Loading is synchronous (files are
// read with one call each), so require() of a module graph without
// top-level await can run it to the end before it returns.

const path = require('path');
const { fileURLToPath } = require('internal/url');
const resolver = require('internal/modules/esm/resolve');
const { namespaceOf } = require('internal/modules/esm/namespace');
const { resolveWithHint, formatOf, transpiler, fileURL } = resolver;
const builtins = require('internal/modules/builtins');
const { codes } = require('internal/errors');
const {
  ERR_IMPORT_ATTRIBUTE_MISSING,
  ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE,
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
  ERR_INVALID_ARG_TYPE,
  ERR_REQUIRE_ASYNC_MODULE,
  ERR_REQUIRE_CYCLE_MODULE,
} = codes;

const fsBinding = internalBinding('fs');
const wrapperOffsets = natives.wrapperOffsets;
const evalSources = natives.evalSources;
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const { hasOwnProperty } = Object.prototype;

let cjsLoaderModule;
const cjsLoader = () => (cjsLoaderModule ??= require('internal/modules/cjs/loader'));

// Record states, as the specification names them.
const NEW = 0; // loaded, dependencies known, not yet linked
const LINKED = 1;
const EVALUATING = 2;
const EVALUATING_ASYNC = 3;
const EVALUATED = 4;

let moduleMap = new Map(); // url (+ '\0json' for JSON) -> record
// The modules of register()'s hooks: apart from the application's, as on
// Node's hooks thread.
const hooksModuleMap = new Map();
let asyncCounter = 0;

// ---- records -------------------------------------------------------------------------

// A source text module (format 'module') runs the transpiled generator; the
// others (CommonJS, JSON, builtins) are leaves with fixed export names
// whose values they set when they are evaluated.
class ModuleRecord {
  constructor(url, format) {
    this.url = url;
    this.format = format;
    this.filename = url.startsWith('file:') ? fileURLToPath(url) : undefined;
    this.status = NEW;
    this.cyclic = format === 'module';
    this.namespace = { __proto__: null };
    this.getters = { __proto__: null }; // export name -> function
    this.names = undefined; // leaf modules: their export names
    this.values = undefined; // leaf modules: name -> value
    this.deps = []; // records, index as meta.imports
    this.meta = undefined;
    this.gen = undefined;
    this.instantiation = undefined; // an async module's first next()
    this.hasTLA = false;
    this.evaluationError = undefined;
    this.hasError = false;
    this.dfsIndex = 0;
    this.dfsAncestorIndex = 0;
    this.cycleRoot = undefined;
    this.asyncOrder = undefined; // a number while its evaluation is pending; 'done' after
    this.asyncParents = [];
    this.pendingAsyncDeps = 0;
    this.capability = undefined;
    this.source = undefined;
    this.isMain = false;
    this.cjsModule = undefined;
    this.epoch = 0;
  }
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // The promise of a record is internal: whoever waits on it reports the
  // error, not the record.
  promise.catch(noop);
  return { promise, resolve, reject };
}
function noop() {}

// ---- loading: sources, formats, the graph --------------------------------------------------

function readSource(url, file) {
  if (url.startsWith('data:')) return dataURLText(url);
  return fsBinding.readFileUtf8(file);
}

function dataURLText(url) {
  const comma = url.indexOf(',');
  const head = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (/;base64$/i.test(head)) return Buffer.from(decodeURIComponent(body), 'base64').toString('utf8');
  return decodeURIComponent(body);
}

function attributesKey(format) {
  return format === 'json' ? '\0json' : '';
}

// Node's checks of `with { ... }` against the format of what was found.
// Attributes other than type are refused before the module is looked at.
function checkAttributeKeys(url, attributes) {
  if (attributes === undefined) return;
  const keys = ObjectKeys(attributes);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== 'type') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], attributes[keys[i]], url);
  }
}

function validateAttributes(url, format, attributes) {
  const keys = attributes === undefined ? [] : ObjectKeys(attributes);
  const type = keys.length > 0 ? attributes.type : undefined;
  if (format === 'json') {
    if (type === 'json') return;
    if (type === undefined) throw new ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
  } else if (type === undefined) {
    return;
  }
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (type !== 'json') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
  throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, type);
}

// The record for a resolved URL, made (and its source read and
// transformed) the first time.
function getRecord(url, attributes, source) {
  const file = url.startsWith('file:') ? fileURLToPath(url) : undefined;
  checkAttributeKeys(url, attributes);
  let format = formatOf(url, file, undefined);
  if (format === undefined) {
    if (source === undefined) source = readSource(url, file);
    format = formatOf(url, file, source);
  }
  validateAttributes(url, format, attributes);
  const key = url + attributesKey(format);
  let rec = moduleMap.get(key);
  if (rec !== undefined) return rec;
  rec = new ModuleRecord(url, format);
  if (format === 'module') {
    if (source === undefined) source = readSource(url, file);
    initSourceText(rec, source);
  } else if (format === 'wasm') {
    rec.cyclic = true;
    initWasm(rec, require('fs').readFileSync(file));
  } else if (format === 'commonjs') {
    initCommonJS(rec, source);
  } else if (format === 'json') {
    initJSON(rec, source === undefined ? readSource(url, file) : source);
  } else {
    initBuiltin(rec);
  }
  moduleMap.set(key, rec);
  return rec;
}

// Where an error in a module points: its URL names the file in stacks and
// in the source line Node prints above an uncaught error.
function initSourceText(rec, source) {
  rec.source = source;
  const name = rec.url;
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  evalSources.set(name, source);
  let out;
  try {
    out = transpiler().transformModule(source, name);
  } catch (err) {
    if (err instanceof SyntaxError) {
      decorateSyntaxError(err, name);
      underlineToken(err, source);
    }
    throw err;
  }
  const meta = JSON.parse(out.meta);
  rec.meta = meta;
  rec.hasTLA = meta.async === true;
  wrapperOffsets.set(name, meta.offset);
  if (meta.columns.length > 0) natives.columnMaps.set(name, meta.columns);
  else natives.columnMaps.delete(name);
  try {
    rec.fn = natives.evalScript(out.code, name);
  } catch (err) {
    if (err instanceof SyntaxError) decorateSyntaxError(err, name);
    throw err;
  }
}

// The transpiler's SyntaxError says where (line, column); the report of
// an uncaught error finds the file by sourceURL. None of them is shown
// as a property of the error, as none is in Node.
function decorateSyntaxError(err, url) {
  try {
    require('internal/stack').hideEngineProperties(err);
    if (typeof err.line === 'number' && err.sourceURL === undefined) {
      ObjectDefineProperty(err, 'sourceURL', { value: url, configurable: true, writable: true });
    }
  } catch {
    // a frozen error keeps what it has
  }
}

// The transpiler's SyntaxError has the line and column of the token it
// refused: Node underlines that token (a name, a number, a string, or one
// character).
function underlineToken(err, source) {
  const { line, column } = err;
  if (typeof line !== 'number' || typeof column !== 'number') return;
  let text = source.split('\n')[line - 1];
  if (text === undefined) return;
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (column >= text.length) {
    require('internal/stack').setErrorPlace(err, text.length, 0, true); // the input ended
    return;
  }
  const m = /^(?:[\p{ID_Continue}$\u200c\u200d]+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/u.exec(text.slice(column));
  require('internal/stack').setErrorPlace(err, column, m === null ? 1 : m[0].length, true);
}

// A WebAssembly module (Node 24's ES module integration): a source text
// module in all but its source. Its imports are the modules its import
// section names; its body instantiates it with their bindings; its exports
// are the instance's (a global's value, read live, for a global).
let wasmWarned = false;
function initWasm(rec, bytes) {
  const { Module, Instance, Global, LinkError } = WebAssembly;
  const mod = new Module(bytes);
  rec.sourceObject = mod;
  const imports = Module.imports(mod);
  const exports = Module.exports(mod);
  const url = rec.url;
  const specifiers = [];
  const bindings = [];
  for (let i = 0; i < imports.length; i++) {
    const impt = imports[i];
    if (impt.module.startsWith('wasm-js:')) throw new LinkError(`Invalid Wasm import "${impt.module}" in ${url}`);
    if (impt.name.startsWith('wasm:') || impt.name.startsWith('wasm-js:')) {
      throw new LinkError(`Invalid Wasm import name "${impt.name}" in ${url}`);
    }
    let index = specifiers.indexOf(impt.module);
    if (index === -1) index = specifiers.push(impt.module) - 1;
    bindings.push([index, impt.name]);
  }
  const names = [];
  for (let i = 0; i < exports.length; i++) {
    const name = exports[i].name;
    if (name.startsWith('wasm:') || name.startsWith('wasm-js:')) {
      throw new LinkError(`Invalid Wasm export name "${name}" in ${url}`);
    }
    names.push(name);
  }
  rec.meta = {
    imports: specifiers.map((specifier) => ({ specifier, attributes: {} })),
    bindings,
    exports: names,
    stars: [],
    async: false,
    offset: 0,
  };
  rec.fn = function* wasmModule(m) {
    const values = { __proto__: null };
    rec.wasmValues = values;
    const snapshot = { __proto__: null };
    const getters = { __proto__: null };
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      getters[n] = () => snapshot[n];
    }
    m.e(getters);
    yield;
    if (!wasmWarned) {
      wasmWarned = true;
      process.emitWarning('Importing WebAssembly module instances is an experimental feature and might change at any time',
                          'ExperimentalWarning');
    }
    const importObject = { __proto__: null };
    for (let i = 0; i < imports.length; i++) {
      const impt = imports[i];
      const dep = rec.deps[bindings[i][0]];
      importObject[impt.module] ??= { __proto__: null };
      // (from another wasm module: the export itself, a global as a Global)
      importObject[impt.module][impt.name] = dep.format === 'wasm' && dep.wasmValues !== undefined ?
        dep.wasmValues[impt.name] : m.d[bindings[i][0]][impt.name];
    }
    const instance = new Instance(mod, importObject);
    const out = instance.exports;
    for (let i = 0; i < names.length; i++) {
      const v = out[names[i]];
      values[names[i]] = v;
      // A global exports its value at instantiation, as in Node 24 (whose
      // bindings are not live yet); a v128 one, which JavaScript cannot
      // see, exports undefined.
      let value = v;
      if (v instanceof Global) {
        try {
          value = v.value;
        } catch {
          value = undefined;
        }
      }
      snapshot[names[i]] = value;
    }
  };
}

// `import source x from` a module: a leaf already evaluated whose
// "namespace" is the module's source object (a wasm module's
// WebAssembly.Module; other modules have none). The module itself is
// neither linked nor evaluated.
function sourcePhaseRecord(rec) {
  if (rec.sourceObject === undefined) {
    const err = new SyntaxError(`Source phase import object is not defined for module '${rec.url}'`);
    err.code = 'ERR_SOURCE_PHASE_NOT_DEFINED';
    throw err;
  }
  installAbstractModuleSource();
  return {
    url: rec.url, format: rec.format, cyclic: false, status: EVALUATED, hasError: false,
    namespace: rec.sourceObject, deps: [], hasTLA: false, sourcePhase: true,
  };
}

// %AbstractModuleSource%: the prototype of WebAssembly.Module.prototype,
// whose @@toStringTag getter names the kind of source, as in V8.
let abstractModuleSourceInstalled = false;
function installAbstractModuleSource() {
  if (abstractModuleSourceInstalled) return;
  abstractModuleSourceInstalled = true;
  const WasmModule = WebAssembly.Module;
  if (Object.getPrototypeOf(WasmModule.prototype) !== Object.prototype) return;
  function AbstractModuleSource() {
    throw new TypeError('Illegal constructor');
  }
  ObjectDefineProperty(AbstractModuleSource.prototype, Symbol.toStringTag, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      try {
        WasmModule.exports(this);
        return 'WebAssembly.Module';
      } catch {
        return undefined;
      }
    },
  });
  Object.setPrototypeOf(WasmModule.prototype, AbstractModuleSource.prototype);
  Object.setPrototypeOf(WasmModule, AbstractModuleSource);
}

// import.source(specifier, options): the source object, nothing evaluated.
async function dynamicSourceImport(specifier, options, parentURL) {
  specifier = `${specifier}`;
  const attributes = importAttributes(options);
  await undefined;
  const url = resolveWithHint(specifier, parentURL, false);
  return sourcePhaseRecord(getRecord(url, attributes, undefined)).namespace;
}

function initCommonJS(rec, source) {
  const names = new Set();
  const file = rec.filename;
  if (file !== undefined) {
    collectCJSNames(file, source, names, new Set());
  } else if (source !== undefined) {
    // (source a load hook gave for a URL that is no file)
    try {
      for (const n of transpiler().cjsExports(source).exports) names.add(n);
    } catch {
      // no names
    }
  }
  names.delete('default');
  names.delete('module.exports');
  rec.names = [...names, 'default', 'module.exports'];
  rec.values = { __proto__: null };
  makeLeafGetters(rec);
}

// The names a CommonJS file exports, found in its source as Node finds
// them, following `module.exports = require('x')`-style reexports.
function collectCJSNames(file, source, names, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  if (source === undefined) {
    try {
      source = fsBinding.readFileUtf8(file);
    } catch {
      return;
    }
  }
  let found;
  try {
    found = transpiler().cjsExports(source);
  } catch {
    return;
  }
  for (const n of found.exports) names.add(n);
  for (const r of found.reexports) {
    let target;
    try {
      const { Module } = cjsLoader();
      const tmp = new Module(file, null);
      tmp.filename = file;
      tmp.paths = Module._nodeModulePaths(path.dirname(file));
      target = Module._resolveFilename(r, tmp, false);
    } catch {
      continue;
    }
    if (builtins.canBeRequired(target) || !(target.endsWith('.js') || target.endsWith('.cjs'))) continue;
    collectCJSNames(target, undefined, names, seen);
  }
}

function initJSON(rec, source) {
  rec.names = ['default'];
  rec.values = { __proto__: null };
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  rec.source = source;
  makeLeafGetters(rec);
}

function initBuiltin(rec) {
  const id = rec.url.slice(5);
  const exports = builtins.require(id);
  rec.cjsModule = exports;
  const keys = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ? ObjectKeys(exports) : [];
  const names = keys.filter((k) => k !== 'default');
  names.push('default');
  rec.names = names;
  rec.values = { __proto__: null };
  syncBuiltin(rec);
  makeLeafGetters(rec);
  builtinRecords.push(rec);
}

const builtinRecords = [];
function syncBuiltin(rec) {
  const exports = rec.cjsModule;
  const names = rec.names;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    rec.values[n] = n === 'default' ? exports : exports[n];
  }
}

// module.syncBuiltinESMExports(): the named exports of builtins take the
// current values of the properties of their objects.
function syncBuiltinESMExports() {
  for (let i = 0; i < builtinRecords.length; i++) syncBuiltin(builtinRecords[i]);
}

function makeLeafGetters(rec) {
  const values = rec.values;
  const names = rec.names;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    rec.getters[n] = () => values[n];
  }
}

// Loads every module the graph of root needs that is not loaded yet, in
// the order of their import statements. Resolution and load errors throw.
function loadGraph(root) {
  const stack = [root];
  const visited = new Set([root]);
  while (stack.length > 0) {
    const rec = stack.pop();
    if (!rec.cyclic || rec.status !== NEW || rec.deps.length === rec.meta.imports.length) continue;
    const imports = rec.meta.imports;
    for (let i = 0; i < imports.length; i++) {
      const req = imports[i];
      let dep;
      try {
        const sync = syncHooks();
        if (sync !== undefined) {
          dep = getRecordSyncHooked(sync, req.specifier, rec.url, req.attributes);
        } else {
          const url = resolveWithHint(req.specifier, rec.url, false);
          dep = getRecord(url, req.attributes, undefined);
        }
        if (req.phase === 'source') dep = sourcePhaseRecord(dep);
      } catch (err) {
        rec.deps.length = 0;
        throw err;
      }
      rec.deps.push(dep);
    }
    for (let i = rec.deps.length - 1; i >= 0; i--) {
      const dep = rec.deps[i];
      if (!visited.has(dep)) {
        visited.add(dep);
        stack.push(dep);
      }
    }
  }
}

// ---- loading through module.register() hooks (esm/hooks.js) -----------------------------------

let hooksModule;
const hooks = () => (hooksModule ??= require('internal/modules/esm/hooks'));
// --experimental-loader: hooks.js is loaded only for a command line that
// names a loader.
let loaderFlagsChecked = false;
function applyLoaderFlags() {
  if (loaderFlagsChecked) return;
  loaderFlagsChecked = true;
  if (`${natives.execArgv}`.includes('loader')) hooks().applyLoaderFlags();
}

function hooksActive() {
  return hooksModule !== undefined && hooksModule.active();
}
// (hooks.js tells when it registers hooks: until then it need not be loaded)
function useHooks(m) {
  hooksModule = m;
}

const inflight = new Map(); // key -> promise of a record being loaded through hooks

function sourceText(source) {
  if (typeof source === 'string') return source;
  if (ArrayBuffer.isView(source)) return Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8');
  return Buffer.from(source).toString('utf8');
}

function sourceBytes(source) {
  if (typeof source === 'string') return Buffer.from(source);
  return source;
}

// The record of a module the hooks resolved to url: made from what the
// load hooks give the first time.
async function getRecordHooked(url, format, attributes, map = moduleMap) {
  const jsonKey = url + '\0json';
  let rec = map.get(jsonKey) ?? map.get(url);
  if (rec !== undefined) return rec;
  const key = `${url}\0${attributes?.type ?? ''}${map === moduleMap ? '' : '\0hooks'}`;
  let p = inflight.get(key);
  if (p === undefined) {
    p = (async () => {
      // (the default load step checks the attributes against the format)
      const loaded = await hooks().load(url, format, attributes, map !== moduleMap);
      return recordFromLoad(url, loaded.format, loaded.source, map);
    })();
    inflight.set(key, p);
    p.then(() => inflight.delete(key), () => inflight.delete(key));
  }
  return p;
}

// The record for what load hooks gave for url (or the one made before).
function recordFromLoad(url, format, source, map) {
  const k = url + attributesKey(format);
  const existing = map.get(k);
  if (existing !== undefined) return existing;
  const r = new ModuleRecord(url, format);
  if (format === 'module') {
    initSourceText(r, sourceText(source));
  } else if (format === 'json') {
    initJSON(r, sourceText(source));
  } else if (format === 'wasm') {
    r.cyclic = true;
    initWasm(r, sourceBytes(source));
  } else if (format === 'commonjs') {
    if (source !== undefined && source !== null) r.hookedSource = sourceText(source);
    initCommonJS(r, r.hookedSource);
  } else {
    initBuiltin(r);
  }
  map.set(k, r);
  return r;
}

// module.registerHooks() hooks (synchronous), which Node runs for imports
// too: the record of an import they resolve and load.
function syncHooks() {
  return cjsLoader().importHooks();
}

function getRecordSyncHooked(sync, specifier, parentURL, attributes) {
  const resolved = sync.resolveForImport(specifier, parentURL, attributes ?? { __proto__: null }, (s, ctx) => {
    const url = resolveWithHint(s, ctx.parentURL, false);
    let format;
    try {
      format = url.startsWith('node:') ? 'builtin' : formatOf(url, url.startsWith('file:') ? fileURLToPath(url) : undefined, undefined);
    } catch {
      format = undefined;
    }
    return { url, format, importAttributes: ctx.importAttributes };
  });
  const url = resolved.url;
  const attrs = resolved.importAttributes ?? attributes;
  checkAttributeKeys(url, attrs);
  const cached = moduleMap.get(url + (attrs?.type === 'json' ? '\0json' : '')) ?? moduleMap.get(url);
  if (cached !== undefined && (cached.format === 'json') === (attrs?.type === 'json')) return cached;
  const loaded = sync.loadForImport(url, resolved.format ?? undefined, attrs, (u, ctx) => {
    if (u.startsWith('node:')) return { format: 'builtin', source: null };
    const file = u.startsWith('file:') ? fileURLToPath(u) : undefined;
    let format = ctx.format ?? undefined;
    const source = u.startsWith('data:') ? dataURLText(u) : require('fs').readFileSync(file);
    if (format === undefined) format = formatOf(u, file, `${source}`);
    validateAttributes(u, format, ctx.importAttributes);
    return { format, source };
  });
  // (CommonJS from a file runs through require(), whose hooks are these)
  const source = loaded.format === 'commonjs' && url.startsWith('file:') ? undefined : loaded.source;
  return recordFromLoad(url, loaded.format, source, moduleMap);
}

async function resolveAndGetHooked(specifier, parentURL, attributes, map = moduleMap) {
  const r = await hooks().resolve(specifier, parentURL, attributes, map !== moduleMap);
  return getRecordHooked(r.url, r.format, r.importAttributes, map);
}

// loadGraph, with each module request resolved and loaded by the hooks.
async function loadGraphHooked(root, map = moduleMap) {
  const stack = [root];
  const visited = new Set([root]);
  while (stack.length > 0) {
    const rec = stack.pop();
    if (!rec.cyclic || rec.status !== NEW || rec.deps.length === rec.meta.imports.length) continue;
    const imports = rec.meta.imports;
    const deps = [];
    for (let i = 0; i < imports.length; i++) {
      const req = imports[i];
      let dep = await resolveAndGetHooked(req.specifier, rec.url, req.attributes, map);
      if (req.phase === 'source') dep = sourcePhaseRecord(dep);
      deps.push(dep);
    }
    if (rec.deps.length !== imports.length) rec.deps = deps;
    for (let i = rec.deps.length - 1; i >= 0; i--) {
      const dep = rec.deps[i];
      if (!visited.has(dep)) {
        visited.add(dep);
        stack.push(dep);
      }
    }
  }
}

// The module of a register() call made while other hooks are registered:
// resolved and loaded by them (the hooks being registered wait for it).
async function importHooksModuleHooked(specifier, parentURL) {
  const rec = await resolveAndGetHooked(specifier, parentURL, undefined, hooksModuleMap);
  await loadGraphHooked(rec, hooksModuleMap);
  return run(rec);
}

// The module of a register() call: loaded without hooks, and evaluated at
// once; { namespace } when that finished now, else { promise }.
function loadHooksModule(specifier, parentURL) {
  const saved = moduleMap;
  moduleMap = hooksModuleMap;
  try {
    const url = resolveWithHint(specifier, parentURL, false);
    const rec = getRecord(url, undefined, undefined);
    prepare(rec);
    const waits = pendingInstantiations(rec);
    if (waits.length > 0) return { promise: Promise.all(waits).then(() => evaluate(rec)).then(() => rec.namespace) };
    const promise = evaluate(rec);
    if (rec.hasError) throw rec.evaluationError;
    if (rec.status === EVALUATED) return { namespace: rec.namespace };
    return { promise: promise.then(() => rec.namespace) };
  } finally {
    moduleMap = saved;
  }
}

// ---- linking ---------------------------------------------------------------------------------

function makeModuleObject(rec) {
  const m = {
    d: [],
    e(getters) {
      rec.getters = getters;
    },
    import(specifier, options) {
      return dynamicImport(specifier, options, rec.url);
    },
    source(specifier, options) {
      return dynamicSourceImport(specifier, options, rec.url);
    },
    // A module with `using` declarations: the factory of its disposal
    // stacks. The one of its top level becomes `s`, disposed once the body
    // has run (executeSync, executeAsync).
    using() {
      return require('internal/disposable').usingStack;
    },
    s: undefined,
  };
  // `n[i]`: a namespace import used as a value (not as `ns.x`, which reads
  // the bindings object d[i]): the namespace object itself. Assigning to
  // it is assigning to the import binding.
  ObjectDefineProperty(m, 'n', {
    configurable: true,
    enumerable: true,
    get() {
      const n = new Proxy([], {
        __proto__: null,
        get(target, key) {
          const dep = rec.deps[key];
          return dep.sourcePhase ? dep.namespace : namespaceOf(dep.namespace);
        },
        set() {
          throw new TypeError('Assignment to constant variable.');
        },
      });
      ObjectDefineProperty(m, 'n', { value: n, writable: true, configurable: true, enumerable: true });
      return n;
    },
  });
  ObjectDefineProperty(m, 'meta', {
    configurable: true,
    enumerable: true,
    get() {
      const meta = makeImportMeta(rec);
      ObjectDefineProperty(m, 'meta', { value: meta, writable: true, configurable: true, enumerable: true });
      return meta;
    },
  });
  return m;
}

function makeImportMeta(rec) {
  const url = rec.url;
  const meta = { __proto__: null };
  if (rec.filename !== undefined) {
    meta.dirname = path.dirname(rec.filename);
    meta.filename = rec.filename;
  }
  meta.main = rec.isMain;
  meta.resolve = function resolve(specifier) {
    specifier = `${specifier}`;
    try {
      return resolver.resolve(specifier, url, false);
    } catch (err) {
      // import.meta.resolve names a file that does not exist (yet) as
      // happily as one that does.
      if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
          hasOwnProperty.call(err, 'url')) {
        return err.url;
      }
      throw err;
    }
  };
  meta.url = url;
  return meta;
}

// Links the modules of root's graph that are not linked yet: instantiates
// each (its export getters exist, functions are hoisted), then checks that
// every imported name is exported, then fills the namespaces.
function link(root) {
  const fresh = [];
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const rec = stack.pop();
    if (seen.has(rec) || rec.status !== NEW) continue;
    seen.add(rec);
    fresh.push(rec);
    for (let i = 0; i < rec.deps.length; i++) stack.push(rec.deps[i]);
  }
  for (let i = 0; i < fresh.length; i++) {
    const rec = fresh[i];
    if (!rec.cyclic || rec.gen !== undefined) continue;
    const m = makeModuleObject(rec);
    for (let j = 0; j < rec.deps.length; j++) m.d.push(rec.deps[j].namespace);
    rec.m = m;
    const gen = ReflectApply(rec.fn, undefined, [m]);
    rec.gen = gen;
    rec.fn = undefined;
    const first = gen.next();
    if (rec.hasTLA) rec.instantiation = first;
  }
  for (let i = 0; i < fresh.length; i++) {
    const rec = fresh[i];
    if (rec.cyclic) checkImports(rec);
  }
  for (let i = 0; i < fresh.length; i++) fillNamespace(fresh[i]);
  for (let i = 0; i < fresh.length; i++) fresh[i].status = LINKED;
}

// `() => _$kiln_i2.q` (or `_$kiln_i2["a-b"]`): an export that is an import
// of another module, which the spec resolves to that module's binding.
const indirectGetter = /^\(\) => (?:_\$kiln_i(\d+)(?:\.([\w$]+)|\[("(?:[^"\\]|\\.)*")\])?|_\$kiln_m\.n\[(\d+)\])$/;
function indirectOf(rec, name) {
  const g = rec.getters[name];
  if (typeof g !== 'function') return undefined;
  const m = indirectGetter.exec(`${g}`);
  if (m === null) return undefined;
  const dep = rec.deps[m[4] !== undefined ? +m[4] : +m[1]];
  if (dep === undefined) return undefined;
  if (m[2] === undefined && m[3] === undefined) return { module: dep, namespace: true };
  return { module: dep, name: m[2] !== undefined ? m[2] : JSON.parse(m[3]) };
}

const AMBIGUOUS = 'ambiguous';

function explicitNames(rec) {
  return rec.cyclic ? rec.meta.exports : rec.names;
}

// ResolveExport: { module, name } of the binding, null, or AMBIGUOUS.
function resolveExport(rec, name, resolveSet) {
  if (!rec.cyclic) return rec.names.includes(name) ? { module: rec, name } : null;
  for (let i = 0; i < resolveSet.length; i++) {
    if (resolveSet[i].module === rec && resolveSet[i].name === name) return null; // a cycle
  }
  resolveSet.push({ module: rec, name });
  if (rec.meta.exports.includes(name)) {
    const ind = indirectOf(rec, name);
    if (ind !== undefined && !ind.namespace) return resolveExport(ind.module, ind.name, resolveSet);
    return { module: rec, name };
  }
  if (name === 'default') return null;
  let star = null;
  const stars = rec.meta.stars;
  for (let i = 0; i < stars.length; i++) {
    const r = resolveExport(rec.deps[stars[i]], name, resolveSet);
    if (r === AMBIGUOUS) return AMBIGUOUS;
    if (r === null) continue;
    if (star === null) star = r;
    else if (r.module !== star.module || r.name !== star.name) return AMBIGUOUS;
  }
  return star;
}

// GetExportedNames.
function exportedNames(rec, exportStarSet) {
  if (!rec.cyclic) return rec.names.slice();
  if (exportStarSet.has(rec)) return [];
  exportStarSet.add(rec);
  const names = rec.meta.exports.slice();
  const stars = rec.meta.stars;
  for (let i = 0; i < stars.length; i++) {
    const starNames = exportedNames(rec.deps[stars[i]], exportStarSet);
    for (let j = 0; j < starNames.length; j++) {
      const n = starNames[j];
      if (n !== 'default' && !names.includes(n)) names.push(n);
    }
  }
  return names;
}

// Where a link error points: the line of the imported name in the
// statement that imports it from specifier (V8 points at the name), or of
// the specifier; { line, text, column, length } with the line's text and
// the name's place in it (length 0 when the name is not found).
function importPlace(rec, specifier, name) {
  const src = rec.source;
  if (typeof src !== 'string') return { line: 1, text: '', column: 0, length: 0 };
  let at = src.indexOf(`'${specifier}'`);
  if (at === -1) at = src.indexOf(`"${specifier}"`);
  if (at === -1) return { line: 1, text: '', column: 0, length: 0 };
  let length = 0;
  if (name !== undefined) {
    const start = Math.max(src.lastIndexOf('import', at), src.lastIndexOf('export', at), 0);
    const re = new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w$])`, 'g');
    re.lastIndex = start;
    const m = re.exec(src);
    if (m !== null && m.index < at) {
      at = m.index;
      length = name.length;
    }
  }
  let line = 1;
  let lineStart = 0;
  for (let i = src.indexOf('\n'); i !== -1 && i < at; i = src.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let lineEnd = src.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = src.length;
  return { line, text: src.slice(lineStart, lineEnd).replace(/\r$/, ''), column: at - lineStart, length };
}

function escapeRegExp(s) {
  return s.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');
}

// place: importPlace's answer for the name the error is about.
function linkError(rec, message, place) {
  const err = new SyntaxError(message);
  ObjectDefineProperty(err, 'sourceURL', { value: rec.url, configurable: true, writable: true });
  ObjectDefineProperty(err, 'line', { value: place.line, configurable: true, writable: true });
  if (place.length > 0) require('internal/stack').setErrorPlace(err, place.column, place.length);
  return err;
}

// Node's message for a name a CommonJS module does not export (found
// statically), with an example of the default import when the import
// statement's braces are on the line of the name.
function missingCommonJSExport(specifier, name, statementLine) {
  const braces = /{.*}/.exec(statementLine);
  const example = braces === null ? '' : `const ${braces[0].replace(/\s+as\s+/g, ': ')} = pkg;\n`;
  return `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
    'which may not support all module.exports as named exports.\nCommonJS modules can always be ' +
    `imported via the default export, for example using:\n\nimport pkg from '${specifier}';\n${example}`;
}

function checkImports(rec) {
  const bindings = rec.meta.bindings;
  for (let i = 0; i < bindings.length; i++) {
    const [index, name] = bindings[i];
    const dep = rec.deps[index];
    const r = resolveExport(dep, name, []);
    const specifier = rec.meta.imports[index].specifier;
    if (r === null) {
      const place = importPlace(rec, specifier, name);
      const message = dep.format === 'commonjs' ? missingCommonJSExport(specifier, name, place.text) :
        `The requested module '${specifier}' does not provide an export named '${name}'`;
      throw linkError(rec, message, place);
    }
    if (r === AMBIGUOUS) {
      throw linkError(rec, `The requested module '${specifier}' contains conflicting star exports for name '${name}'`,
                      importPlace(rec, specifier, name));
    }
  }
}

function fillNamespace(rec) {
  const ns = rec.namespace;
  const names = exportedNames(rec, new Set());
  names.sort(compareCodeUnits);
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    let getter;
    if (rec.cyclic && rec.meta.exports.includes(n)) {
      getter = rec.getters[n];
    } else {
      const r = resolveExport(rec, n, []);
      if (r === null || r === AMBIGUOUS) continue;
      getter = r.module.getters[n === r.name ? n : r.name];
      if (r.module.cyclic && r.module.status === NEW && r.module !== rec && getter === undefined) {
        const target = r.module;
        const binding = r.name;
        getter = () => target.getters[binding]();
      }
    }
    ObjectDefineProperty(ns, n, { get: getter, enumerable: true, configurable: false });
  }
  ObjectDefineProperty(ns, Symbol.toStringTag, { value: 'Module', writable: false, enumerable: false, configurable: false });
  Object.preventExtensions(ns);
}

function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- evaluation (the specification's algorithm) ---------------------------------------------

// Evaluate(): a promise that settles when root's graph has run.
function evaluate(root) {
  let module = root;
  if (module.status === EVALUATING_ASYNC || module.status === EVALUATED) {
    if (module.cycleRoot !== undefined) module = module.cycleRoot;
  }
  if (module.capability !== undefined) return module.capability.promise;
  const stack = [];
  const cap = deferred();
  module.capability = cap;
  const outerEpoch = evaluationEpoch;
  evaluationEpoch = ++epochCounter;
  try {
    innerEvaluate(module, stack, 0);
    if (typeof module.asyncOrder !== 'number') cap.resolve(undefined);
  } catch (err) {
    for (let i = 0; i < stack.length; i++) {
      const m = stack[i];
      m.status = EVALUATED;
      m.evaluationError = err;
      m.hasError = true;
    }
    if (!module.hasError) {
      module.status = EVALUATED;
      module.evaluationError = err;
      module.hasError = true;
    }
    cap.reject(err);
  } finally {
    evaluationEpoch = outerEpoch;
  }
  return cap.promise;
}

// Which Evaluate() put a module on its stack: one still evaluating for an
// outer Evaluate() (a require() of an ES module from inside a module's
// evaluation reached it) is a cycle Node refuses.
let evaluationEpoch = 0;
let epochCounter = 0;

function evaluateLeaf(rec, parent, specifier) {
  if (rec.status === EVALUATED) {
    if (rec.hasError) throw rec.evaluationError;
    return;
  }
  if (rec.format === 'commonjs' && rec.filename !== undefined) {
    // A CommonJS module that is still running (it required the module that
    // imports it) has no exports to give yet: Node refuses the cycle.
    const cached = cjsLoader().Module._cache[rec.filename];
    if (cached !== undefined && !cached.loaded) {
      throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot import CommonJS Module ${specifier ?? rec.filename} in a cycle.` +
        `${parent !== undefined && parent.filename !== undefined ? ` (from ${parent.filename})` : ''}`);
    }
  }
  rec.status = EVALUATED;
  try {
    if (rec.format === 'commonjs') evaluateCommonJS(rec);
    else if (rec.format === 'json') evaluateJSON(rec);
  } catch (err) {
    rec.hasError = true;
    rec.evaluationError = err;
    throw err;
  }
}

function evaluateCommonJS(rec) {
  const { Module } = cjsLoader();
  const exports = rec.hookedSource !== undefined ? evaluateHookedCommonJS(rec) :
    rec.filename !== undefined ? Module._load(rec.filename, undefined, rec.isMain) : undefined;
  const values = rec.values;
  const names = rec.names;
  const isObject = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n === 'default' || n === 'module.exports') values[n] = exports;
    else if (isObject && hasOwnProperty.call(exports, n)) values[n] = exports[n];
  }
}

// CommonJS source a load hook gave: compiled as the file (or URL) it is
// for, and cached as it.
function evaluateHookedCommonJS(rec) {
  const { Module } = cjsLoader();
  const filename = rec.filename ?? rec.url;
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const mod = new Module(filename, undefined);
  mod.filename = filename;
  if (path.isAbsolute(filename)) mod.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._cache[filename] = mod;
  try {
    mod._compile(rec.hookedSource, filename, 'commonjs');
  } catch (err) {
    delete Module._cache[filename];
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// A JSON file is one object for import and require(): the CommonJS
// loader's cache holds it, as in Node.
function evaluateJSON(rec) {
  const file = rec.filename;
  let cached;
  if (file !== undefined && rec.url.indexOf('?') === -1 && rec.url.indexOf('#') === -1) {
    const { Module } = cjsLoader();
    cached = Module._cache[file];
    if (cached !== undefined && cached.loaded) {
      rec.values.default = cached.exports;
      rec.source = undefined;
      return;
    }
    if (cached === undefined) {
      cached = new Module(file, undefined);
      cached.filename = file;
    }
  }
  let value;
  try {
    value = JSON.parse(rec.source);
  } catch (err) {
    if (file !== undefined) err.message = `${file}: ${err.message}`;
    throw err;
  }
  rec.values.default = value;
  rec.source = undefined;
  if (cached !== undefined) {
    cached.exports = value;
    cached.loaded = true;
    cjsLoader().Module._cache[file] = cached;
  }
}

function innerEvaluate(module, stack, index, parent, specifier) {
  if (!module.cyclic) {
    evaluateLeaf(module, parent, specifier);
    return index;
  }
  if (module.status === EVALUATING_ASYNC || module.status === EVALUATED) {
    if (module.hasError) throw module.evaluationError;
    return index;
  }
  if (module.status === EVALUATING) {
    if (module.epoch !== evaluationEpoch) {
      throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot import Module ${specifier ?? module.url} in a cycle.` +
        `${parent !== undefined && parent.filename !== undefined ? ` (from ${parent.filename})` : ''}`);
    }
    return index;
  }
  module.status = EVALUATING;
  module.epoch = evaluationEpoch;
  module.dfsIndex = index;
  module.dfsAncestorIndex = index;
  module.pendingAsyncDeps = 0;
  index++;
  stack.push(module);
  const deps = module.deps;
  for (let i = 0; i < deps.length; i++) {
    let required = deps[i];
    index = innerEvaluate(required, stack, index, module, module.meta.imports[i].specifier);
    if (!required.cyclic) continue;
    if (required.status === EVALUATING) {
      if (required.dfsAncestorIndex < module.dfsAncestorIndex) module.dfsAncestorIndex = required.dfsAncestorIndex;
    } else {
      required = required.cycleRoot;
      if (required.hasError) throw required.evaluationError;
    }
    if (typeof required.asyncOrder === 'number') {
      module.pendingAsyncDeps++;
      required.asyncParents.push(module);
    }
  }
  if (module.pendingAsyncDeps > 0 || module.hasTLA) {
    module.asyncOrder = asyncCounter++;
    if (module.pendingAsyncDeps === 0) executeAsync(module);
  } else {
    executeSync(module);
  }
  if (module.dfsAncestorIndex === module.dfsIndex) {
    for (;;) {
      const m = stack.pop();
      m.status = typeof m.asyncOrder === 'number' ? EVALUATING_ASYNC : EVALUATED;
      m.cycleRoot = module;
      if (m === module) break;
    }
  }
  return index;
}

function executeSync(module) {
  const gen = module.gen;
  module.gen = undefined;
  const stack = module.m?.s;
  try {
    gen.next();
  } catch (err) {
    if (stack === undefined) throw decorateReferenceError(module, err);
    require('internal/disposable').disposeModuleSync(stack, true, decorateReferenceError(module, err));
  }
  if (stack !== undefined) require('internal/disposable').disposeModuleSync(stack, false);
}

function executeAsync(module) {
  const gen = module.gen;
  module.gen = undefined;
  let done = gen.next();
  const stack = module.m?.s;
  if (stack !== undefined) {
    const { disposeModuleAsync } = require('internal/disposable');
    done = done.then(() => disposeModuleAsync(stack, false),
                     (err) => disposeModuleAsync(stack, true, decorateReferenceError(module, err)));
  }
  done.then(() => asyncFulfilled(module), (err) => asyncRejected(module, decorateReferenceError(module, err)));
}

// Node's hint for the CommonJS names a module does not have.
const cjsGlobalLike = /^(?:Can't find variable: |)(require|module|exports|__filename|__dirname)(?: is not defined)?$/;
function decorateReferenceError(module, err) {
  if (!(err instanceof ReferenceError)) return err;
  let message;
  try {
    message = err.message;
  } catch {
    return err;
  }
  // The transpiler's name for a top-level `arguments` (docs/esm.md).
  if (message.endsWith('_$kiln_arguments')) {
    try {
      err.message = message.replace('_$kiln_arguments', 'arguments');
    } catch {
      // a frozen error keeps its message
    }
    return err;
  }
  const m = cjsGlobalLike.exec(message);
  if (m === null) return err;
  let text = `${m[1]} is not defined in ES module scope`;
  if (m[1] === 'require') text += ', you can use import instead';
  // With top-level await, the code may have been meant as CommonJS.
  if (module.hasTLA && m[1] !== 'module') {
    const fix = m[1] === 'require' ? 'replace require() with import' :
      m[1] === 'exports' ? 'use export instead of module.exports/exports' : `use import.meta.${m[1].slice(2)} instead`;
    text = `Cannot determine intended module format because both '${m[1]}' and top-level await are present. ` +
      `If the code is intended to be CommonJS, wrap await in an async function. If the code is intended to be an ES module, ${fix}.`;
  }
  const file = module.filename;
  if (file !== undefined && file.endsWith('.js')) {
    const scope = require('internal/modules/package_json').packageScope(file);
    if (scope && scope.type === 'module') {
      text += "\nThis file is being treated as an ES module because it has a '.js' file extension and " +
        `'${scope.path}' contains "type": "module". To treat it as a CommonJS script, rename it to use ` +
        "the '.cjs' file extension.";
    }
  }
  try {
    err.message = text;
  } catch {
    // a frozen error keeps its message
  }
  return err;
}

function gatherAncestors(module, execList) {
  const parents = module.asyncParents;
  for (let i = 0; i < parents.length; i++) {
    const m = parents[i];
    if (!execList.includes(m) && !m.cycleRoot.hasError) {
      m.pendingAsyncDeps--;
      if (m.pendingAsyncDeps === 0) {
        execList.push(m);
        if (!m.hasTLA) gatherAncestors(m, execList);
      }
    }
  }
}

function asyncFulfilled(module) {
  if (module.status === EVALUATED) return; // it failed already
  module.asyncOrder = 'done';
  module.status = EVALUATED;
  if (module.capability !== undefined) module.capability.resolve(undefined);
  const execList = [];
  gatherAncestors(module, execList);
  execList.sort((a, b) => a.asyncOrder - b.asyncOrder);
  for (let i = 0; i < execList.length; i++) {
    const m = execList[i];
    if (m.status === EVALUATED) continue;
    if (m.hasTLA) {
      executeAsync(m);
      continue;
    }
    try {
      executeSync(m);
    } catch (err) {
      asyncRejected(m, err);
      continue;
    }
    m.asyncOrder = 'done';
    m.status = EVALUATED;
    if (m.capability !== undefined) m.capability.resolve(undefined);
  }
}

function asyncRejected(module, err) {
  if (module.status === EVALUATED) return;
  module.evaluationError = err;
  module.hasError = true;
  module.status = EVALUATED;
  module.asyncOrder = 'done';
  const parents = module.asyncParents;
  for (let i = 0; i < parents.length; i++) asyncRejected(parents[i], err);
  if (module.capability !== undefined) module.capability.reject(err);
}

// ---- entry points ---------------------------------------------------------------------------

// The async modules of a freshly linked graph have started their first
// next(); their bodies can run once it has finished.
function pendingInstantiations(root) {
  const out = [];
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const rec = stack.pop();
    if (seen.has(rec)) continue;
    seen.add(rec);
    if (rec.instantiation !== undefined) {
      out.push(rec.instantiation);
      rec.instantiation = undefined;
    }
    if (rec.status === LINKED) for (let i = 0; i < rec.deps.length; i++) stack.push(rec.deps[i]);
  }
  return out;
}

function prepare(rec) {
  if (rec.status === NEW) {
    loadGraph(rec);
    link(rec);
  }
}

async function run(rec) {
  prepare(rec);
  const waits = pendingInstantiations(rec);
  if (waits.length > 0) await Promise.all(waits);
  await evaluate(rec);
  return namespaceOf(rec.namespace);
}

function importAttributes(options) {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') {
    throw new TypeError('The second argument to import() must be an object');
  }
  const attrs = options.with;
  if (attrs === undefined) return undefined;
  if (attrs === null || typeof attrs !== 'object') {
    throw new TypeError("The 'with' option must be an object");
  }
  const out = { __proto__: null };
  const keys = ObjectKeys(attrs);
  for (let i = 0; i < keys.length; i++) {
    const v = attrs[keys[i]];
    if (typeof v !== 'string') throw new TypeError('Import attribute value must be a string');
    out[keys[i]] = v;
  }
  return out;
}

// import(specifier, options) from the module (or CommonJS file, or -e
// code) at parentURL. Never evaluates anything before it returns.
async function dynamicImport(specifier, options, parentURL) {
  specifier = `${specifier}`;
  const attributes = importAttributes(options);
  await undefined;
  applyLoaderFlags();
  if (hooksActive()) {
    const rec = await resolveAndGetHooked(specifier, parentURL, attributes);
    await loadGraphHooked(rec);
    return run(rec);
  }
  const sync = syncHooks();
  if (sync !== undefined) return run(getRecordSyncHooked(sync, specifier, parentURL, attributes));
  const url = resolveWithHint(specifier, parentURL, false);
  const rec = getRecord(url, attributes, undefined);
  return run(rec);
}

// The import() of CommonJS code: its file's URL is the parent.
function importFromCommonJS(specifier, options, filename) {
  let parentURL;
  try {
    parentURL = filename !== undefined && path.isAbsolute(filename) ? fileURL(filename) :
      fileURL(path.join(process.cwd(), filename === undefined ? '[eval]' : filename));
  } catch (err) {
    return Promise.reject(err);
  }
  return dynamicImport(specifier, options, parentURL);
}

// ---- the main entry and -e code ------------------------------------------------------------

let mainRecord;

function unsettledWarning() {
  // The module still waiting is the deepest async one not finished.
  let stuck = mainRecord;
  for (const rec of moduleMap.values()) {
    if (rec.cyclic && rec.hasTLA && rec.status === EVALUATING_ASYNC && rec.pendingAsyncDeps === 0) {
      stuck = rec;
      break;
    }
  }
  const src = evalSources.get(stuck.url) ?? '';
  const lines = src.split('\n');
  let line = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/(^|[^\w$.])await\b/.test(lines[i])) {
      line = i;
      break;
    }
  }
  const text = lines[line] === undefined ? '' : lines[line];
  const col = Math.max(0, text.search(/\bawait\b/));
  return `Warning: Detected unsettled top-level await at ${stuck.url}:${line + 1}\n${text}\n${' '.repeat(col)}^\n\n\n\n`;
}

// The event loop ran dry with the entry's top-level await unsettled: exit
// code 13, set before 'exit' listeners are called (they see it), and
// Node's warning. More work a 'beforeExit' listener starts may still settle
// it; then the code is taken back.
let unsettledCodeSet = false;
function onBeforeExitUnsettled() {
  if (mainRecord === undefined || mainRecord.status !== EVALUATING_ASYNC) return;
  if (process.exitCode !== undefined && process.exitCode !== null) return;
  process.exitCode = 13;
  unsettledCodeSet = true;
}

function onExitCheckUnsettled() {
  if (!unsettledCodeSet || mainRecord.status !== EVALUATING_ASYNC || process.exitCode !== 13) return;
  if (natives.execArgv.includes('--no-warnings')) return;
  try {
    fsBinding.writeAll(2, unsettledWarning());
  } catch {
    // stderr is gone
  }
}

function mainSettled() {
  if (unsettledCodeSet && process.exitCode === 13) process.exitCode = undefined;
  unsettledCodeSet = false;
}

// The main module's errors reach 'uncaughtException' listeners as a
// rejection (origin 'unhandledRejection'), as in Node, whose module loading
// and evaluation are promises.
function reportUncaught(err) {
  require('internal/process/execution').handleUncaught(err, 'unhandledRejection');
}

// The main module when hooks are registered: resolved and loaded by them.
function startMainHooked(url) {
  Promise.resolve().then(async () => {
    await hooks().whenReady();
    const rec = await resolveAndGetHooked(url, undefined, undefined);
    if (rec.format === 'commonjs' && rec.hookedSource === undefined) {
      rec.isMain = true;
      cjsLoader().Module._load(rec.filename, null, true);
      return;
    }
    startMain(rec);
  }).then(undefined, reportUncaught);
}

function startMain(rec) {
  mainRecord = rec;
  rec.isMain = true;
  process.on('beforeExit', onBeforeExitUnsettled);
  process.on('exit', onExitCheckUnsettled);
  // The entry runs in a promise job, as in Node: process.nextTick callbacks
  // it queues run after its promise reactions.
  Promise.resolve().then(async () => {
    if (hooksActive()) {
      await hooks().whenReady();
      await loadGraphHooked(rec);
    }
    return run(rec);
  }).then(mainSettled, (err) => {
    mainSettled();
    reportUncaught(err);
  });
}

// The main file, when it is an ES module (or a CommonJS file Node runs
// through the ES module loader).
// The main file, which the CommonJS loader found to be an ES module (by
// its name, its package's "type" or its syntax).
function runMain(filename, source) {
  const url = fileURL(filename);
  let rec;
  try {
    applyLoaderFlags();
    if (hooksActive()) {
      startMainHooked(url);
      return;
    }
    rec = getRecord(url, undefined, source);
    if (rec.format !== 'module' && rec.format !== 'wasm') {
      // Only syntax CommonJS refuses made it a module.
      rec = new ModuleRecord(url, 'module');
      initSourceText(rec, source);
      moduleMap.set(url, rec);
    }
  } catch (err) {
    reportUncaught(err);
    return;
  }
  startMain(rec);
}

// Code from -e or stdin as an ES module, named [eval1] in the current
// directory as in Node.
function evalModule(source, print) {
  if (print) throw new codes.ERR_EVAL_ESM_CANNOT_PRINT();
  // (brackets as they are: Node's URL for it has them unescaped)
  const url = `${fileURL(process.cwd())}/[eval1]`.replace('//[eval1]', '/[eval1]');
  const rec = new ModuleRecord(url, 'module');
  try {
    applyLoaderFlags();
    initSourceText(rec, source);
  } catch (err) {
    reportUncaught(err);
    return;
  }
  moduleMap.set(url, rec);
  startMain(rec);
}

// Whether the main file goes through this loader: what Node 24 decides
// from its extension and package "type" (a .js file with module syntax
// outside a "type" package too: the CommonJS loader finds that one).
function isESMEntry(filename) {
  if (filename.endsWith('.mjs') || filename.endsWith('.wasm')) return true;
  if (filename.endsWith('.cjs')) return false;
  const ext = path.extname(filename);
  if (ext !== '.js' && ext !== '') return false;
  const scope = require('internal/modules/package_json').packageScope(filename);
  return scope ? scope.type === 'module' : false;
}

// `kiln --check` of a module: throws its SyntaxError, if any.
function checkModuleSyntax(file, source) {
  // (named by its path, as Node's --check shows it)
  const url = file;
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  evalSources.set(url, source);
  let out;
  try {
    out = transpiler().transformModule(source, url);
  } catch (err) {
    if (err instanceof SyntaxError) decorateSyntaxError(err, url);
    throw err;
  }
  wrapperOffsets.set(url, JSON.parse(out.meta).offset);
  try {
    natives.checkSyntax(out.code, url);
  } catch (err) {
    if (err instanceof SyntaxError) decorateSyntaxError(err, url);
    throw err;
  }
}

// ---- require() of ES modules (Node 24) ----------------------------------------------------

function hasAsyncInGraph(root) {
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const rec = stack.pop();
    if (seen.has(rec)) continue;
    seen.add(rec);
    // Node refuses a graph with top-level await even once it has run.
    if (rec.hasTLA || rec.status === EVALUATING_ASYNC) return rec;
    for (let i = 0; i < rec.deps.length; i++) stack.push(rec.deps[i]);
  }
  return undefined;
}

// The namespace of the ES module at filename, run to its end now; throws
// ERR_REQUIRE_ASYNC_MODULE for a graph with top-level await.
function requireESM(filename, source, parentFilename) {
  const url = fileURL(filename);
  let rec = moduleMap.get(url);
  if (rec === undefined) {
    rec = new ModuleRecord(url, 'module');
    initSourceText(rec, source === undefined ? fsBinding.readFileUtf8(filename) : source);
    moduleMap.set(url, rec);
  }
  prepare(rec);
  if (rec.status === EVALUATING) {
    throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle.` +
      `${parentFilename ? ` (from ${parentFilename})` : ''} A cycle involving require(esm) is not allowed to ` +
      'maintain invariants mandated by the ECMAScript specification. Try making at least part of the ' +
      'dependency in the graph lazily loaded.');
  }
  if (hasAsyncInGraph(rec) !== undefined) {
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  evaluate(rec);
  if (rec.hasError) throw rec.evaluationError;
  return rec.namespace;
}

// What require() returns for an ES module with a default export: its
// namespace plus __esModule: true, one object per module. ns is the
// module's bindings object.
const withESModule = new WeakMap();
function namespaceWithESModule(ns) {
  let out = withESModule.get(ns);
  if (out !== undefined) return out;
  out = { __proto__: null };
  const names = ObjectKeys(ns);
  names.push('__esModule');
  names.sort(compareCodeUnits);
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n === '__esModule') {
      ObjectDefineProperty(out, n, { value: true, writable: false, enumerable: true, configurable: false });
    } else {
      const d = Object.getOwnPropertyDescriptor(ns, n);
      ObjectDefineProperty(out, n, { get: d.get, enumerable: true, configurable: false });
    }
  }
  ObjectDefineProperty(out, Symbol.toStringTag, { value: 'Module', writable: false, enumerable: false, configurable: false });
  Object.preventExtensions(out);
  const facade = namespaceOf(out);
  withESModule.set(ns, facade);
  return facade;
}

module.exports = {
  useHooks,
  loadHooksModule,
  importHooksModuleHooked,
  checkAttributeKeys,
  validateAttributes,
  dataURLText,
  checkModuleSyntax,
  namespaceWithESModule,
  dynamicImport,
  importFromCommonJS,
  runMain,
  evalModule,
  isESMEntry,
  requireESM,
  syncBuiltinESMExports,
};
