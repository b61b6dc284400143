'use strict';
// An X509Certificate survives structuredClone and postMessage as a new
// certificate with the same contents, as in Node.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { X509Certificate } = require('crypto');

const dir = path.join(__dirname, '..', 'fixtures', 'x509');
const pem = fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('cert.pem'))));
const cert = new X509Certificate(pem);

const copy = structuredClone(cert);
assert(copy instanceof X509Certificate);
assert.notStrictEqual(copy, cert);
assert.strictEqual(copy.fingerprint256, cert.fingerprint256);
assert.deepStrictEqual(copy.raw, cert.raw);

const { port1, port2 } = new MessageChannel();
port2.once('message', ({ cert: received }) => {
  assert(received instanceof X509Certificate);
  assert.strictEqual(received.subject, cert.subject);
  assert.strictEqual(received.serialNumber, cert.serialNumber);
  port1.close();
});
port1.postMessage({ cert });
