'use strict';
// WebAssembly.compileStreaming and instantiateStreaming take a fetch
// Response, or a promise of one, with Node's checks and errors.
const assert = require('assert');

// (module (func (export "answer") (result i32) i32.const 42))
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
  0x03, 0x02, 0x01, 0x00,
  0x07, 0x0a, 0x01, 0x06, 0x61, 0x6e, 0x73, 0x77, 0x65, 0x72, 0x00, 0x00,
  0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,
]);
const wasm = (body = bytes, init = {}) =>
  new Response(body, { ...init, headers: { 'content-type': 'application/wasm', ...init.headers } });
const responseError = (message) => ({ name: 'TypeError', code: 'ERR_WEBASSEMBLY_RESPONSE', message });

assert.strictEqual(WebAssembly.compileStreaming.length, 1);
assert.strictEqual(WebAssembly.instantiateStreaming.length, 1);
assert.strictEqual(WebAssembly.instantiateStreaming.name, 'instantiateStreaming');

(async () => {
  const module = await WebAssembly.compileStreaming(wasm());
  assert(module instanceof WebAssembly.Module);
  const { instance } = await WebAssembly.instantiateStreaming(Promise.resolve(wasm()), {});
  assert.strictEqual(instance.exports.answer(), 42);

  await assert.rejects(WebAssembly.compileStreaming(wasm(bytes, { headers: { 'content-type': 'text/plain' } })),
                       responseError("WebAssembly response has unsupported MIME type 'text/plain'"));
  await assert.rejects(WebAssembly.compileStreaming(wasm(bytes, { headers: { 'content-type': 'Application/WASM' } })),
                       responseError("WebAssembly response has unsupported MIME type 'Application/WASM'"));
  await assert.rejects(WebAssembly.instantiateStreaming(wasm(bytes, { status: 404 })),
                       responseError('WebAssembly response has status code 404'));
  const used = wasm();
  await used.arrayBuffer();
  await assert.rejects(WebAssembly.compileStreaming(used), responseError('WebAssembly response body has already been used'));
  for (const source of [42, Promise.resolve({})]) {
    await assert.rejects(WebAssembly.compileStreaming(source), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "source" argument must be an instance of Response or an Promise resolving to Response\. Received /,
    });
  }
  await assert.rejects(WebAssembly.compileStreaming(wasm(new Uint8Array([1, 2, 3]))), WebAssembly.CompileError);
})();
