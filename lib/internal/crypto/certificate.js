'use strict';
// Certificate: the SPKAC (signed public key and challenge) helpers, static
// and, for old code, on instances.

const { binding, bufferOf, getArrayBufferOrView } = require('internal/crypto/util');
const { codes } = require('internal/errors');

function spkacBytes(spkac, encoding) {
  const bytes = getArrayBufferOrView(spkac, 'spkac', encoding);
  if (bytes.byteLength > 2 ** 31 - 1) {
    throw new codes.ERR_OUT_OF_RANGE('spkac', '<= 2**31 - 1', bytes.byteLength);
  }
  return bytes;
}

function verifySpkac(spkac, encoding) {
  return binding.spkac(0, spkacBytes(spkac, encoding));
}

function exportPublicKey(spkac, encoding) {
  const r = binding.spkac(1, spkacBytes(spkac, encoding));
  return r === null ? '' : bufferOf(r);
}

function exportChallenge(spkac, encoding) {
  const r = binding.spkac(2, spkacBytes(spkac, encoding));
  return r === null ? '' : bufferOf(r);
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.verifySpkac = verifySpkac;
Certificate.exportPublicKey = exportPublicKey;
Certificate.exportChallenge = exportChallenge;

module.exports = { Certificate };
