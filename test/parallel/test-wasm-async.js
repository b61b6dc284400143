'use strict';
// WebAssembly's asynchronous API settles (the engine finishes it on its own
// run loop, which kiln drives) and keeps the process alive until then;
// FinalizationRegistry callbacks run too.
const assert = require('assert');
const { spawnSync } = require('child_process');

// (module (func (export "add") (param i32 i32) (result i32)
//   local.get 0 local.get 1 i32.add))
const addModule = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f,
  0x03, 0x02, 0x01, 0x00,
  0x07, 0x07, 0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00,
  0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b,
]);

let settled = 0;
process.on('exit', () => assert.strictEqual(settled, 4));

assert.strictEqual(WebAssembly.instantiate.length, 1);
assert.strictEqual(WebAssembly.compile.name, 'compile');
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly').enumerable, false);

WebAssembly.instantiate(addModule).then(({ module, instance }) => {
  settled++;
  assert(module instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.add(2, 40), 42);
  return WebAssembly.instantiate(module);
}).then((instance) => {
  settled++;
  assert(instance instanceof WebAssembly.Instance);
  assert.strictEqual(instance.exports.add(-1, 1), 0);
});

WebAssembly.compile(addModule).then((module) => {
  settled++;
  const [fn] = WebAssembly.Module.exports(module);
  assert.deepStrictEqual([fn.name, fn.kind], ['add', 'function']);
});

WebAssembly.compile(new Uint8Array([1, 2, 3])).then(assert.fail, (err) => {
  settled++;
  assert(err instanceof WebAssembly.CompileError);
});

// With nothing else to do, the process waits for the result, and a
// rejection nobody handles still ends the process as unhandled.
const child = spawnSync(process.execPath, ['-e', `
  WebAssembly.instantiate(new Uint8Array(${JSON.stringify([...addModule])}))
    .then(({ instance }) => console.log(instance.exports.add(20, 22)));
`], { encoding: 'utf8' });
assert.strictEqual(child.stdout, '42\n');
assert.strictEqual(child.status, 0);
const rejected = spawnSync(process.execPath, ['-e', 'WebAssembly.compile(new Uint8Array(4))'], { encoding: 'utf8' });
assert.strictEqual(rejected.status, 1);
assert.match(rejected.stderr, /CompileError/);

const registry = spawnSync(process.execPath, ['--expose-gc', '-e', `
  const registry = new FinalizationRegistry((held) => console.log('finalized', held));
  (() => { registry.register({}, 'token'); })();
  setTimeout(() => { gc(); setTimeout(() => {}, 200); }, 10);
`], { encoding: 'utf8' });
assert.strictEqual(registry.stdout, 'finalized token\n');
