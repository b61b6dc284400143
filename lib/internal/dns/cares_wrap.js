'use strict';
// internalBinding('cares_wrap') in Node's shape, over kiln's own bindings:
// getaddrinfo/getnameinfo (internalBinding('dns'), libuv's thread pool)
// and ChannelWrap, a c-ares channel (internalBinding('cares')) with one
// method per query type. node:dns calls everything through this object at
// call time, so a program (Node's tests) can replace a function here.
//
// A request object's oncomplete(err, ...results) gets 0 or a falsy err on
// success; the query methods return 0 or an error code, as Node's do.

const dnsBinding = internalBinding('dns');
const { isIP } = require('internal/net/ip');

let cares;
const caresBinding = () => (cares ??= internalBinding('cares'));

const DNS_ORDER_VERBATIM = 0;
const DNS_ORDER_IPV4_FIRST = 1;
const DNS_ORDER_IPV6_FIRST = 2;
// What setServers returns while queries are in flight (Node's number).
const DNS_ESETSRVPENDING = -1000;
const kOwner = require('internal/owner_symbol');
const UV_EAI_NONAME = -3008;

class GetAddrInfoReqWrap {
  constructor() {
    this.callback = undefined;
    this.family = 0;
    this.hostname = undefined;
    this.oncomplete = undefined;
  }
}

class GetNameInfoReqWrap {
  constructor() {
    this.callback = undefined;
    this.host = undefined;
    this.port = 0;
    this.oncomplete = undefined;
  }
}

class QueryReqWrap {
  constructor() {
    this.bindingName = undefined;
    this.callback = undefined;
    this.hostname = undefined;
    this.oncomplete = undefined;
    this.ttl = false;
  }
}

// The resolver's answer in the asked order: a stable sort by family.
function orderAddresses(addresses, order) {
  if (order !== DNS_ORDER_IPV4_FIRST && order !== DNS_ORDER_IPV6_FIRST) return addresses;
  const first = order === DNS_ORDER_IPV4_FIRST ? 4 : 6;
  const a = [];
  const b = [];
  for (const addr of addresses) (isIP(addr) === first ? a : b).push(addr);
  return a.concat(b);
}

// The binding's request objects name the caller's as their owner, which
// process._getActiveRequests() lists.
function getaddrinfo(req, hostname, family, hints, order) {
  const inner = {
    oncomplete(status, addresses) {
      if (status === 0 && addresses.length === 0) status = UV_EAI_NONAME;
      if (status !== 0) req.oncomplete(status);
      else req.oncomplete(0, orderAddresses(addresses, order));
    },
  };
  inner[kOwner] = req;
  return dnsBinding.getaddrinfo(inner, hostname, family, hints);
}

function getnameinfo(req, host, port) {
  const inner = {
    oncomplete(status, hostname, service) {
      req.oncomplete(status, hostname, service);
    },
  };
  inner[kOwner] = req;
  return dnsBinding.getnameinfo(inner, host, port);
}

function strerror(code) {
  if (code === DNS_ESETSRVPENDING) return 'There are pending queries.';
  return caresBinding().strerror(code);
}

// ---- queries ----------------------------------------------------------------

const kTypes = {
  __proto__: null, A: 1, AAAA: 28, ANY: 255, CAA: 257, CNAME: 5, MX: 15, NAPTR: 35, NS: 2,
  PTR: 12, SOA: 6, SRV: 33, TLSA: 52, TXT: 16,
};

// Node's query method -> the record type it asks for.
const queryTypes = {
  __proto__: null,
  queryAny: 'ANY', queryA: 'A', queryAaaa: 'AAAA', queryCaa: 'CAA', queryCname: 'CNAME',
  queryMx: 'MX', queryNs: 'NS', queryTlsa: 'TLSA', queryTxt: 'TXT', querySrv: 'SRV',
  queryPtr: 'PTR', queryNaptr: 'NAPTR', querySoa: 'SOA', getHostByAddr: 'PTR',
};

// One c-ares channel per Resolver, made on first use (c-ares reads
// resolv.conf then). Servers set before that are kept until then.
//
// c-ares (1.18) doubles the timeout after each round over the servers and
// has no cap. With maxTimeout, each try is its own query on a channel of
// one try whose timeout is the doubled one capped at maxTimeout; the
// channels are made as the tries need them.
class ChannelWrap {
  #handles = [];
  #timeout;
  #tries;
  #maxTimeout;
  #servers;
  #localAddress;
  #cancelling = false;
  #pending = 0;

  constructor(timeout = -1, tries = 4, maxTimeout = 0) {
    this.#timeout = timeout;
    this.#tries = tries;
    this.#maxTimeout = maxTimeout;
  }

  // The channel of try `round` (always 0 without maxTimeout).
  #channel(round = 0) {
    let handle = this.#handles[round];
    if (handle === undefined) {
      const b = caresBinding();
      if (this.#maxTimeout > 0) {
        const base = this.#timeout >= 0 ? this.#timeout : 5000;
        const servers = round === 0 ? 1 : Math.max(1, this.getServers().length);
        const timeout = Math.min(base * 2 ** Math.floor(round / servers), this.#maxTimeout);
        handle = b.createChannel(timeout, 1);
      } else {
        handle = b.createChannel(this.#timeout, this.#tries);
      }
      if (this.#servers !== undefined) b.setServers(handle, this.#servers);
      this.#handles[round] = handle;
    }
    return handle;
  }

  // [[address, port], ...]
  getServers() {
    if (this.#handles.length === 0 && this.#servers !== undefined) {
      return this.#servers.map(([, host, port]) => [host, port]);
    }
    return caresBinding().getServers(this.#channel());
  }

  // list: [[family, address, port], ...]; returns 0 or an error code.
  setServers(list) {
    if (this.#pending > 0) return DNS_ESETSRVPENDING;
    this.#servers = list;
    const b = caresBinding();
    for (const handle of this.#handles) {
      if (handle === undefined) continue;
      const rc = b.setServers(handle, list);
      if (rc !== 0) return rc;
    }
    return 0;
  }

  setLocalAddress(ipv4, ipv6) {
    this.#localAddress = [ipv4 ?? '', ipv6 ?? ''];
    const b = caresBinding();
    for (let i = 0; i < Math.max(1, this.#handles.length); i++) {
      b.setLocalAddress(this.#channel(i), ipv4 ?? '', ipv6 ?? '');
    }
  }

  cancel() {
    this.#cancelling = true;
    try {
      for (const handle of this.#handles) if (handle !== undefined) caresBinding().cancel(handle);
    } finally {
      this.#cancelling = false;
    }
  }

  // req.oncomplete(code or null, records): the answer section's records,
  // which lib/internal/dns/utils shapes per query.
  query(req, name, type) {
    this.#pending++;
    this.#send(req, name, type, 0);
    return 0;
  }

  #send(req, name, type, round) {
    let sync = true;
    const handle = this.#channel(round);
    if (round > 0 && this.#localAddress !== undefined) {
      caresBinding().setLocalAddress(handle, this.#localAddress[0], this.#localAddress[1]);
    }
    caresBinding().query(handle, name, kTypes[type], (code, records) => {
      if (code === 'ETIMEOUT' && this.#maxTimeout > 0 && round + 1 < this.#tries && !this.#cancelling) {
        this.#send(req, name, type, round + 1);
        return;
      }
      // A query stays pending until its answer is delivered (an answer
      // from inside the call that sent it comes on the next tick).
      if (sync || this.#cancelling) {
        process.nextTick(() => {
          this.#pending--;
          req.oncomplete(code, records);
        });
      } else {
        this.#pending--;
        req.oncomplete(code, records);
      }
    });
    sync = false;
  }
}
for (const method of Object.keys(queryTypes)) {
  const type = queryTypes[method];
  Object.defineProperty(ChannelWrap.prototype, method, {
    __proto__: null,
    value: {
      [method](req, name) {
        return this.query(req, name, type);
      },
    }[method],
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

module.exports = {
  getaddrinfo,
  getnameinfo,
  strerror,
  AF_INET: 2,
  AF_INET6: 10,
  AF_UNSPEC: 0,
  AI_ADDRCONFIG: dnsBinding.AI_ADDRCONFIG,
  AI_ALL: dnsBinding.AI_ALL,
  AI_V4MAPPED: dnsBinding.AI_V4MAPPED,
  DNS_ORDER_VERBATIM,
  DNS_ORDER_IPV4_FIRST,
  DNS_ORDER_IPV6_FIRST,
  GetAddrInfoReqWrap,
  GetNameInfoReqWrap,
  QueryReqWrap,
  ChannelWrap,
};
