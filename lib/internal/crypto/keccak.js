'use strict';
// cSHAKE and KMAC (NIST SP 800-185) where OpenSSL 3.0 has no way to ask
// for them: cSHAKE with a customization string, KMAC of a length that is
// not whole bytes. Keccak-f[1600] over 64-bit lanes kept as two 32-bit
// halves (lo, hi) in a Uint32Array; the round constants and rotation
// offsets are derived as FIPS 202 defines them.

// rc(t): the output bit of FIPS 202's LFSR (x^8 + x^6 + x^5 + x^4 + 1)
function rcBit(t) {
  if (t % 255 === 0) return 1;
  let r = 0x01;
  for (let i = 1; i <= t % 255; i++) {
    r <<= 1;
    if (r & 0x100) r ^= 0x171;
  }
  return r & 1;
}

const kRoundLo = new Uint32Array(24);
const kRoundHi = new Uint32Array(24);
for (let round = 0; round < 24; round++) {
  for (let j = 0; j <= 6; j++) {
    if (!rcBit(j + 7 * round)) continue;
    const bit = (1 << j) - 1; // 0, 1, 3, 7, 15, 31, 63
    if (bit < 32) kRoundLo[round] |= 1 << bit;
    else kRoundHi[round] |= 1 << (bit - 32);
  }
}

// rho offsets by lane (x + 5y) and the pi destination of each lane
const kRho = new Uint8Array(25);
const kPi = new Uint8Array(25);
{
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    kRho[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  for (let lx = 0; lx < 5; lx++) {
    for (let ly = 0; ly < 5; ly++) kPi[lx + 5 * ly] = ly + 5 * ((2 * lx + 3 * ly) % 5);
  }
}

const c = new Uint32Array(10);
const b = new Uint32Array(50);

function permute(s) {
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      let lo = 0, hi = 0;
      for (let y = 0; y < 25; y += 5) {
        lo ^= s[2 * (x + y)];
        hi ^= s[2 * (x + y) + 1];
      }
      c[2 * x] = lo;
      c[2 * x + 1] = hi;
    }
    for (let x = 0; x < 5; x++) {
      const l1 = c[2 * ((x + 1) % 5)], h1 = c[2 * ((x + 1) % 5) + 1];
      const dLo = c[2 * ((x + 4) % 5)] ^ ((l1 << 1) | (h1 >>> 31));
      const dHi = c[2 * ((x + 4) % 5) + 1] ^ ((h1 << 1) | (l1 >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] ^= dLo;
        s[2 * (x + y) + 1] ^= dHi;
      }
    }
    // rho and pi
    for (let i = 0; i < 25; i++) {
      let lo = s[2 * i], hi = s[2 * i + 1];
      let n = kRho[i];
      if (n >= 32) {
        const t = lo;
        lo = hi;
        hi = t;
        n -= 32;
      }
      if (n > 0) {
        const nl = (lo << n) | (hi >>> (32 - n));
        hi = (hi << n) | (lo >>> (32 - n));
        lo = nl;
      }
      b[2 * kPi[i]] = lo;
      b[2 * kPi[i] + 1] = hi;
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = x + y, i1 = ((x + 1) % 5) + y, i2 = ((x + 2) % 5) + y;
        s[2 * i] = b[2 * i] ^ (~b[2 * i1] & b[2 * i2]);
        s[2 * i + 1] = b[2 * i + 1] ^ (~b[2 * i1 + 1] & b[2 * i2 + 1]);
      }
    }
    // iota
    s[0] ^= kRoundLo[round];
    s[1] ^= kRoundHi[round];
  }
}

// The sponge over the parts (Uint8Arrays) with a domain suffix byte; out
// bytes of output.
function sponge(rate, parts, suffix, outLength) {
  const s = new Uint32Array(50);
  const block = new Uint8Array(rate);
  let fill = 0;
  const absorb = () => {
    for (let i = 0; i < rate; i += 4) {
      s[i >> 2] ^= block[i] | (block[i + 1] << 8) | (block[i + 2] << 16) | (block[i + 3] << 24);
    }
    permute(s);
    block.fill(0);
    fill = 0;
  };
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      block[fill++] = part[i];
      if (fill === rate) absorb();
    }
  }
  block[fill] ^= suffix;
  block[rate - 1] ^= 0x80;
  absorb();
  const out = new Uint8Array(outLength);
  for (let off = 0; off < outLength; off += rate) {
    if (off > 0) permute(s);
    for (let i = 0; i < rate && off + i < outLength; i++) out[off + i] = (s[i >> 2] >>> (8 * (i & 3))) & 0xff;
  }
  return out;
}

function bytesOfNumber(x) {
  const out = [];
  do {
    out.unshift(x % 256);
    x = Math.floor(x / 256);
  } while (x > 0);
  return out;
}

const leftEncode = (x) => {
  const v = bytesOfNumber(x);
  return Uint8Array.from([v.length, ...v]);
};
const rightEncode = (x) => {
  const v = bytesOfNumber(x);
  return Uint8Array.from([...v, v.length]);
};
const encodeString = (bytes) => [leftEncode(bytes.length * 8), bytes];

function bytepad(parts, w) {
  const head = leftEncode(w);
  let len = head.length;
  for (const p of parts) len += p.length;
  return [head, ...parts, new Uint8Array((w - (len % w)) % w)];
}

// cSHAKE128/256 of data: outBits of output (the last byte's unused low bits
// cleared), function name and customization as bytes.
function cshake(variant, data, outBits, name, custom) {
  const rate = variant === 128 ? 168 : 136;
  const outLength = Math.ceil(outBits / 8);
  let out;
  if (name.length === 0 && custom.length === 0) {
    out = sponge(rate, [data], 0x1f, outLength); // SHAKE
  } else {
    out = sponge(rate, [...bytepad([...encodeString(name), ...encodeString(custom)], rate), data], 0x04, outLength);
  }
  if (outBits % 8) out[outLength - 1] &= (0xff << (8 - (outBits % 8))) & 0xff;
  return out;
}

const kKmacName = new Uint8Array([0x4b, 0x4d, 0x41, 0x43]); // "KMAC"

function kmac(variant, key, data, outBits, custom) {
  const rate = variant === 128 ? 168 : 136;
  const parts = [...bytepad(encodeString(key), rate), data, rightEncode(outBits)];
  let len = 0;
  for (const p of parts) len += p.length;
  const input = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    input.set(p, off);
    off += p.length;
  }
  return cshake(variant, input, outBits, kKmacName, custom);
}

module.exports = { cshake, kmac };
