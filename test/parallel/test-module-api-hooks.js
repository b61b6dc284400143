'use strict';
// module.registerHooks(): synchronous resolve and load hooks for require(),
// chained last-registered first, with nextResolve/nextLoad, shortCircuit,
// partial contexts, sources as strings or bytes, and Node's errors for bad
// results.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { registerHooks } = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-hooks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a.js');
fs.writeFileSync(file, 'module.exports = "from disk";');
const fresh = (id) => {
  delete require.cache[file];
  return require(id);
};

// What the default steps give and what the hooks are handed.
const seen = [];
const observer = registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    seen.push(['resolve', specifier, context.parentURL, Array.isArray(context.conditions), { ...result }]);
    return result;
  },
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    seen.push(['load', url, context.format, typeof result.source, result.format]);
    return result;
  },
});
assert.strictEqual(fresh(file), 'from disk');
require('node:path');
assert.deepStrictEqual(seen, [
  ['resolve', file, pathToFileURL(__filename).href, true,
   { url: pathToFileURL(file).href, format: undefined, importAttributes: undefined }],
  ['load', pathToFileURL(file).href, undefined, 'string', undefined],
  ['resolve', 'node:path', pathToFileURL(__filename).href, true,
   { url: 'node:path', format: 'builtin', importAttributes: undefined }],
  ['load', 'node:path', 'builtin', 'object', 'builtin'],
]);
// The same request again is answered from the cache without any hook.
seen.length = 0;
require(file);
assert.deepStrictEqual(seen, []);
assert.strictEqual(typeof observer.deregister, 'function');
observer.deregister();

// Chains: the last registered runs first; a context given to next* is
// merged into the one it had; an omitted one is passed on unchanged.
const order = [];
const h1 = registerHooks({
  load(url, context, nextLoad) {
    order.push(['h1', context.extra]);
    const result = nextLoad(url);
    return { ...result, source: result.source.replace('disk', 'h1') };
  },
});
const h2 = registerHooks({
  load(url, context, nextLoad) {
    order.push(['h2', context.extra]);
    return nextLoad(url, { extra: 'from h2' });
  },
});
assert.strictEqual(fresh(file), 'from h1');
assert.deepStrictEqual(order, [['h2', undefined], ['h1', 'from h2']]);
h2.deregister();
h1.deregister();
h1.deregister(); // twice is harmless
assert.strictEqual(fresh(file), 'from disk');

// Short circuits: virtual modules, sources as bytes, redirects to builtins.
const virtual = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('virtual:')) return { url: `test://${specifier.slice(8)}`, shortCircuit: true };
    if (specifier === 'renamed-path') return { url: 'node:path', shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === 'test://string') return { source: 'module.exports = 1;', format: 'commonjs', shortCircuit: true };
    if (url === 'test://bytes') return { source: Buffer.from('module.exports = 2;'), shortCircuit: true };
    if (url === 'test://buffer') {
      return { source: new TextEncoder().encode('module.exports = 3;').buffer, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
assert.strictEqual(require('virtual:string'), 1);
assert.strictEqual(require('virtual:bytes'), 2);
assert.strictEqual(require('virtual:buffer'), 3);
assert.strictEqual(require('renamed-path'), require('path'));
// require.resolve() runs the resolve hooks too.
assert.strictEqual(require.resolve('virtual:string'), 'test://string');
assert.strictEqual(require.resolve('renamed-path'), 'path');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
assert.strictEqual(require.resolve(file), file);
virtual.deregister();

// Bad results.
const bad = registerHooks({
  resolve(specifier, context, nextResolve) {
    switch (specifier) {
      case 'no-short-circuit': return { url: 'node:fs' };
      case 'url-number': return { url: 5, shortCircuit: true };
      case 'format-number': return { url: pathToFileURL(file).href, format: 5, shortCircuit: true };
      default: return { url: `test://${specifier}`, shortCircuit: true };
    }
  },
  load(url, context, nextLoad) {
    switch (url) {
      case 'test://load-no-short-circuit': return { source: '', format: 'commonjs' };
      case 'test://source-number': return { source: 5, shortCircuit: true };
      case 'test://source-missing': return { shortCircuit: true };
      default: return nextLoad(url, context);
    }
  },
});
const invalid = (message) => ({ code: 'ERR_INVALID_RETURN_PROPERTY_VALUE', name: 'TypeError', message });
assert.throws(() => require('no-short-circuit'), invalid(
  'Expected true to be returned for the "shortCircuit" from the "resolve" hook but got undefined.'));
assert.throws(() => require('url-number'), invalid(
  'Expected a URL string to be returned for the "url" from the "resolve" hook but got type number (5).'));
assert.throws(() => fresh('format-number'), invalid(
  'Expected a string to be returned for the "format" from the "resolve" hook but got type number (5).'));
assert.throws(() => require('load-no-short-circuit'), invalid(
  'Expected true to be returned for the "shortCircuit" from the "load" hook but got undefined.'));
assert.throws(() => require('source-number'), invalid(
  'Expected a string, an ArrayBuffer, or a TypedArray to be returned for the "source" from the "load" ' +
  'hook but got type number (5).'));
assert.throws(() => require('source-missing'), invalid(/"source" from the "load" hook/));
// A URL the default load cannot read is opened as a path.
assert.throws(() => require('unreadable'), { code: 'ENOENT' });
bad.deregister();

assert.throws(() => registerHooks({ resolve: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hooks.resolve" property must be of type function. Received type number (5)',
});
assert.throws(() => registerHooks({ load: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
