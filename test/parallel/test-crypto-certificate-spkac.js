'use strict';
// Certificate's SPKAC helpers on an SPKAC made with `openssl spkac` (RSA
// 1024, challenge 'kiln-challenge'): verification, the public key as PEM,
// the challenge, a tampered SPKAC, and argument errors.
const assert = require('assert');
const { Certificate } = require('crypto');

const spkac = 'MIIBSDCBsjCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAmtK1wH5p5OrB6+GBMQ8m33+4YxsXwsgCSFau1O1gHZ8BFs+f' +
  '8qGz1cbmTp+7u2Jt9eXnuHhQPlWXccPIiH+fZBPWDQuT6ePa+7FXL41nDS3NDQ8kl5lBGu27BfnjDEf2ETt3v5N5sdKc4d69' +
  'vDu14xTUfBZXnQzpwGN/vOWnxdMCAwEAARYOa2lsbi1jaGFsbGVuZ2UwDQYJKoZIhvcNAQEEBQADgYEABXEoGoyxSbjjk7d4' +
  'CmZYGHVTUWtwEMn/dxwRo5xkMYjNw9eq4v69B1M0ZY92yVSTflDVdZ2mF6UK8+lvyEG/a1u3euufbBMTeB/RMhPLCPj009oW' +
  'J1VU5MuTiKo9X9BaqAAqRWI+OicgZMYJsh7Vv3mezD898x5ECBX1f+l7QkM=';
const publicPem = '-----BEGIN PUBLIC KEY-----\n' +
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCa0rXAfmnk6sHr4YExDybff7hj\n' +
  'GxfCyAJIVq7U7WAdnwEWz5/yobPVxuZOn7u7Ym315ee4eFA+VZdxw8iIf59kE9YN\n' +
  'C5Pp49r7sVcvjWcNLc0NDySXmUEa7bsF+eMMR/YRO3e/k3mx0pzh3r28O7XjFNR8\n' +
  'FledDOnAY3+85afF0wIDAQAB\n' +
  '-----END PUBLIC KEY-----\n';

for (const c of [Certificate, new Certificate(), Certificate()]) {
  assert.strictEqual(c.verifySpkac(Buffer.from(spkac)), true);
  assert.strictEqual(c.exportPublicKey(spkac).toString(), publicPem);
  assert.strictEqual(c.exportChallenge(new TextEncoder().encode(spkac)).toString(), 'kiln-challenge');
}
// one changed character of the signature fails verification
const bad = spkac.slice(0, -8) + (spkac.at(-8) === 'A' ? 'B' : 'A') + spkac.slice(-7);
assert.strictEqual(Certificate.verifySpkac(Buffer.from(bad)), false);
// not an SPKAC at all
assert.strictEqual(Certificate.verifySpkac(Buffer.from('nope')), false);
assert.strictEqual(Certificate.exportPublicKey('nope'), '');
assert.strictEqual(Certificate.exportChallenge('nope'), '');
for (const v of [1, {}, null, undefined]) {
  assert.throws(() => Certificate.verifySpkac(v), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Certificate.exportChallenge(v), { code: 'ERR_INVALID_ARG_TYPE' });
}
