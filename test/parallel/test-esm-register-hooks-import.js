'use strict';
// module.registerHooks() (synchronous hooks) serve import too: static and
// dynamic imports are resolved and loaded through the chains, the same URL
// with other attributes is another module, and removing the hooks stops
// them.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { registerHooks } = require('module');
const { pathToFileURL } = require('url');

const dir = path.join(__dirname, '..', 'fixtures', 'esm-hooks');
const jsonURL = pathToFileURL(path.join(dir, 'data.json')).href;
const seen = [];

const hooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('app:greeting')) return { url: specifier, format: 'module', shortCircuit: true };
    if (specifier === 'app:data') {
      return { url: jsonURL, importAttributes: context.importAttributes, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url.startsWith('app:greeting')) return { format: 'module', source: 'export default "hello";', shortCircuit: true };
    const result = nextLoad(url, context);
    seen.push(`${path.basename(url)} ${result.format}`);
    return result;
  },
});

(async () => {
  const ns = await import(pathToFileURL(path.join(dir, 'uses-virtual.mjs')).href);
  assert.strictEqual(ns.default, 'hello!');
  assert.deepStrictEqual(seen, ['uses-virtual.mjs module']);

  const json = await import('app:data', { with: { type: 'json' } });
  assert.deepStrictEqual(json.default, { real: true });
  assert.strictEqual(await import(jsonURL, { with: { type: 'json' } }), json);
  await assert.rejects(import('app:data'), { code: 'ERR_IMPORT_ATTRIBUTE_MISSING' });

  assert.strictEqual((await import('app:greeting?1')).default, 'hello');
  hooks.deregister();
  await assert.rejects(import('app:greeting?2'), { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME' });
})().then(common.mustCall());
