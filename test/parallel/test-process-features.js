'use strict';
// process.features is an object of feature flags.
const assert = require('assert');

const f = process.features;
assert.strictEqual(typeof f, 'object');
for (const key of ['inspector', 'debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls_ocsp', 'tls', 'openssl_is_boringssl',
                   'cached_builtins', 'require_module', 'typescript']) {
  assert(key in f, `process.features.${key} is missing`);
}
for (const key of ['debug', 'uv', 'ipv6', 'tls', 'cached_builtins', 'require_module']) {
  assert.strictEqual(typeof f[key], 'boolean', key);
}
assert.strictEqual(f.uv, true);
// require() of ES modules is on in Node 24.
assert.strictEqual(f.require_module, true);
// kiln's crypto is OpenSSL's, as Node's is.
assert.strictEqual(f.openssl_is_boringssl, false);
