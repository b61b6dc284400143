'use strict';
// The methods of native handles user code can reach (net's, a child
// process's, dgram's, zlib's, crypto's) throw a TypeError when called on
// something that is not such a handle, as Node's do, instead of ending the
// process.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const dgram = require('dgram');
const zlib = require('zlib');
const crypto = require('crypto');
const { spawn } = require('child_process');

function checkMethods(label, handle) {
  assert.ok(handle && typeof handle === 'object', label);
  let proto = Object.getPrototypeOf(handle);
  let count = 0;
  const seen = new Set();
  while (proto && proto !== Object.prototype) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (key === 'constructor' || seen.has(key) || typeof d.value !== 'function') continue;
      seen.add(key);
      assert.throws(() => d.value.call({}), TypeError, `${label}.${key}`);
      count++;
    }
    proto = Object.getPrototypeOf(proto);
  }
  assert.ok(count > 0, label);
}

// The handles behind symbol-keyed properties (crypto, dgram).
function symbolHandles(obj) {
  return Object.getOwnPropertySymbols(obj).map((s) => obj[s])
    .filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v) &&
                   Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null);
}

const server = net.createServer().listen(0, common.mustCall(() => {
  checkMethods('tcp', server._handle);
  server.close();
}));

const child = spawn(process.execPath, ['-e', '0']);
checkMethods('process', child._handle);
child.on('exit', common.mustCall());

const socket = dgram.createSocket('udp4');
socket.bind(0, common.mustCall(() => {
  const state = Object.getOwnPropertySymbols(socket).map((s) => socket[s])
    .find((v) => v && typeof v === 'object' && v.handle);
  checkMethods('udp', state.handle);
  socket.close();
}));

checkMethods('zlib', zlib.createGzip()._handle);

const cipher = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
for (const h of symbolHandles(cipher)) checkMethods('cipher', h);
const hash = crypto.createHash('sha256');
for (const h of symbolHandles(hash)) checkMethods('hash', h);
