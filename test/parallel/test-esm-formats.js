'use strict';
// Which format a file has: .mjs is a module, .cjs CommonJS, .js what the
// nearest package.json "type" says, or, without one, a module when it has
// module syntax (Node 24's detection); extensionless files follow "type";
// JSON needs `with { type: 'json' }`; builtins have their properties as
// named exports, updated by module.syncBuiltinESMExports(); data: URLs.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');
const { syncBuiltinESMExports } = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');
const f = (...p) => path.join(fixtures, ...p);

(async () => {
  const a = await import(f('typed', 'mod', 'a.js'));
  assert.strictEqual(a.fmt, 'esm-js');
  assert.strictEqual(a.url, pathToFileURL(f('typed', 'mod', 'a.js')).href);
  assert.strictEqual((await import(f('typed', 'mod', 'b.cjs'))).default.fmt, 'cjs-in-module-pkg');
  assert.strictEqual((await import(f('typed', 'mod', 'noext'))).fmt, 'extensionless');
  assert.strictEqual((await import(f('typed', 'cjs', 'a.js'))).fmt, 'cjs-js');
  assert.strictEqual((await import(f('typed', 'cjs', 'b.mjs'))).fmt, 'mjs');
  assert.strictEqual((await import(f('detect', 'esm-syntax.js'))).fmt, 'function');
  assert.strictEqual((await import(f('detect', 'plain.js'))).fmt, 'plain-cjs');

  const json = await import(f('interop', 'data.json'), { with: { type: 'json' } });
  assert.deepStrictEqual(Object.keys(json), ['default']);
  assert.deepStrictEqual(json.default, { a: [1, 2], b: 'x' });
  assert.strictEqual((await import(f('interop', 'data.json'), { with: { type: 'json' } })), json);
  await assert.rejects(import(f('interop', 'bad.json'), { with: { type: 'json' } }), SyntaxError);

  const nsFs = await import('node:fs');
  assert.strictEqual(nsFs.default, fs);
  assert.strictEqual(nsFs.readFileSync, fs.readFileSync);
  assert.ok(Object.keys(nsFs).includes('default'));
  assert.strictEqual(Object.keys(nsFs).includes('module.exports'), false);
  assert.strictEqual(await import('fs'), nsFs);
  const events = await import('events');
  assert.strictEqual(events.once, require('events').once);

  const original = fs.readFileSync;
  const replacement = () => 'replaced';
  fs.readFileSync = replacement;
  try {
    assert.strictEqual(nsFs.readFileSync, original);
    syncBuiltinESMExports();
    assert.strictEqual(nsFs.readFileSync, replacement);
  } finally {
    fs.readFileSync = original;
    syncBuiltinESMExports();
  }
  assert.strictEqual(nsFs.readFileSync, original);

  const data = await import('data:text/javascript,export default 6 * 7');
  assert.strictEqual(data.default, 42);
  const b64 = await import(`data:text/javascript;base64,${Buffer.from('export const b = "b64";').toString('base64')}`);
  assert.strictEqual(b64.b, 'b64');
  const dj = await import('data:application/json,{"q":1}', { with: { type: 'json' } });
  assert.deepStrictEqual(dj.default, { q: 1 });
})().then(common.mustCall());
