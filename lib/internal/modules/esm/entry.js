'use strict';
// The entry points' side of ES modules, loaded only when a program needs
// it (run_main stays as small as it was for CommonJS programs): --import,
// --input-type, -e code that is a module, import() in -e code, and --check
// of modules.

const path = require('path');
const { hideEngineProperties } = require('internal/stack');

// (a rejection, as the loader's errors are: see reportUncaught there)
function handleUncaught(err) {
  require('internal/process/execution').handleUncaught(err, 'unhandledRejection');
}

let esmLoaderCache;
const esmLoader = () => (esmLoaderCache ??= require('internal/modules/esm/loader'));

function importRequests() {
  const argv = natives.execArgv;
  let requests;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let r;
    if (a === '--import' && i + 1 < argv.length) r = argv[++i];
    else if (a.startsWith('--import=')) r = a.slice(9);
    else continue;
    (requests ??= []).push(r);
  }
  return requests;
}

// --input-type=module|commonjs, or undefined.
function inputType() {
  const argv = natives.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--input-type' && i + 1 < argv.length) return argv[i + 1];
    if (a.startsWith('--input-type=')) return a.slice(13);
  }
  return undefined;
}

// --import modules: imported one after the other, relative to the current
// directory, before the entry runs (after the --require ones), as in Node.
function withImports(start) {
  const requests = importRequests();
  if (requests === undefined) {
    start();
    return;
  }
  const { pathToFileURL } = require('internal/url');
  const parentURL = `${pathToFileURL(process.cwd()).href}/`;
  let chain = Promise.resolve();
  for (let i = 0; i < requests.length; i++) {
    chain = chain.then(() => esmLoader().dynamicImport(requests[i], undefined, parentURL));
  }
  chain.then(start).then(undefined, handleUncaught);
}

// Node 24 runs -e code with module syntax (or top-level await) as an ES
// module even without --input-type=module; code that compiles as a
// script stays one.
function looksLikeModule(source) {
  if (!source.includes('import') && !source.includes('export') && !source.includes('await')) return false;
  if (require('internal/modules/esm/resolve').detectFormat(source) !== 'module') return false;
  try {
    natives.checkSyntax(source, '[detect]');
    return false;
  } catch {
    return true;
  }
}

// -e/-p/stdin code when the command line or the code may make it a module.
// evalScript(source, name, print, preload) runs code as a script (the
// --require modules first when preload); requests() lists those modules.
function evalString(source, name, print, evalScript, requests) {
  const type = inputType();
  const preload = () => {
    const list = requests();
    if (list.length > 0) require('internal/modules/cjs/loader').Module._preloadModules(list);
  };
  if (type === 'module' || (type === undefined && looksLikeModule(source))) {
    preload();
    withImports(() => esmLoader().evalModule(source, print));
    return;
  }
  // import() in the code: the transpiler rewrites it to a global function
  // of the current directory's [eval] file, as Node resolves it.
  const script = source.includes('import') ? rewriteImport(source, name) : source;
  const run = (withPreload) => {
    if (script !== source) natives.evalSources.set(name, source);
    try {
      evalScript(script, name, print, withPreload);
    } catch (err) {
      // `using` declarations, which the engine lacks: lowered by the
      // transpiler (with import() renamed), then run again.
      const lowered = err instanceof SyntaxError && source.includes('using') ? lowerUsing(source, name) : undefined;
      if (lowered === undefined) {
        hideEngineProperties(err);
        throw err;
      }
      natives.evalSources.set(name, source);
      evalScript(lowered, name, print, withPreload);
    } finally {
      if (script !== source) natives.evalSources.set(name, source);
    }
  };
  if (importRequests() !== undefined) {
    preload();
    withImports(() => run(false));
    return;
  }
  run(true);
}

// The script with `using` lowered and the helpers it calls as hidden
// globals, or undefined when the transpiler cannot parse it either.
function lowerUsing(source, name) {
  let lowered;
  try {
    lowered = require('internal/modules/esm/resolve').transpiler().transformUsing(source, false);
  } catch {
    return undefined;
  }
  const hidden = (key, value) => Object.defineProperty(globalThis, key, {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
  hidden('_$kiln_using', require('internal/disposable').usingStack);
  hidden('_$kiln_import', require('internal/modules/esm/resolve').scriptImport(
    (specifier, options) => esmLoader().importFromCommonJS(specifier, options, name)));
  return lowered;
}

function rewriteImport(source, name) {
  const rewritten = require('internal/modules/esm/resolve').transpiler().transformScript(source);
  if (rewritten === undefined) return source;
  Object.defineProperty(globalThis, '_$kiln_import', {
    value: require('internal/modules/esm/resolve').scriptImport(
      (specifier, options) => esmLoader().importFromCommonJS(specifier, options, name)),
    writable: true, configurable: true, enumerable: false,
  });
  return rewritten;
}

function detectableAsModule(file, source) {
  const ext = path.extname(file);
  if (ext !== '.js' && ext !== '') return false;
  const scope = require('internal/modules/package_json').packageScope(file);
  if (scope && scope.type !== 'none') return false;
  return require('internal/modules/esm/resolve').detectFormat(source) === 'module';
}

// --check: a module file (or -e code with --input-type=module) is checked
// as a module, the transpiler's parse then the engine's of its output; a
// file CommonJS cannot compile may be a module by Node 24's detection.
function checkScript(file, source) {
  if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) source = `//${source.slice(2)}`;
  const { Module } = require('internal/modules/cjs/loader');
  natives.wrapperOffsets.set(file, Module.wrapper[0].length);
  natives.checkSyntax(Module.wrap(source), file);
}

function checkSyntax(file, source) {
  withImports(() => {
    if (source === undefined) {
      const filename = path.resolve(file);
      source = internalBinding('fs').readFileUtf8(filename);
      file = filename;
    } else {
      natives.evalSources.set(file, source);
    }
    const isFile = file !== '[eval]' && file !== '[stdin]';
    if (isFile ? esmLoader().isESMEntry(file) : inputType() === 'module') {
      esmLoader().checkModuleSyntax(file, source);
      return;
    }
    try {
      checkScript(file, source);
    } catch (err) {
      if (err instanceof SyntaxError && isFile && detectableAsModule(file, source)) {
        esmLoader().checkModuleSyntax(file, source);
        return;
      }
      hideEngineProperties(err);
      throw err;
    }
  });
}

module.exports = { evalString, checkSyntax, withImports };
