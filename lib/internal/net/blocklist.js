'use strict';
// net.BlockList and net.SocketAddress. Addresses are compared as BigInts:
// an IPv4 address also has its IPv4-mapped IPv6 form (::ffff:a.b.c.d), so
// an IPv4 rule matches a mapped IPv6 address and an IPv6 rule matches the
// IPv4 address it maps, as in Node.

const { isIPv4, isIPv6 } = require('internal/net/ip');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_ADDRESS },
} = require('internal/errors');
const {
  validateInt32, validateObject, validateString, validateUint32,
} = require('internal/validators');
const { validatePort } = require('internal/net/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kMapped = 0xffffn << 32n;

function ipv4Value(s) {
  let v = 0n;
  for (const p of s.split('.')) v = (v << 8n) | BigInt(+p);
  return v;
}

// The 128-bit value of an IPv6 address (zone index ignored).
function ipv6Value(s) {
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  let tail = [];
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) !== -1) {
    const v4 = Number(ipv4Value(s.slice(lastColon + 1)));
    tail = [(v4 >>> 16).toString(16), (v4 & 0xffff).toString(16)];
    const head = s.slice(0, lastColon + 1);
    s = head.endsWith('::') ? head : head.slice(0, -1);
  }
  let groups;
  const dbl = s.indexOf('::');
  if (dbl !== -1) {
    const head = s.slice(0, dbl) ? s.slice(0, dbl).split(':') : [];
    const rest = s.slice(dbl + 2) ? s.slice(dbl + 2).split(':') : [];
    const fill = 8 - head.length - rest.length - tail.length;
    groups = [...head, ...new Array(fill).fill('0'), ...rest, ...tail];
  } else {
    groups = [...s.split(':'), ...tail];
  }
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(parseInt(g, 16));
  return v;
}

function normalizeFamily(family, name) {
  validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}

// ---- SocketAddress --------------------------------------------------------

class SocketAddress {
  #address;
  #port;
  #family;
  #flowlabel;

  static isSocketAddress(value) {
    return typeof value === 'object' && value !== null && #address in value;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    validateString(family, 'options.family');
    const lower = family.toLowerCase();
    if (lower !== 'ipv4' && lower !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', family);
    family = lower;
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) throw new ERR_INVALID_ADDRESS();
    this.#address = address;
    this.#port = +port;
    this.#family = family;
    this.#flowlabel = flowlabel;
  }

  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  // 'host:port' or '[v6]:port' as a SocketAddress, or undefined.
  static parse(input) {
    validateString(input, 'input');
    let host = input;
    let port = 0;
    const m = /^\[([^\]]+)\](?::(\d*))?$/.exec(input);
    if (m) {
      host = m[1];
      if (m[2]) port = +m[2];
    } else {
      const colon = input.lastIndexOf(':');
      if (colon !== -1 && input.indexOf(':') === colon) {
        host = input.slice(0, colon);
        if (input.slice(colon + 1) !== '') port = +input.slice(colon + 1);
      }
    }
    try {
      return new SocketAddress({ address: host, port, family: isIPv6(host) ? 'ipv6' : 'ipv4' });
    } catch {
      return undefined;
    }
  }
}

Object.defineProperty(SocketAddress.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SocketAddress', configurable: true,
});

// ---- BlockList ------------------------------------------------------------

function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  family = normalizeFamily(family, 'family');
  return new SocketAddress({ address, family });
}

function valueOf(sa) {
  return sa.family === 'ipv4' ? ipv4Value(sa.address) : ipv6Value(sa.address);
}

// An address to check, in both forms: v4 (or null) and v6.
function checkKey(address, family) {
  if (family === 'ipv4') {
    if (!isIPv4(address)) return null;
    const v4 = ipv4Value(address);
    return { v4, v6: kMapped | v4 };
  }
  if (!isIPv6(address)) return null;
  const v6 = ipv6Value(address);
  return { v4: (v6 >> 32n) === 0xffffn ? v6 & 0xffffffffn : null, v6 };
}

function familyName(f) {
  return f === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  #rules = [];

  static isBlockList(value) {
    return typeof value === 'object' && value !== null && #rules in value;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, family, 'address');
    const v = valueOf(sa);
    this.#rules.unshift({
      family: sa.family, lo: v, hi: v, text: `Address: ${familyName(sa.family)} ${sa.address}`,
    });
  }

  addRange(start, end, family = 'ipv4') {
    const s = toSocketAddress(start, family, 'start');
    const e = toSocketAddress(end, family, 'end');
    const lo = valueOf(s);
    const hi = valueOf(e);
    if (lo > hi) throw new ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    this.#rules.unshift({
      family: s.family, lo, hi, text: `Range: ${familyName(s.family)} ${s.address}-${e.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    let sa;
    if (SocketAddress.isSocketAddress(network)) {
      sa = network;
    } else {
      validateString(network, 'network');
      family = normalizeFamily(family, 'family');
      sa = new SocketAddress({ address: network, family });
    }
    const bits = sa.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const host = BigInt(bits - prefix);
    const v = valueOf(sa);
    const lo = (v >> host) << host;
    const hi = lo | ((1n << host) - 1n);
    this.#rules.unshift({
      family: sa.family, lo, hi, text: `Subnet: ${familyName(sa.family)} ${sa.address}/${prefix}`,
    });
  }

  check(address, family = 'ipv4') {
    let key;
    if (SocketAddress.isSocketAddress(address)) {
      key = checkKey(address.address, address.family);
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      const f = family.toLowerCase();
      if (f !== 'ipv4' && f !== 'ipv6') return false;
      key = checkKey(address, f);
    }
    if (key === null) return false;
    for (const r of this.#rules) {
      const v = r.family === 'ipv4' ? key.v4 : key.v6;
      if (v !== null && v >= r.lo && v <= r.hi) return true;
    }
    return false;
  }

  // Newest first. (Node's order differs in some mixes of single
  // addresses and ranges; its own tests expect this one.)
  get rules() {
    return this.#rules.map((r) => r.text);
  }

  toJSON() {
    return this.rules;
  }

  fromJSON(data) {
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
      }
    }
    if (!Array.isArray(data) || data.some((r) => typeof r !== 'string')) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    }
    // Applied oldest first, so the rules come back in their order.
    for (let i = data.length - 1; i >= 0; i--) {
      const rule = data[i];
      let m;
      try {
        if ((m = /^Address: (IPv4|IPv6) (.+)$/.exec(rule))) {
          this.addAddress(m[2], m[1].toLowerCase());
        } else if ((m = /^Range: (IPv4|IPv6) ([^-]+)-(.+)$/.exec(rule))) {
          this.addRange(m[2], m[3], m[1].toLowerCase());
        } else if ((m = /^Subnet: (IPv4|IPv6) (.+)\/(\d+)$/.exec(rule))) {
          this.addSubnet(m[2], +m[3], m[1].toLowerCase());
        }
      } catch {
        // Invalid rules are skipped, as in Node.
      }
    }
  }
}

Object.defineProperty(BlockList.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'BlockList', configurable: true,
});

module.exports = { BlockList, SocketAddress };
