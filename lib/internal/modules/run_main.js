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

// Code given on the command line runs as a script in the global scope, with
// require, module, exports, __filename and __dirname, and the builtin
// modules, as globals. The module loader (and each module) is loaded only if
// the code uses them, which keeps `kiln -e` fast.
function evalString(source, name, print) {
  // Plain string tests: a regular expression costs every `kiln -e` its compilation.
  const opts = `${natives.execArgv}`;
  if (source.includes('import') || source.includes('export') || source.includes('await') || source.includes('using') ||
      opts.includes('--import') || opts.includes('--input-type')) {
    esmEntry().evalString(source, name, print, evalScript, preloadRequests);
  } else {
    evalScript(source, name, print, true);
  }
}

function evalScript(source, name, print, preload) {
  const g = globalThis;
  const define = (k, v) => Object.defineProperty(g, k, { value: v, writable: true, configurable: true, enumerable: false });
  let evalModule;
  const getModule = () => {
    if (evalModule === undefined) {
      const { Module } = loader();
      const cwd = process.cwd();
      evalModule = new Module(name);
      evalModule.filename = path().join(cwd, name);
      evalModule.paths = Module._nodeModulePaths(cwd);
    }
    return evalModule;
  };
  const lazy = (k, make) => Object.defineProperty(g, k, {
    configurable: true,
    enumerable: false,
    get() {
      const v = make();
      define(k, v);
      return v;
    },
    set(v) { define(k, v); },
  });
  lazy('module', getModule);
  lazy('exports', () => getModule().exports);
  lazy('require', () => loader().makeRequireFunction(getModule()));
  // As in Node, code on the command line finds the builtin modules as
  // globals: `kiln -p "os.cpus().length"`. Not the node:-only ones, nor
  // subpaths (fs/promises) or the old _stream_* names. Only the names the
  // code contains get one (a name the code builds at run time does not):
  // fifty accessors would cost every `kiln -e` more than the rest of it.
  const ids = natives.builtinNamesIn(source);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === 'test' || id === 'sea' || id === 'sqlite' || id in g) continue; // node:-only
    lazy(id, () => require(id));
  }
  define('__filename', name);
  define('__dirname', '.');
  const requests = preload ? preloadRequests() : [];
  if (requests.length > 0) loader().Module._preloadModules(requests);
  natives.evalSources.set(name, source);
  const result = natives.evalScript(source, name);
  if (print) {
    const { inspect } = require('util');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

function checkSyntax(file, source) {
  esmEntry().checkSyntax(file, source);
}

module.exports = { runMain, evalString, checkSyntax };
