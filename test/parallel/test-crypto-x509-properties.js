'use strict';
// crypto.X509Certificate's fields on the certificates in test/fixtures/x509
// (RSA CA and leaf, EC P-256, Ed25519): names, alternative names (with the
// escaping of an ambiguous entry), information access, validity, digests,
// serial number, key usage, raw/PEM forms, the public key, util.inspect and
// toLegacyObject. Expected values are Node 24's output for these files.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const util = require('util');

const { X509Certificate } = crypto;
const dir = path.join(__dirname, '..', 'fixtures', 'x509');
const read = (name) => fs.readFileSync(path.join(dir, name));

const ca = new X509Certificate(read('ca-cert.pem'));
const leaf = new X509Certificate(read('leaf-cert.pem'));
const leafDer = new X509Certificate(read('leaf-cert.der'));
const leafFromString = new X509Certificate(read('leaf-cert.pem').toString());
const ec = new X509Certificate(read('ec-cert.pem'));
const ed = new X509Certificate(read('ed25519-cert.pem'));

assert.strictEqual(typeof X509Certificate, 'function');
assert.strictEqual(require('crypto').X509Certificate, X509Certificate);

// Names: one "type=value" a line, in certificate order; UTF-8 kept.
assert.strictEqual(ca.subject, 'C=NL\nO=Kiln Test CA\nCN=kiln-ca');
assert.strictEqual(ca.issuer, ca.subject);
assert.strictEqual(leaf.subject, 'C=NL\nST=Noord-Holland\nO=Kiln\nOU=Runtime\nOU=Tests\n' +
                   'CN=leaf.example.com\nemailAddress=leaf@example.com');
assert.strictEqual(leaf.issuer, ca.subject);
assert.strictEqual(ec.subject, 'CN=kiln-\u00ebc\nO=Kiln');
assert.strictEqual(ed.subject, 'CN=kiln-ed25519');

// subjectAltName: an entry holding ", " is quoted and its comma escaped so
// the list cannot be misread; IPv6 addresses in full, upper case.
assert.strictEqual(leaf.subjectAltName,
                   'DNS:leaf.example.com, DNS:*.wild.example.com, IP Address:127.0.0.1, ' +
                   'IP Address:2001:DB8:0:0:0:0:0:1, email:leaf@example.com, URI:http://example.com/a, ' +
                   'DNS:"evil.com\\u002c DNS:good.com", Registered ID:1.2.3.4');
assert.strictEqual(ca.subjectAltName, undefined);
assert.strictEqual(leaf.infoAccess,
                   'OCSP - URI:http://ocsp.example.com/\nCA Issuers - URI:http://ca.example.com/ca.pem');
assert.strictEqual(ca.infoAccess, undefined);
assert.strictEqual(leaf.issuerCertificate, undefined);

// Validity, as OpenSSL prints it and as Dates.
assert.strictEqual(leaf.validFrom, 'Nov 27 19:33:35 2026 GMT');
assert.strictEqual(leaf.validTo, 'Nov  3 19:33:35 2126 GMT');
assert.ok(leaf.validFromDate instanceof Date);
assert.strictEqual(leaf.validFromDate.toISOString(), '2026-11-27T19:33:35.000Z');
assert.strictEqual(leaf.validToDate.toISOString(), '2126-11-03T19:33:35.000Z');
assert.strictEqual(ca.validToDate.getTime(), Date.parse('2126-11-03T19:33:30Z'));

// Digests of the DER, upper-case hex pairs joined by colons.
function colonHex(algorithm, bytes) {
  return crypto.createHash(algorithm).update(bytes).digest('hex').toUpperCase().match(/../g).join(':');
}
for (const cert of [ca, leaf, ec, ed]) {
  assert.strictEqual(cert.fingerprint, colonHex('sha1', cert.raw));
  assert.strictEqual(cert.fingerprint256, colonHex('sha256', cert.raw));
  assert.strictEqual(cert.fingerprint512, colonHex('sha512', cert.raw));
}
assert.strictEqual(leaf.fingerprint, '10:D4:0E:45:27:BB:54:01:82:A4:BE:42:BA:33:C3:75:DD:00:12:A1');
assert.strictEqual(ec.fingerprint256, '43:66:D9:A6:92:3F:20:1B:A5:18:DB:9A:BF:12:35:B2:' +
                   '74:FF:03:E3:CE:4C:D9:79:CA:AE:06:97:FD:27:2F:2D');

// Serial numbers in whole bytes; key usage as OIDs.
assert.strictEqual(leaf.serialNumber, 'AB12CD34');
assert.strictEqual(ca.serialNumber, '1001');
assert.strictEqual(ec.serialNumber, '07');
assert.deepStrictEqual(leaf.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2', '1.3.6.1.4.1.99999.1']);
assert.strictEqual(ca.keyUsage, undefined);
assert.strictEqual(ca.ca, true);
assert.strictEqual(leaf.ca, false);
assert.strictEqual(leaf.signatureAlgorithm, 'sha256WithRSAEncryption');
assert.strictEqual(leaf.signatureAlgorithmOid, '1.2.840.113549.1.1.11');
assert.strictEqual(ec.signatureAlgorithm, 'ecdsa-with-SHA256');
assert.strictEqual(ed.signatureAlgorithm, 'ED25519');
assert.strictEqual(ed.signatureAlgorithmOid, '1.3.101.112');

// PEM, DER and string input make the same certificate.
assert.ok(Buffer.isBuffer(leaf.raw));
assert.deepStrictEqual(leaf.raw, read('leaf-cert.der'));
assert.strictEqual(leaf.raw, leaf.raw);
assert.deepStrictEqual(leafDer.raw, leaf.raw);
assert.strictEqual(leafFromString.fingerprint256, leaf.fingerprint256);
assert.strictEqual(leafDer.toString(), read('leaf-cert.pem').toString());
assert.strictEqual(leaf.toJSON(), leaf.toString());
assert.strictEqual(JSON.stringify({ leaf }), JSON.stringify({ leaf: leaf.toString() }));
assert.strictEqual(new X509Certificate(new Uint8Array(read('leaf-cert.der'))).subject, leaf.subject);
const der = read('leaf-cert.der');
assert.strictEqual(new X509Certificate(new DataView(der.buffer, der.byteOffset, der.length)).subject,
                   leaf.subject);

// The public key is a KeyObject, the same one each time.
assert.ok(leaf.publicKey instanceof crypto.KeyObject);
assert.strictEqual(leaf.publicKey, leaf.publicKey);
assert.strictEqual(leaf.publicKey.type, 'public');
assert.strictEqual(leaf.publicKey.asymmetricKeyType, 'rsa');
assert.strictEqual(ec.publicKey.asymmetricKeyType, 'ec');
assert.strictEqual(ed.publicKey.asymmetricKeyType, 'ed25519');
assert.ok(leaf.publicKey.equals(crypto.createPublicKey(read('leaf-key.pem'))));
assert.ok(ec.publicKey.equals(crypto.createPublicKey(read('ec-key.pem'))));
assert.ok(!leaf.publicKey.equals(ca.publicKey));

// util.inspect
assert.strictEqual(util.inspect(ca),
                   'X509Certificate {\n' +
                   "  subject: 'C=NL\\nO=Kiln Test CA\\nCN=kiln-ca',\n" +
                   '  subjectAltName: undefined,\n' +
                   "  issuer: 'C=NL\\nO=Kiln Test CA\\nCN=kiln-ca',\n" +
                   '  infoAccess: undefined,\n' +
                   "  validFrom: 'Nov 27 19:33:30 2026 GMT',\n" +
                   "  validTo: 'Nov  3 19:33:30 2126 GMT',\n" +
                   '  validFromDate: 2026-11-27T19:33:30.000Z,\n' +
                   '  validToDate: 2126-11-03T19:33:30.000Z,\n' +
                   `  fingerprint: '${ca.fingerprint}',\n` +
                   `  fingerprint256: '${ca.fingerprint256}',\n` +
                   `  fingerprint512: '${ca.fingerprint512}',\n` +
                   '  keyUsage: undefined,\n' +
                   "  serialNumber: '1001',\n" +
                   "  signatureAlgorithm: 'sha256WithRSAEncryption',\n" +
                   "  signatureAlgorithmOid: '1.2.840.113549.1.1.11'\n" +
                   '}');
assert.strictEqual(util.inspect({ ca }, { depth: 0 }), '{ ca: [X509Certificate] }');

// toLegacyObject: the shape of tls getPeerCertificate().
const legacy = leaf.toLegacyObject();
assert.deepStrictEqual(Object.keys(legacy), [
  'subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca', 'modulus', 'exponent', 'pubkey', 'bits',
  'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512', 'ext_key_usage',
  'serialNumber', 'raw', 'asn1Curve', 'nistCurve',
]);
assert.strictEqual(Object.getPrototypeOf(legacy.subject), null);
assert.deepStrictEqual({ ...legacy.subject }, {
  C: 'NL', ST: 'Noord-Holland', O: 'Kiln', OU: ['Runtime', 'Tests'],
  CN: 'leaf.example.com', emailAddress: 'leaf@example.com',
});
assert.deepStrictEqual({ ...legacy.issuer }, { C: 'NL', O: 'Kiln Test CA', CN: 'kiln-ca' });
assert.strictEqual(legacy.subjectaltname, leaf.subjectAltName);
assert.deepStrictEqual({ ...legacy.infoAccess }, {
  'OCSP - URI': ['http://ocsp.example.com/'],
  'CA Issuers - URI': ['http://ca.example.com/ca.pem'],
});
assert.strictEqual(legacy.ca, false);
assert.strictEqual(legacy.bits, 2048);
assert.strictEqual(legacy.exponent, '0x10001');
const jwk = leaf.publicKey.export({ format: 'jwk' });
assert.strictEqual(legacy.modulus, Buffer.from(jwk.n, 'base64url').toString('hex').toUpperCase());
assert.deepStrictEqual(legacy.pubkey, leaf.publicKey.export({ type: 'spki', format: 'der' }));
assert.deepStrictEqual(legacy.raw, leaf.raw);
assert.notStrictEqual(legacy.raw.buffer, leaf.raw.buffer);
assert.strictEqual(legacy.valid_from, leaf.validFrom);
assert.strictEqual(legacy.fingerprint512, leaf.fingerprint512);
assert.deepStrictEqual(legacy.ext_key_usage, leaf.keyUsage);
assert.strictEqual(legacy.serialNumber, 'AB12CD34');
assert.strictEqual(legacy.asn1Curve, undefined);

const ecLegacy = ec.toLegacyObject();
assert.strictEqual(ecLegacy.asn1Curve, 'prime256v1');
assert.strictEqual(ecLegacy.nistCurve, 'P-256');
assert.strictEqual(ecLegacy.bits, 256);
assert.strictEqual(ecLegacy.modulus, undefined);
const ecJwk = ec.publicKey.export({ format: 'jwk' });
assert.deepStrictEqual(ecLegacy.pubkey, Buffer.concat([Buffer.from([4]), Buffer.from(ecJwk.x, 'base64url'),
                                                       Buffer.from(ecJwk.y, 'base64url')]));
assert.strictEqual(ecLegacy.subject.CN, 'kiln-\u00ebc');
const edLegacy = ed.toLegacyObject();
assert.strictEqual(edLegacy.pubkey, undefined);
assert.strictEqual(edLegacy.bits, undefined);
