'use strict';
// Entry points: the main file, -e/-p/stdin code, and --check.

let pathModule;
const path = () => (pathModule ??= require('path'));

function preloadRequests() {
  const argv = natives.execArgv;
  const requests = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '-r' || a === '--require') && i + 1 < argv.length) requests.push(argv[++i]);
    else if (a.startsWith('--require=')) requests.push(a.slice(10));
    // Checked before any user code, as Node does at startup.
    else if (a.startsWith('--dns-result-order')) {
      require('internal/dns/utils').initializeDns(a[18] === '=' ? a.slice(19) : argv[i + 1]);
    }
  }
  return requests;
}

function loader() {
  return require('internal/modules/cjs/loader');
}

// ES module parts (--import, --input-type, module code): esm/entry.
const esmEntry = () => require('internal/modules/esm/entry');

function runMain(main) {
  const { Module } = loader();
  Module._preloadModules(preloadRequests());
  if (`${natives.execArgv}`.includes('--import')) esmEntry().withImports(() => Module.runMain(main));
  else Module.runMain(main);
}

// Code given on the command line: a module, code for -p, or with
// preloaded modules (a plain script runs from internal/bootstrap, which
// defines the globals such code has: see evalPlain there).
function evalString(source, name, print) {
  const opts = `${natives.execArgv}`;
  if (natives.mayNeedTranspiler(source) || opts.includes('--import') || opts.includes('--input-type')) {
    esmEntry().evalString(source, name, print, evalScript, preloadRequests);
  } else {
    evalScript(source, name, print, true);
  }
}

function evalScript(source, name, print, preload) {
  const requests = preload ? preloadRequests() : [];
  if (requests.length > 0) loader().Module._preloadModules(requests);
  const result = natives.evalPlain(source, name);
  if (print) {
    const { inspect } = require('util');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

// The module, exports and require globals of code named `name`, made on
// first read.
const evalModules = new Map();
function evalGlobal(key, name) {
  let module = evalModules.get(name);
  if (module === undefined) {
    const { Module } = loader();
    const cwd = process.cwd();
    module = new Module(name);
    module.filename = path().join(cwd, name);
    module.paths = Module._nodeModulePaths(cwd);
    evalModules.set(name, module);
  }
  if (key === 'module') return module;
  if (key === 'exports') return module.exports;
  return loader().makeRequireFunction(module);
}

function checkSyntax(file, source) {
  esmEntry().checkSyntax(file, source);
}

module.exports = { runMain, evalString, evalGlobal, checkSyntax };
