'use strict';
// Importing a .wasm file (Node 24's WebAssembly ES module integration): its
// import section's modules are imported and linked by name, its exports
// make its namespace (a global's value as it was at instantiation), names
// starting "wasm:" or "wasm-js:" are refused with a LinkError, and the
// first such import warns that the feature is experimental.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

// (type (func (param i32 i32) (result i32))) (type (func (result i32)))
// (import "./dep.mjs" "get" (func (type 1)))
// (func $add (type 0) local.get 0 local.get 1 i32.add)
// (func $callGet (type 1) call 0)
// (global $g i32 (i32.const 7))
// (export "add" (func $add)) (export EXPORTED (func $callGet)) (export "g" (global $g))
function wasmBytes(exported = 'callGet') {
  const name = Buffer.from(exported);
  const exportsBody = Buffer.concat([
    Buffer.from([0x03, 0x03, 0x61, 0x64, 0x64, 0x00, 0x01]),
    Buffer.from([name.length]), name, Buffer.from([0x00, 0x02]),
    Buffer.from([0x01, 0x67, 0x03, 0x00]),
  ]);
  return Buffer.concat([
    Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
    Buffer.from([0x01, 0x0b, 0x02, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x01, 0x7f]),
    Buffer.from([0x02, 0x11, 0x01, 0x09]), Buffer.from('./dep.mjs'), Buffer.from([0x03]), Buffer.from('get'),
    Buffer.from([0x00, 0x01]),
    Buffer.from([0x03, 0x03, 0x02, 0x00, 0x01]),
    Buffer.from([0x06, 0x06, 0x01, 0x7f, 0x00, 0x41, 0x07, 0x0b]),
    Buffer.from([0x07, exportsBody.length]), exportsBody,
    Buffer.from([0x0a, 0x0e, 0x02, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b, 0x04, 0x00, 0x10, 0x00, 0x0b]),
  ]);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-esm-wasm-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'esm-wasm', 'dep.mjs'), path.join(dir, 'dep.mjs'));
fs.writeFileSync(path.join(dir, 'mod.wasm'), wasmBytes());
fs.writeFileSync(path.join(dir, 'bad.wasm'), wasmBytes('wasm:bad'));
fs.writeFileSync(path.join(dir, 'source.mjs'),
                 "import source mod from './mod.wasm';\nexport { mod };\nexport const again = () => import.source('./mod.wasm');\n");
fs.writeFileSync(path.join(dir, 'nosource.mjs'), "import source x from './dep.mjs';\n");
fs.writeFileSync(path.join(dir, 'main.mjs'),
                 "import { add, callGet, g } from './mod.wasm';\nexport const sum = add(2, 3) + callGet() + g;\n");

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

(async () => {
  const ns = await import(path.join(dir, 'mod.wasm'));
  assert.deepStrictEqual(Object.keys(ns), ['add', 'callGet', 'g']);
  assert.strictEqual(ns[Symbol.toStringTag], 'Module');
  assert.strictEqual(ns.add(20, 22), 42);
  assert.strictEqual(ns.g, 7);
  const dep = await import(path.join(dir, 'dep.mjs'));
  assert.strictEqual(dep.calls, 0);
  assert.strictEqual(ns.callGet(), 35);
  assert.strictEqual(dep.calls, 1);

  const main = await import(path.join(dir, 'main.mjs'));
  assert.strictEqual(main.sum, 5 + 35 + 7);
  assert.strictEqual(await import(path.join(dir, 'mod.wasm')), ns);

  // The source phase: the WebAssembly.Module; only wasm modules have one.
  const source = await import(path.join(dir, 'source.mjs'));
  assert.ok(source.mod instanceof WebAssembly.Module);
  assert.deepStrictEqual(WebAssembly.Module.exports(source.mod).map((e) => e.name), ['add', 'callGet', 'g']);
  assert.strictEqual(await source.again(), source.mod);
  const abstractProto = Object.getPrototypeOf(WebAssembly.Module.prototype);
  assert.strictEqual(Object.getOwnPropertyDescriptor(abstractProto, Symbol.toStringTag).get.call(source.mod),
                     'WebAssembly.Module');
  await assert.rejects(import(path.join(dir, 'nosource.mjs')), {
    name: 'SyntaxError',
    code: 'ERR_SOURCE_PHASE_NOT_DEFINED',
    message: `Source phase import object is not defined for module 'file://${path.join(dir, 'dep.mjs')}'`,
  });

  await assert.rejects(import(path.join(dir, 'bad.wasm')), (err) => {
    assert.ok(err instanceof WebAssembly.LinkError);
    assert.strictEqual(err.message, `Invalid Wasm export name "wasm:bad" in file://${path.join(dir, 'bad.wasm')}`);
    return true;
  });

  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(warnings, [
      'ExperimentalWarning: Importing WebAssembly module instances is an experimental feature and might change at any time',
    ]);
  }));
})().then(common.mustCall());
