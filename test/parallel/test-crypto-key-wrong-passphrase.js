'use strict';
// An encrypted private key read with the wrong passphrase fails as in Node:
// usually with OpenSSL's "bad decrypt" (the padding check fails), also where a
// public key is accepted (its public half would do); for about one passphrase
// in 256 the padding happens to check and the decoder fails instead. The key
// is fixed (a key made at run time made that case strike one run in ~90).
const assert = require('assert');
const crypto = require('crypto');

// rsa 1024, pkcs8, aes-256-cbc, passphrase 'right'.
const privateKey = `-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIC5TBfBgkqhkiG9w0BBQ0wUjAxBgkqhkiG9w0BBQwwJAQQTIy+kH9OZrC7+HIo
ZkxcZwICCAAwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEA2lzFOgfr7V4xEX
jUVBeCQEggKABpBf5Tpr+CZUyN6jbPF1TsMJBdcuJMN6JmeX/Ley+UyhurL7701n
hrgxc0pK9sPL/VrfGdFToMq/3g2Ud5JII22tLNU3yhBW8PB3dgKWuU+1K3D8q8pb
ahSmfKjtASh2Tgi7RoRR5t7JMOaKSU9iwPbBUsAaIJbJvikEO/DfpyhIu0SdaIyA
k6ju2N+EhqM+9aUIFVt83mHxTNSqh97lwlvgPImmKsP9yVNukkOZCtufeteJO6Pg
ThoGnfhaMrZ68/Vy0FJvi6qCv8qZWELviJSqCasCw7cts1kLlRcfdDITCR1A88XQ
GWllJXjkZT4uyhehAIqRKcC4rg+kC6QiQeTqKmiEypsg1Zivl8dfQeas0x+rqx0U
uRA4HIUTc3zW4ZnWHFYXWU767onCvnT7TmJqrKmAspK47nhXzk7sxB9fT1BOFPSs
JgvkL6zCI4NMvmL+/Km8148jYUc0WJbELE6HYeal9maquaMOW+wPnaPmDLDongDR
OrjgV4v4xRUb0+wXss4nz20RciWAMAioZec78JzVLYIGALTod0wqITv5Q+DhNwZ+
rzz8FrU3/iEdf1XzxmKmgUoi3Ce4iqgmDAj0fW6ueSW/u028AbMsetwMiie1/RJM
FD4Fj/szIhqqCToTvY7eCc+JcY9Trpw4iGzeBgfsps1p+0WCpFIA9upXNnM0sTQa
TXUK4bpp9dUsgutv/CI0HTTL0ZRiOnLWDqNxW3PaabDSCvlsxomKz3SWs7I0tYZP
DbQ3T+W364EDVWCPRrx3fPtJF7hM164V/kA2ADgTdLCucjxLQj2uex5FT3hAp30J
gSpStoWBHAiWII2Wv3zwJalYxNxQZyXbuw==
-----END ENCRYPTED PRIVATE KEY-----
`;
const badDecrypt = {
  code: 'ERR_OSSL_BAD_DECRYPT',
  message: 'error:1C800064:Provider routines::bad decrypt',
  library: 'Provider routines',
  reason: 'bad decrypt',
};
const unsupported = {
  code: 'ERR_OSSL_UNSUPPORTED',
  message: 'error:1E08010C:DECODER routines::unsupported',
  library: 'DECODER routines',
  reason: 'unsupported',
};
const data = Buffer.from('hello');

// 'wrong0' fails the padding check, 'wrong330' passes it with garbage.
for (const [passphrase, expected] of [['wrong0', badDecrypt], ['wrong330', unsupported]]) {
  assert.throws(() => crypto.publicEncrypt({ key: privateKey, passphrase }, data), expected);
  assert.throws(() => crypto.privateDecrypt({ key: privateKey, passphrase }, Buffer.alloc(128)), expected);
  assert.throws(() => crypto.createPublicKey({ key: privateKey, passphrase }), expected);
  assert.throws(() => crypto.createPrivateKey({ key: privateKey, passphrase }), expected);
}
assert.throws(() => crypto.createPrivateKey({ key: privateKey }), {
  code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
  message: 'error:07880109:common libcrypto routines::interrupted or cancelled',
});
const encrypted = crypto.publicEncrypt({ key: privateKey, passphrase: 'right' }, data);
assert.strictEqual(crypto.privateDecrypt({ key: privateKey, passphrase: 'right' }, encrypted).toString(), 'hello');
