'use strict';
// node:vm. A context is a second global object in the same engine VM
// (internalBinding('contextify'), src/binding/contextify.c): values pass
// between the two directly, and each has its own builtins (Array, Object,
// Error, ...), as V8 contexts do. A contextified object stands in front of
// its global: the engine asks it first for every global name the code reads,
// writes, deletes or lists.
//
// The engine reads a declared global variable (`var x` at the top of a
// script) from the global's own slot, not through the object; so before
// each run the object's data properties are copied onto the global (a write
// there also writes the object, which changes nothing), and writes made by
// the code land on both.

const binding = internalBinding('contextify');
const { nodeStack } = require('internal/stack');
const { codes } = require('internal/errors');
const {
  validateArray, validateBoolean, validateInt32, validateObject, validateOneOf, validateString,
  validateUint32,
} = require('internal/validators');

const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectFreeze = Object.freeze;
const ReflectApply = Reflect.apply;
const WeakMapCtor = WeakMap;
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;
const WeakMapHas = WeakMap.prototype.has;
const SetCtor = Set;
const SetHas = Set.prototype.has;
const StringPrototypeRepeat = String.prototype.repeat;
const RegExpPrototypeExec = RegExp.prototype.exec;
const ArrayPrototypeJoin = Array.prototype.join;

const kDefaultFilename = 'evalmachine.<anonymous>';
const identifierRe = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

const constants = ObjectFreeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// contextified object (or a DONT_CONTEXTIFY global) -> { global, builtins }
const contexts = new WeakMapCtor();
// Every context made, weakly, for measureMemory's per-context report.
let liveContexts = [];

function remember(global) {
  if (liveContexts.length >= 64) liveContexts = liveContexts.filter((ref) => ref.deref() !== undefined);
  liveContexts.push(new WeakRef(global));
}
let contextCount = 0;

function contextOf(object) {
  return ReflectApply(WeakMapGet, contexts, [object]);
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true, allowFunction: true });
  return ReflectApply(WeakMapHas, contexts, [object]);
}

function validateContext(object, name) {
  const record = object !== null && (typeof object === 'object' || typeof object === 'function') ?
    contextOf(object) : undefined;
  if (record === undefined) throw new codes.ERR_INVALID_ARG_TYPE(name, 'vm.Context', object);
  return record;
}

function validateCodeGeneration(codeGeneration) {
  if (codeGeneration === undefined) return { strings: true, wasm: true };
  validateObject(codeGeneration, 'options.codeGeneration');
  const { strings = true, wasm = true } = codeGeneration;
  validateBoolean(strings, 'options.codeGeneration.strings');
  validateBoolean(wasm, 'options.codeGeneration.wasm');
  return { strings, wasm };
}

function validateImportModuleDynamically(value) {
  if (value !== undefined && typeof value !== 'function' && value !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.importModuleDynamically',
                                         ['function', 'vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER'], value);
  }
}

// The options Script and compileFunction share.
function validateSourceOptions(filename, lineOffset, columnOffset, cachedData, produceCachedData,
                               importModuleDynamically) {
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  validateImportModuleDynamically(importModuleDynamically);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${contextCount + 1}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  const generation = validateCodeGeneration(codeGeneration);
  if (microtaskMode !== undefined) validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate']);
  validateImportModuleDynamically(importModuleDynamically);
  contextCount++;
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const global = binding.makeContext(null, name, generation.strings);
    if (!generation.wasm) disallowWasm(global);
    remember(global);
    ReflectApply(WeakMapSet, contexts, [global, { global, sandbox: null }]);
    return global;
  }
  validateObject(contextObject, 'contextObject', { allowArray: true, allowFunction: true });
  const global = binding.makeContext(contextObject, name, generation.strings);
  if (!generation.wasm) disallowWasm(global);
  remember(global);
  ReflectApply(WeakMapSet, contexts, [contextObject, { global, sandbox: contextObject }]);
  return contextObject;
}

// codeGeneration.wasm false: compiling WebAssembly from bytes in that
// context throws its CompileError, as V8 does when the embedder says no.
// (The functions are made in the context, so they belong to its realm.)
const disallowWasmSource = `(() => {
  const W = globalThis.WebAssembly;
  if (typeof W !== 'object' || W === null) return;
  const E = W.CompileError;
  const Mod = W.Module;
  const instantiate = W.instantiate;
  const no = (name) => new E(name + '(): Wasm code generation disallowed by embedder');
  W.Module = function Module() { throw no('WebAssembly.Module'); };
  W.Module.prototype = Mod.prototype;
  W.compile = async function compile() { throw no('WebAssembly.compile'); };
  W.validate = function validate() { throw no('WebAssembly.validate'); };
  W.instantiate = function (source, imports) {
    if (source instanceof Mod) return instantiate(source, imports);
    return Promise.reject(no('WebAssembly.instantiate'));
  };
  W.compileStreaming = async function compileStreaming() { throw no('WebAssembly.compileStreaming'); };
  W.instantiateStreaming = async function instantiateStreaming() { throw no('WebAssembly.instantiateStreaming'); };
})()`;

function disallowWasm(global) {
  binding.passThrough(true);
  try {
    binding.run(global, disallowWasmSource, 'node:vm', 1);
  } finally {
    binding.passThrough(false);
  }
}

const reserved = new SetCtor(('break case catch class const continue debugger default delete do else enum ' +
  'export extends false finally for function if import in instanceof new null return super switch this ' +
  'throw true try typeof var void while with yield let static implements interface package private ' +
  'protected public await arguments eval undefined NaN Infinity').split(' '));

// Before a run: the object's values of the names the code declared onto
// their slots on the global (the program may have changed them since).
function syncGlobal(record) {
  const sandbox = record.sandbox;
  if (sandbox === null) return;
  const names = binding.declaredNames(record.global);
  if (names.length === 0) return;
  const global = record.global;
  binding.passThrough(true);
  try {
    for (let i = 0; i < names.length; i++) {
      const desc = ObjectGetOwnPropertyDescriptor(sandbox, names[i]);
      if (desc !== undefined && 'value' in desc) {
        try {
          global[names[i]] = desc.value;
        } catch {
          // A read-only global keeps its value.
        }
      }
    }
  } finally {
    binding.passThrough(false);
  }
}

// After a run: the slots' values back onto the object (an assignment to a
// declared variable may write only its slot). The code reads the slots
// itself, in one array literal of the names.
function syncBack(record) {
  const sandbox = record.sandbox;
  if (sandbox === null) return;
  const names = binding.declaredNames(record.global);
  const list = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (ReflectApply(SetHas, reserved, [name]) || ReflectApply(RegExpPrototypeExec, identifierRe, [name]) === null) continue;
    const desc = ObjectGetOwnPropertyDescriptor(sandbox, name);
    if (desc !== undefined && !('value' in desc)) continue;
    list.push(name);
  }
  if (list.length === 0) return;
  let values;
  try {
    values = binding.run(record.global, `[${ReflectApply(ArrayPrototypeJoin, list, [','])}]`, 'node:vm', 1);
  } catch {
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const name = list[i];
    const desc = ObjectGetOwnPropertyDescriptor(sandbox, name);
    if (desc === undefined || desc.value !== values[i]) {
      try {
        sandbox[name] = values[i];
      } catch {
        // A frozen object keeps its value.
      }
    }
  }
}

// timeout and breakOnSigint are validated but not enforced: see
// contextify_run in src/binding/contextify.c.
function getDisplayErrors(options) {
  if (options === undefined) return true;
  validateObject(options, 'options');
  const { displayErrors = true, timeout, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return displayErrors;
}

// Errors leave a script with Node's stack format; with displayErrors on,
// Node puts `file:line`, the source line and a caret in front of it.
function decorate(err, script, displayErrors = true) {
  if (err === null || typeof err !== 'object') return;
  let stack;
  try {
    stack = nodeStack(err);
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  let arrow = '';
  let line = err.line;
  let column = err.column;
  if (err.sourceURL !== script.filename) {
    // An error made by a wrapped constructor: its first frame says where.
    const at = stack.indexOf('\n    at ');
    const frame = at === -1 ? '' : stack.slice(at + 8, stack.indexOf('\n', at + 1) >>> 0);
    const m = ReflectApply(RegExpPrototypeExec, /(?:\(|^)(.*):(\d+):(\d+)\)?$/, [frame]);
    if (m !== null && m[1] === script.filename) {
      line = +m[2];
      column = +m[3];
    } else {
      line = undefined;
    }
  }
  if (displayErrors && typeof line === 'number') {
    const src = script.lines[line - 1 - script.lineOffset];
    if (src !== undefined) {
      const ws = ReflectApply(RegExpPrototypeExec, /^\s*/, [src])[0].length;
      let caret;
      if (err instanceof SyntaxError || err.name === 'SyntaxError') {
        // The engine names the token, not its column.
        const m = ReflectApply(RegExpPrototypeExec,
          /Unexpected (?:token|identifier|keyword|string literal|number) '?([^']+?)'?(?:\.|$)/, [String(err.message)]);
        const at = m ? src.indexOf(m[1], ws) : -1;
        caret = at >= 0 ? at : ws;
      } else if (src.slice(ws).startsWith('throw ')) {
        caret = ws;
      } else {
        caret = typeof column === 'number' && column > 0 ? column - 1 : ws;
      }
      if (caret > src.length) caret = src.length;
      arrow = `${script.filename}:${line}\n${src}\n${ReflectApply(StringPrototypeRepeat, ' ', [caret])}^\n\n`;
    }
  }
  if (arrow === '' && stack === err.stack) return;
  try {
    ObjectDefineProperty(err, 'stack', {
      __proto__: null, value: arrow + stack, writable: true, configurable: true,
    });
  } catch {
    // A frozen error keeps its stack.
  }
}

function runIn(script, global, record, options) {
  const displayErrors = getDisplayErrors(options);
  if (record !== undefined) syncGlobal(record);
  try {
    return binding.run(global, script.code, script.filename, script.lineOffset + 1);
  } catch (err) {
    decorate(err, script, displayErrors);
    throw err;
  } finally {
    if (record !== undefined) syncBack(record);
  }
}

function padColumn(code, columnOffset) {
  return columnOffset > 0 ? ReflectApply(StringPrototypeRepeat, ' ', [columnOffset]) + code : code;
}

class Script {
  #state;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = kDefaultFilename,
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateSourceOptions(filename, lineOffset, columnOffset, cachedData, produceCachedData,
                          importModuleDynamically);
    const padded = padColumn(code, columnOffset);
    const state = { code: padded, filename, lineOffset, columnOffset, lines: padded.split('\n') };
    try {
      binding.run(null, padded, filename, lineOffset + 1, true);
    } catch (err) {
      decorate(err, state);
      throw err;
    }
    this.#state = state;
    // The engine's C API has no code cache: given data is never used.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) {
      this.cachedDataProduced = false;
    }
    const m = ReflectApply(RegExpPrototypeExec, /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/m, [code]);
    this.sourceMapURL = m ? m[1] : undefined;
  }

  runInThisContext(options) {
    return runIn(this.#state, null, undefined, options);
  }

  runInContext(contextifiedObject, options) {
    const record = validateContext(contextifiedObject, 'contextifiedObject');
    return runIn(this.#state, record.global, record, options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return Buffer.alloc(0);
  }
}

function getContextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const out = {};
  if (options.contextName !== undefined) {
    validateString(options.contextName, 'options.contextName');
    out.name = options.contextName;
  }
  if (options.contextOrigin !== undefined) {
    validateString(options.contextOrigin, 'options.contextOrigin');
    out.origin = options.contextOrigin;
  }
  if (options.contextCodeGeneration !== undefined) out.codeGeneration = options.contextCodeGeneration;
  if (options.microtaskMode !== undefined) out.microtaskMode = options.microtaskMode;
  return out;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject, 'contextifiedObject');
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  } else {
    params = [];
  }
  validateObject(options, 'options');
  const {
    filename = '',
    lineOffset = 0,
    columnOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateSourceOptions(filename, lineOffset, columnOffset, cachedData, produceCachedData,
                        importModuleDynamically);
  let record;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' || (record = contextOf(parsingContext)) === undefined) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, { nullable: true });
  }
  for (let i = 0; i < params.length; i++) {
    if (ReflectApply(RegExpPrototypeExec, identifierRe, [params[i]]) === null) {
      // The engine reports the bad parameter as a SyntaxError, as V8 does.
      binding.run(null, `(function (${params[i]}) {})`, filename, 1, true);
    }
  }
  // The function's text starts on the source's first line, so its line
  // numbers are the code's own. Extensions are objects whose properties the
  // body sees as variables: the body is compiled inside `with` blocks
  // (outside the function, so a strict body stays valid).
  const list = ReflectApply(ArrayPrototypeJoin, params, [', ']);
  let head = `(function (${list}) {`;
  let tail = '\n})';
  let outerParams = '';
  if (contextExtensions.length > 0) {
    const names = [];
    let withs = '';
    for (let i = 0; i < contextExtensions.length; i++) {
      names.push(`__kiln_ext${i}`);
      withs += `with (__kiln_ext${i}) `;
    }
    outerParams = names.join(', ');
    head = `(function (${outerParams}) { ${withs}{ return function (${list}) {`;
    tail = '\n} } })';
  }
  const source = padColumn(code, columnOffset);
  const script = {
    code: head + source + tail,
    filename,
    lineOffset,
    columnOffset: columnOffset + head.length,
    lines: (head + source).split('\n'),
  };
  let fn;
  try {
    fn = binding.run(record === undefined ? null : record.global, script.code, filename, lineOffset + 1);
  } catch (err) {
    decorate(err, script);
    throw err;
  }
  if (contextExtensions.length > 0) fn = ReflectApply(fn, undefined, contextExtensions);
  if (cachedData !== undefined) fn.cachedDataRejected = true;
  if (produceCachedData) fn.cachedDataProduced = false;
  return fn;
}

let measureWarned = false;

function measureMemory(options = {}) {
  if (!measureWarned) {
    measureWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  // The engine measures its one heap, which every context shares: the
  // estimate is the whole, and each context gets the same range.
  const { heapUsed, heapTotal } = process.memoryUsage();
  const estimate = () => ({ jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapTotal] });
  const result = { total: estimate() };
  if (mode === 'detailed') {
    result.current = estimate();
    result.other = [];
    for (let i = 0; i < liveContexts.length; i++) {
      if (liveContexts[i].deref() !== undefined) result.other.push(estimate());
    }
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
