'use strict';
// module.register(): the hooks module is loaded apart from the application's
// modules (its imports are instances of their own), initialize(data) runs
// at once, and resolve/load hooks then serve every import(): virtual
// modules, rewritten specifiers, JSON and CommonJS from source, the default
// steps through next(), and Node's errors for hooks that break the rules.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { register } = require('module');
const { pathToFileURL } = require('url');
const { spawnSync } = require('child_process');

const dir = path.join(__dirname, '..', 'fixtures', 'esm-hooks');

(async () => {
  // Before: no hooks.
  await assert.rejects(import('virtual:answer'), { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME' });
  const state = await import(pathToFileURL(path.join(dir, 'state.mjs')).href);

  assert.strictEqual(register('./hooks.mjs', pathToFileURL(path.join(dir, 'x')), { data: { tag: 't' } }), undefined);
  // The hooks module's state.mjs is not the application's.
  assert.strictEqual(state.count(), 1);
  const log1 = (await import('virtual:log?1')).default;
  assert.deepStrictEqual(log1.init, { tag: 't', thisUndefined: true });
  assert.strictEqual(log1.count, 2);

  const virtual = await import('virtual:answer');
  assert.deepStrictEqual(Object.keys(virtual), ['default', 'fromHook']);
  assert.strictEqual(virtual.default, 42);
  assert.strictEqual(await import('virtual:answer'), virtual);

  const target = await import('../fixtures/esm-hooks/renamed-target.mjs');
  assert.strictEqual(target.name, 'target');
  assert.strictEqual(target.answer, 42);
  assert.strictEqual(target.fromHook, true);

  const cjs = await import('virtual:cjs');
  assert.strictEqual(cjs.kind, 'cjs');
  assert.strictEqual(cjs.twice(4), 8);
  assert.strictEqual(cjs.default.kind, 'cjs');

  const json = await import(pathToFileURL(path.join(dir, 'data.json')).href, { with: { type: 'json' } });
  assert.deepStrictEqual(json.default, { made: 'up' });

  const fs = await import('node:fs');
  assert.strictEqual(typeof fs.readFileSync, 'function');
  const { seen } = (await import('virtual:log?2')).default;
  assert.ok(seen.includes('resolve node:fs undefined'));
  assert.ok(seen.includes('load node:fs builtin object'));
  assert.ok(seen.includes('load target.mjs module object'));
  assert.ok(seen.includes('resolve ../fixtures/esm-hooks/target.mjs module'));

  await assert.rejects(import('bad:format'), {
    code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    message: 'Expected a string to be returned for the "format" from the "./hooks.mjs \'resolve\'" hook but got type number (42).',
  });
  await assert.rejects(import('no:next'), {
    code: 'ERR_LOADER_CHAIN_INCOMPLETE',
    message: /'resolve'" did not call the next hook in its chain and did not explicitly signal a short circuit\. /,
  });
  await assert.rejects(import('./nope.mjs'), { code: 'ERR_MODULE_NOT_FOUND' });

  // --experimental-loader: the same hooks for a whole program, main module
  // included, with Node's warning; a loader that cannot be found fails it.
  const hooksURL = pathToFileURL(path.join(dir, 'hooks.mjs')).href;
  let child = spawnSync(process.execPath, ['--experimental-loader', hooksURL, path.join(dir, 'main.mjs')],
                        { encoding: 'utf8' });
  assert.strictEqual(child.stdout, '42 42\n');
  assert.match(child.stderr, /ExperimentalWarning: `--experimental-loader` may be removed in the future; instead use `register\(\)`:/);
  assert.strictEqual(child.status, 0);
  child = spawnSync(process.execPath, ['--experimental-loader', 'no-such-loader-pkg', path.join(dir, 'main.mjs')],
                    { encoding: 'utf8' });
  assert.match(child.stderr, /Cannot find package 'no-such-loader-pkg'/);
  assert.strictEqual(child.status, 1);
})().then(common.mustCall());
