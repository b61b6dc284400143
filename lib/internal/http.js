'use strict';
// Helpers node:http shares internally: the Date header's value (made at
// most once a second) and the symbols the modules pass state by.

let dateCache;
let dateTimer = null;

function resetCache() {
  dateCache = undefined;
  dateTimer = null;
}

function utcDate() {
  if (dateCache === undefined) {
    const d = new Date();
    dateCache = d.toUTCString();
    dateTimer = setTimeout(resetCache, 1000 - d.getMilliseconds());
    dateTimer.unref();
  }
  return dateCache;
}

// ---- proxies from the environment ----------------------------------------
// An Agent made with `proxyEnv` (the global one with --use-env-proxy or
// NODE_USE_ENV_PROXY=1, or after http.setGlobalProxyFromEnv()) sends its
// requests through the proxy that HTTP_PROXY / HTTPS_PROXY name, except to
// the hosts NO_PROXY lists: an http: request goes to the proxy in
// absolute-form (_http_client.js), an https: one through a CONNECT tunnel.

let lazyErrors;
const proxyError = (message) => {
  lazyErrors ??= require('internal/errors').codes;
  return new lazyErrors.ERR_PROXY_INVALID_CONFIG(message);
};

function ipv4ToInt(ip) {
  const p = ip.split('.');
  return ((+p[0] << 24) | (+p[1] << 16) | (+p[2] << 8) | +p[3]) >>> 0;
}

// The proxy for one protocol: where to connect, the Proxy-Authorization
// value its URL's credentials make, and the hosts that bypass it.
class ProxyConfig {
  constructor(proxyUrl, keepAlive, noProxyList) {
    let url;
    try {
      url = new URL(proxyUrl);
    } catch {
      throw proxyError(`Invalid proxy URL: ${proxyUrl}`);
    }
    const { hostname, port, protocol, username, password } = url;
    this.protocol = protocol;
    if (username || password) {
      url.username = '';
      url.password = '';
      this.href = url.href;
      const auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
      this.auth = `Basic ${Buffer.from(auth).toString('base64')}`;
    } else {
      this.href = proxyUrl;
    }
    this.bypassList = noProxyList ? noProxyList.split(',').map((e) => e.trim().toLowerCase()) : [];
    this.proxyConnectionOptions = {
      host: hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
      port: port ? Number(port) : (protocol === 'https:' ? 443 : 80),
    };
  }

  // NO_PROXY as curl reads it: '*', a host or host:port, a domain with or
  // without a leading dot (it and its subdomains), '*.domain', or an IPv4
  // range 'a.b.c.d-e.f.g.h'.
  shouldUseProxy(hostname, port) {
    const list = this.bypassList;
    if (list.length === 0) return true;
    const host = hostname.toLowerCase();
    const hostWithPort = port ? `${host}:${port}` : host;
    const { isIPv4 } = require('internal/net/ip');
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      if (entry === '*' || entry === host || entry === hostWithPort) return false;
      if (entry[0] === '.') {
        const suffix = entry.slice(1);
        if (host === suffix || (host.endsWith(suffix) && host[host.length - suffix.length - 1] === '.')) {
          return false;
        }
      }
      if (entry.startsWith('*.') && host.endsWith(entry.slice(1))) return false;
      if (entry.includes('-') && isIPv4(host)) {
        const [from, to] = entry.split('-').map((s) => s.trim());
        if (from && to && isIPv4(from) && isIPv4(to)) {
          const h = ipv4ToInt(host);
          if (h >= ipv4ToInt(from) && h <= ipv4ToInt(to)) return false;
        }
      }
    }
    return true;
  }
}

// The proxy URL for a protocol: lower case first, as curl.
function parseProxyUrl(env, protocol) {
  const url = protocol === 'https:' ? (env.https_proxy || env.HTTPS_PROXY) : (env.http_proxy || env.HTTP_PROXY);
  if (!url) return null;
  if (url.includes('\r') || url.includes('\n')) throw proxyError(`Invalid proxy URL: ${url}`);
  return url;
}

// null when no proxy applies; only http:// and https:// proxies are used
// (others are left to userland).
function parseProxyConfigFromEnv(env, protocol, keepAlive) {
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  const url = parseProxyUrl(env, protocol);
  if (url === null || (!url.startsWith('http://') && !url.startsWith('https://'))) return null;
  return new ProxyConfig(url, keepAlive, env.no_proxy || env.NO_PROXY);
}

function checkShouldUseProxy(config, reqOptions) {
  if (!config || reqOptions.socketPath) return false;
  return config.shouldUseProxy(reqOptions.host || 'localhost', reqOptions.port);
}

function getGlobalAgent(proxyEnv, Agent) {
  return new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000, proxyEnv });
}

// --use-env-proxy / --no-use-env-proxy (the last one given, NODE_OPTIONS
// included), else NODE_USE_ENV_PROXY=1.
function useEnvProxy() {
  const argv = natives.execArgv;
  for (let i = argv.length - 1; i >= 0; i--) {
    if (argv[i] === '--use-env-proxy') return true;
    if (argv[i] === '--no-use-env-proxy') return false;
  }
  return process.env.NODE_USE_ENV_PROXY === '1';
}

// http.request's host, port and path for an http: (or ws:) URL record.
function urlTarget(url) {
  let host = url.hostname;
  if (host[0] === '[') host = host.slice(1, -1);
  return { host, port: url.port === '' ? 80 : +url.port, path: `${url.pathname}${url.search}` };
}

module.exports = {
  urlTarget,
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  kProxyConfig: Symbol('kProxyConfig'),
  utcDate,
  ProxyConfig,
  parseProxyUrl,
  parseProxyConfigFromEnv,
  checkShouldUseProxy,
  getGlobalAgent,
  useEnvProxy,
};
