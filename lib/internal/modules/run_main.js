'use strict';
// Entry points: the main file, -e/-p/stdin code, and --check.

const path = require('path');
const { Module, makeRequireFunction, wrapSafe } = require('internal/modules/cjs/loader');
const { sources, wrapperOffsets } = require('internal/stack');

function preload() {
  const argv = process.execArgv;
  const requests = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '-r' || a === '--require') && i + 1 < argv.length) requests.push(argv[++i]);
    else if (a.startsWith('--require=')) requests.push(a.slice(10));
  }
  Module._preloadModules(requests);
}

function runMain(main) {
  preload();
  Module.runMain(main);
}

// Code given on the command line runs as a script in the global scope, with
// require, module, exports, __filename and __dirname as globals.
function evalString(source, name, print) {
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const g = globalThis;
  const define = (k, v) => Object.defineProperty(g, k, { value: v, writable: true, configurable: true, enumerable: false });
  define('module', module);
  define('exports', module.exports);
  define('require', makeRequireFunction(module));
  define('__filename', name);
  define('__dirname', '.');
  preload();
  sources.set(name, source);
  const result = natives.evalScript(source, name);
  if (print) {
    const { inspect } = require('util');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

function checkSyntax(file, source) {
  if (source === undefined) {
    const filename = path.resolve(file);
    source = internalBinding('fs').readFileUtf8(filename);
    file = filename;
  } else {
    sources.set(file, source);
  }
  if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) source = `//${source.slice(2)}`;
  wrapperOffsets.set(file, Module.wrapper[0].length);
  natives.checkSyntax(Module.wrap(source), file);
}

module.exports = { runMain, evalString, checkSyntax, wrapSafe };
