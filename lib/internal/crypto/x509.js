'use strict';
// crypto.X509Certificate: a certificate (PEM or DER) held as an X509 handle in
// the binding (src/binding/crypto_x509.c). The printed fields come from the
// binding in one call, the first time any of them is read, and are kept.

const { codes } = require('internal/errors');
const { FastBuffer } = require('internal/buffer');
const { binding, codedError } = require('internal/crypto/util');
const { isKeyObject, wrapAsymmetric } = require('internal/crypto/keys');
const { validateBoolean, validateObject, validateString } = require('internal/validators');

const kHandle = Symbol('kHandle');
const kInternalState = Symbol('kInternalState');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const ArrayBufferIsView = ArrayBuffer.isView;

let BufferFrom;
let inspectFn;

function infoOf(cert) {
  const state = cert[kInternalState];
  if (state.info === undefined) state.info = cert[kHandle].info();
  return state.info;
}

function cached(cert, key, make) {
  const state = cert[kInternalState];
  if (!(key in state)) state[key] = make();
  return state[key];
}

function invalidName() {
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid name');
}

// X509_CHECK_FLAG_* for checkHost and checkEmail's options.
function checkFlags(options) {
  if (options === undefined) return 0;
  validateObject(options, 'options');
  const {
    subject = 'default',
    wildcards = true,
    partialWildcards = true,
    multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = options;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  let flags = 0;
  switch (subject) {
    case 'default': break;
    case 'always': flags |= binding.X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT; break;
    case 'never': flags |= binding.X509_CHECK_FLAG_NEVER_CHECK_SUBJECT; break;
    default: throw new codes.ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) flags |= binding.X509_CHECK_FLAG_NO_WILDCARDS;
  if (!partialWildcards) flags |= binding.X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) flags |= binding.X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) flags |= binding.X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS;
  return flags;
}

// [[type, value], ...] as a null-prototype object; a repeated type's
// values become an array.
function nameObject(entries) {
  const o = { __proto__: null };
  for (const [key, value] of entries) {
    if (key in o) {
      if (Array.isArray(o[key])) o[key].push(value);
      else o[key] = [o[key], value];
    } else {
      o[key] = value;
    }
  }
  return o;
}

// "OCSP - URI:http://a\nCA Issuers - URI:http://b" as
// { 'OCSP - URI': ['http://a'], 'CA Issuers - URI': ['http://b'] }.
function infoAccessObject(text) {
  if (text === undefined) return undefined;
  const o = { __proto__: null };
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const key = line.slice(0, colon);
    let value = line.slice(colon + 1);
    if (value.charCodeAt(0) === 0x22) {
      try {
        value = JSON.parse(value);
      } catch {
        // left as printed
      }
    }
    if (key in o) o[key].push(value);
    else o[key] = [value];
  }
  return o;
}

class X509Certificate {
  constructor(buffer) {
    let bytes;
    if (typeof buffer === 'string') {
      BufferFrom ??= require('buffer').Buffer.from;
      bytes = BufferFrom(buffer);
    } else if (ArrayBufferIsView(buffer)) {
      bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this[kInternalState] = { __proto__: null, info: undefined };
    this[kHandle] = binding.x509Parse(bytes);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    inspectFn ??= require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspectFn({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      validFromDate: this.validFromDate,
      validToDate: this.validToDate,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
      signatureAlgorithm: this.signatureAlgorithm,
      signatureAlgorithmOid: this.signatureAlgorithmOid,
    }, opts)}`;
  }

  get subject() { return infoOf(this).subject; }

  get subjectAltName() { return infoOf(this).subjectAltName; }

  get issuer() { return infoOf(this).issuer; }

  // Only certificates from a TLS peer know theirs.
  get issuerCertificate() { return cached(this, 'issuerCertificate', () => undefined); }

  get infoAccess() { return infoOf(this).infoAccess; }

  get validFrom() { return infoOf(this).validFrom; }

  get validTo() { return infoOf(this).validTo; }

  get validFromDate() {
    return cached(this, 'validFromDate', () => new Date(infoOf(this).validFromTime * 1000));
  }

  get validToDate() {
    return cached(this, 'validToDate', () => new Date(infoOf(this).validToTime * 1000));
  }

  get fingerprint() { return infoOf(this).fingerprint; }

  get fingerprint256() { return infoOf(this).fingerprint256; }

  get fingerprint512() { return infoOf(this).fingerprint512; }

  get keyUsage() { return infoOf(this).keyUsage; }

  get serialNumber() { return infoOf(this).serialNumber; }

  get signatureAlgorithm() { return infoOf(this).signatureAlgorithm; }

  get signatureAlgorithmOid() { return infoOf(this).signatureAlgorithmOid; }

  get raw() {
    return cached(this, 'raw', () => new FastBuffer(infoOf(this).raw));
  }

  get publicKey() {
    return cached(this, 'publicKey', () => wrapAsymmetric(this[kHandle].publicKey(), false));
  }

  toString() { return infoOf(this).pem; }

  // There is no standard JSON encoding for X509 certificates: Node's is the PEM.
  toJSON() { return this.toString(); }

  get ca() { return infoOf(this).ca; }

  checkHost(name, options) {
    validateString(name, 'name');
    const r = this[kHandle].checkHost(name, checkFlags(options));
    if (r === -2) throw invalidName();
    return r;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const r = this[kHandle].checkEmail(email, checkFlags(options));
    if (r === -2) throw invalidName();
    return r === 1 ? email : undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const r = this[kHandle].checkIP(ip);
    if (r === -2) throw invalidName();
    return r === 1 ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw new codes.ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return this[kHandle].checkIssued(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new codes.ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new codes.ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].checkPrivateKey(keyHandleOf(pkey));
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new codes.ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new codes.ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].verify(keyHandleOf(pkey));
  }

  // The object tls.TLSSocket.getPeerCertificate() returns.
  toLegacyObject() {
    const info = infoOf(this);
    const legacy = this[kHandle].legacy();
    return {
      subject: nameObject(legacy.subject),
      issuer: nameObject(legacy.issuer),
      subjectaltname: info.subjectAltName,
      infoAccess: infoAccessObject(info.infoAccess),
      ca: info.ca,
      modulus: legacy.modulus,
      exponent: legacy.exponent,
      pubkey: legacy.pubkey === undefined ? undefined : new FastBuffer(legacy.pubkey),
      bits: legacy.bits,
      valid_from: info.validFrom,
      valid_to: info.validTo,
      fingerprint: info.fingerprint,
      fingerprint256: info.fingerprint256,
      fingerprint512: info.fingerprint512,
      ext_key_usage: info.keyUsage === undefined ? undefined : [...info.keyUsage],
      serialNumber: info.serialNumber,
      raw: new FastBuffer(info.raw.slice(0)),
      asn1Curve: legacy.asn1Curve,
      nistCurve: legacy.nistCurve,
    };
  }
}

let kAsymHandle;
function keyHandleOf(key) {
  kAsymHandle ??= require('internal/crypto/keys').kAsymHandle;
  return key[kAsymHandle];
}

function isX509Certificate(value) {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, kHandle) &&
    value instanceof X509Certificate;
}

// structuredClone and postMessage copy a certificate from its bytes; they
// ask through natives, so that cloning does not load this module.
natives.cloneX509Certificate = (value) => (isX509Certificate(value) ? new X509Certificate(value.raw) : undefined);

module.exports = { X509Certificate, isX509Certificate };
