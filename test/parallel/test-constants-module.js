'use strict';
// node:constants (deprecated in documentation only, still required by
// graceful-fs and others): os.constants' tables, fs.constants and
// crypto.constants in one frozen object. And
// crypto.constants itself: one object, read-only, with OpenSSL's values and
// Node's cipher lists (defaultCipherList a property that settles on first
// read or write).
require('../common');
const assert = require('assert');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const constants = require('constants'); // (after crypto)

assert.strictEqual(require('node:constants'), constants);
assert.ok(require('module').builtinModules.includes('constants'));
assert.ok(Object.isFrozen(constants));
assert.strictEqual(Object.getPrototypeOf(constants), Object.prototype);
const expected = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority,
                               os.constants.signals, fs.constants);
Object.assign(expected, crypto.constants);
assert.deepStrictEqual({ ...constants }, expected);
assert.strictEqual(constants.ENOENT, os.constants.errno.ENOENT);
assert.strictEqual(constants.SIGTERM, 15);
assert.strictEqual(constants.O_RDONLY, fs.constants.O_RDONLY);
// defaultCipherList is there only when node:crypto was loaded first (as
// above), as in Node.
const keysOf = (code) => spawnSync(process.execPath, ['-p', code], { encoding: 'utf8' }).stdout;
assert.strictEqual(keysOf('Object.keys(require("constants")).includes("defaultCipherList")'), 'false\n');
assert.strictEqual(keysOf('require("crypto"); Object.keys(require("constants")).includes("defaultCipherList")'), 'true\n');

const d = Object.getOwnPropertyDescriptor(crypto, 'constants');
assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [false, true, false]);
const c = crypto.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.strictEqual(Object.isFrozen(c), false);
assert.deepStrictEqual(Object.keys(c).slice(0, 3), ['OPENSSL_VERSION_NUMBER', 'SSL_OP_ALL', 'SSL_OP_ALLOW_NO_DHE_KEX']);
assert.ok(c.OPENSSL_VERSION_NUMBER >= 0x30000000);
assert.deepStrictEqual(
  [c.SSL_OP_NO_SSLv2, c.SSL_OP_NO_TLSv1_3, c.SSL_OP_NO_TICKET, c.ENGINE_METHOD_ALL, c.DH_CHECK_P_NOT_PRIME,
   c.RSA_PKCS1_PADDING, c.RSA_SSLV23_PADDING, c.RSA_PKCS1_PSS_PADDING, c.RSA_PSS_SALTLEN_AUTO,
   c.TLS1_VERSION, c.TLS1_3_VERSION, c.POINT_CONVERSION_HYBRID],
  [0, 0x20000000, 0x4000, 0xffff, 1, 1, 2, 6, -2, 0x301, 0x304, 6]);
assert.strictEqual(Object.keys(c).at(-1), 'defaultCipherList');
assert.match(c.defaultCoreCipherList, /^TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:.*:!CAMELLIA$/);
// Read above (node:constants copied it): a plain property since; before
// the first read, an accessor.
assert.strictEqual(c.defaultCipherList, c.defaultCoreCipherList);
assert.strictEqual(Object.getOwnPropertyDescriptor(c, 'defaultCipherList').writable, true);
assert.strictEqual(keysOf('typeof Object.getOwnPropertyDescriptor(require("crypto").constants, "defaultCipherList").get'),
                   'function\n');
c.defaultCipherList = 'HIGH';
assert.strictEqual(c.defaultCipherList, 'HIGH');

// --tls-cipher-list sets the default.
const r = spawnSync(process.execPath, ['--tls-cipher-list=AES128-SHA', '-p', 'require("crypto").constants.defaultCipherList'],
                    { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'AES128-SHA\n');
