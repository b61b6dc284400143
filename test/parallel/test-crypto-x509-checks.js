'use strict';
// X509Certificate's checks (checkHost with its options, checkEmail, checkIP,
// checkIssued, checkPrivateKey, verify) and the errors for bad arguments and
// unparsable certificates, on the certificates in test/fixtures/x509.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const { X509Certificate } = crypto;
const dir = path.join(__dirname, '..', 'fixtures', 'x509');
const read = (name) => fs.readFileSync(path.join(dir, name));

const ca = new X509Certificate(read('ca-cert.pem'));
const leaf = new X509Certificate(read('leaf-cert.pem'));
const ec = new X509Certificate(read('ec-cert.pem'));
const ed = new X509Certificate(read('ed25519-cert.pem'));

// checkHost: the matching name, or undefined.
assert.strictEqual(leaf.checkHost('leaf.example.com'), 'leaf.example.com');
assert.strictEqual(leaf.checkHost('LEAF.example.com'), 'leaf.example.com');
assert.strictEqual(leaf.checkHost('a.wild.example.com'), '*.wild.example.com');
assert.strictEqual(leaf.checkHost('a.wild.example.com', { wildcards: false }), undefined);
assert.strictEqual(leaf.checkHost('a.b.wild.example.com'), undefined);
assert.strictEqual(leaf.checkHost('a.b.wild.example.com', { multiLabelWildcards: true }), '*.wild.example.com');
assert.strictEqual(leaf.checkHost('good.com'), undefined);
assert.strictEqual(leaf.checkHost('example.com'), undefined);
assert.strictEqual(leaf.checkHost(''), undefined);
// The subject's CN counts only without DNS names, unless subject: 'always'.
assert.strictEqual(ec.checkHost('kiln-\u00ebc'), 'kiln-\u00c3\u00abc');
assert.strictEqual(ec.checkHost('kiln-\u00ebc', { subject: 'never' }), undefined);
assert.strictEqual(ed.checkHost('kiln-ed25519'), 'kiln-ed25519');
assert.strictEqual(ed.checkHost('kiln-ed25519', { subject: 'never' }), undefined);
assert.strictEqual(ed.checkHost('kiln-ed25519', { subject: 'always' }), 'kiln-ed25519');
assert.strictEqual(ed.checkHost('kiln-ed25519', {
  subject: 'default', wildcards: true, partialWildcards: false, multiLabelWildcards: false,
  singleLabelSubdomains: true,
}), 'kiln-ed25519');

// checkEmail and checkIP: the argument, or undefined.
assert.strictEqual(leaf.checkEmail('leaf@example.com'), 'leaf@example.com');
assert.strictEqual(leaf.checkEmail('other@example.com'), undefined);
assert.strictEqual(leaf.checkEmail('leaf@example.com', { subject: 'never' }), 'leaf@example.com');
assert.strictEqual(ca.checkEmail('leaf@example.com'), undefined);
assert.strictEqual(leaf.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(leaf.checkIP('2001:db8::1'), '2001:db8::1');
assert.strictEqual(leaf.checkIP('2001:DB8:0:0::1'), '2001:DB8:0:0::1');
assert.strictEqual(leaf.checkIP('127.0.0.2'), undefined);
assert.strictEqual(ca.checkIP('127.0.0.1'), undefined);

const invalidName = { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid name' };
assert.throws(() => leaf.checkIP('not an ip'), invalidName);
assert.throws(() => leaf.checkIP(''), invalidName);
assert.throws(() => leaf.checkHost('a\0b'), invalidName);
assert.throws(() => leaf.checkEmail('a\0b'), invalidName);

// Argument validation.
assert.throws(() => leaf.checkHost(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type number (1)',
});
assert.throws(() => leaf.checkHost('a', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => leaf.checkHost('a', { subject: 'bad' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.subject' is invalid. Received 'bad'",
});
for (const option of ['wildcards', 'partialWildcards', 'multiLabelWildcards', 'singleLabelSubdomains']) {
  assert.throws(() => leaf.checkHost('a', { [option]: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options.${option}" property must be of type boolean. Received type number (1)`,
  });
}
assert.throws(() => leaf.checkEmail(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "email" argument must be of type string. Received type number (1)',
});
assert.throws(() => leaf.checkIP(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ip" argument must be of type string. Received type number (1)',
});

// checkIssued and verify: the CA signed the leaf; the self-signed ones
// signed themselves.
assert.strictEqual(leaf.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(leaf), false);
assert.strictEqual(leaf.checkIssued(ec), false);
assert.strictEqual(leaf.verify(ca.publicKey), true);
assert.strictEqual(leaf.verify(leaf.publicKey), false);
assert.strictEqual(leaf.verify(ec.publicKey), false);
assert.strictEqual(ec.verify(ec.publicKey), true);
assert.strictEqual(ed.verify(ed.publicKey), true);
assert.strictEqual(ed.verify(crypto.createPublicKey(read('ed25519-key.pem'))), true);
assert.throws(() => leaf.checkIssued({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherCert" argument must be an instance of X509Certificate. Received an instance of Object',
});
assert.throws(() => leaf.checkIssued(leaf.toString()), { code: 'ERR_INVALID_ARG_TYPE' });

// checkPrivateKey: whether the key is the certificate's.
const keys = ['ca', 'leaf', 'ec', 'ed25519'].map((n) => crypto.createPrivateKey(read(`${n}-key.pem`)));
const certs = [ca, leaf, ec, ed];
for (let i = 0; i < certs.length; i++) {
  for (let j = 0; j < keys.length; j++)
    assert.strictEqual(certs[i].checkPrivateKey(keys[j]), i === j, `cert ${i} key ${j}`);
}
assert.throws(() => leaf.checkPrivateKey(leaf.publicKey), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => leaf.checkPrivateKey('key'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"pkey\" argument must be an instance of KeyObject. Received type string ('key')",
});
assert.throws(() => leaf.verify(keys[0]), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => leaf.verify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pkey" argument must be an instance of KeyObject. Received type number (1)',
});
assert.throws(() => leaf.verify(crypto.createSecretKey(Buffer.alloc(16))), { code: 'ERR_INVALID_ARG_VALUE' });

// The constructor: strings and views only; OpenSSL's error for bad bytes.
for (const bad of [1, null, undefined, {}, new ArrayBuffer(4), [1, 2]]) {
  assert.throws(() => new X509Certificate(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView\./,
  });
}
for (const bad of ['garbage', Buffer.alloc(0), Buffer.from([0x30, 0x03, 1, 2, 3])]) {
  assert.throws(() => new X509Certificate(bad), {
    name: 'Error',
    code: 'ERR_OSSL_PEM_NO_START_LINE',
    message: 'error:0480006C:PEM routines::no start line',
    library: 'PEM routines',
    reason: 'no start line',
  });
}
assert.throws(() => new X509Certificate('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'), {
  code: 'ERR_OSSL_ASN1_WRONG_TAG',
  message: 'error:068000A8:asn1 encoding routines::wrong tag',
});
// A private key is not a certificate.
assert.throws(() => new X509Certificate(read('leaf-key.pem')), { code: 'ERR_OSSL_PEM_NO_START_LINE' });
// A truncated DER certificate, or one after junk: the PEM reader's error.
assert.throws(() => new X509Certificate(read('leaf-cert.der').subarray(0, 100)),
              { code: 'ERR_OSSL_PEM_NO_START_LINE' });
assert.throws(() => new X509Certificate(Buffer.concat([Buffer.from('junk'), read('leaf-cert.der')])),
              { code: 'ERR_OSSL_PEM_NO_START_LINE' });
// Bytes after a DER certificate are ignored.
assert.strictEqual(new X509Certificate(Buffer.concat([read('leaf-cert.der'), Buffer.from('junk')])).serialNumber,
                   'AB12CD34');
// The call after a failure still works (no OpenSSL error left queued).
assert.strictEqual(new X509Certificate(read('ca-cert.pem')).serialNumber, '1001');
assert.throws(() => X509Certificate(read('ca-cert.pem')), TypeError);
