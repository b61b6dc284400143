'use strict';
// One crypto workload per run, timed inside the process (startup excluded):
//   sha256     sha256 of 256 MiB in 64 KiB updates
//   sha1small  sha1 hex digests of 100k small strings
//   md5small   md5 hex digests of 100k small strings
//   hmacsmall  HMAC-SHA256 hex of 100k small messages
//   hashsmall  crypto.hash('sha1', s) of 100k small strings (the one-shot API)
//   bufsmall   sha256 Buffer digests of 100k small Buffers
//   b64small   sha1 base64 digests of 100k small strings, two updates each
//   gcm        aes-256-gcm encryption of 256 MiB in 64 KiB updates
//   pbkdf2     pbkdf2Sync sha256, 100k iterations, 32 bytes
// Prints "<name>: <ms> ms".
const crypto = require('crypto');

const which = process.argv[2];
const chunk = Buffer.alloc(64 * 1024, 'k');
const small = [];
for (let i = 0; i < 100; i++) small.push(`user-${i}-session-token-${i * 7919}`);

const work = {
  sha256() {
    const h = crypto.createHash('sha256');
    for (let i = 0; i < 4096; i++) h.update(chunk);
    return h.digest('hex');
  },
  sha1small() {
    let x = '';
    for (let i = 0; i < 100000; i++) x = crypto.createHash('sha1').update(small[i % 100]).digest('hex');
    return x;
  },
  md5small() {
    let x = '';
    for (let i = 0; i < 100000; i++) x = crypto.createHash('md5').update(small[i % 100]).digest('hex');
    return x;
  },
  hmacsmall() {
    let x = '';
    for (let i = 0; i < 100000; i++) x = crypto.createHmac('sha256', 'secret-key').update(small[i % 100]).digest('hex');
    return x;
  },
  hashsmall() {
    let x = '';
    for (let i = 0; i < 100000; i++) x = crypto.hash('sha1', small[i % 100]);
    return x;
  },
  bufsmall() {
    const bufs = small.map((s) => Buffer.from(s));
    let x;
    for (let i = 0; i < 100000; i++) x = crypto.createHash('sha256').update(bufs[i % 100]).digest();
    return x;
  },
  b64small() {
    let x = '';
    for (let i = 0; i < 100000; i++) x = crypto.createHash('sha1').update('salt:').update(small[i % 100]).digest('base64');
    return x;
  },
  gcm() {
    const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2));
    let n = 0;
    for (let i = 0; i < 4096; i++) n += c.update(chunk).length;
    c.final();
    return n + c.getAuthTag().length;
  },
  pbkdf2() {
    return crypto.pbkdf2Sync('password', 'salt', 100000, 32, 'sha256').length;
  },
};

if (!work[which]) {
  console.error(`unknown workload ${which}; one of ${Object.keys(work).join(' ')}`);
  process.exit(2);
}
const t0 = process.hrtime.bigint();
work[which]();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`${which}: ${ms.toFixed(1)} ms`);
