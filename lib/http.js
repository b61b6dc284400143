'use strict';
// node:http: HTTP/1.1 server and client over node:net, on kiln's own
// parser in C (src/http/, bound by src/binding/http_parser.c).

const { sortedMethods, _checkIsHttpToken } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const {
  validateHeaderName, validateHeaderValue, OutgoingMessage,
} = require('_http_outgoing');
const {
  _connectionListener, STATUS_CODES, Server, ServerResponse,
} = require('_http_server');
const { Agent, globalAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { validateInteger, validateObject } = require('internal/validators');

let maxHeaderSize;

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener,
  METHODS: sortedMethods,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    require('_http_common').parsers.max = max;
  },
  setGlobalProxyFromEnv,
};

// Routes http.globalAgent's requests (and https's, and fetch's) through the
// proxies `env` names (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, lower case
// first); returns a function that puts the previous ones back.
function setGlobalProxyFromEnv(env = process.env) {
  validateObject(env, 'proxyEnv');
  const { parseProxyUrl, parseProxyConfigFromEnv, getGlobalAgent } = require('internal/http');
  const httpProxy = parseProxyUrl(env, 'http:');
  const httpsProxy = parseProxyUrl(env, 'https:');
  if (!httpProxy && !httpsProxy) return () => {};
  const { codes } = require('internal/errors');
  if (httpProxy && !URL.canParse(httpProxy)) throw new codes.ERR_PROXY_INVALID_CONFIG(httpProxy);
  if (httpsProxy && !URL.canParse(httpsProxy)) throw new codes.ERR_PROXY_INVALID_CONFIG(httpsProxy);
  const fetchNetwork = require('internal/fetch/network');
  const fetchConfig = parseProxyConfigFromEnv(
    { __proto__: null, http_proxy: httpProxy, no_proxy: env.no_proxy || env.NO_PROXY }, 'http:', true);
  const originalFetch = fetchNetwork.setProxyConfig(fetchConfig);
  let originalHttpAgent, originalHttpsAgent;
  if (httpProxy) {
    originalHttpAgent = module.exports.globalAgent;
    module.exports.globalAgent = getGlobalAgent(env, Agent);
  }
  if (httpsProxy && process.versions.openssl) {
    const https = require('https');
    originalHttpsAgent = https.globalAgent;
    https.globalAgent = getGlobalAgent(env, https.Agent);
  }
  return function restore() {
    fetchNetwork.setProxyConfig(originalFetch);
    if (originalHttpAgent) module.exports.globalAgent = originalHttpAgent;
    if (originalHttpsAgent) require('https').globalAgent = originalHttpsAgent;
  };
}

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (maxHeaderSize === undefined) {
      maxHeaderSize = 16384;
      const args = natives.execArgv || [];
      for (const a of args) {
        const m = /^--max-http-header-size[= ](\d+)$/.exec(a);
        if (m) maxHeaderSize = +m[1];
      }
    }
    return maxHeaderSize;
  },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('_http_agent').globalAgent; },
  set(value) { require('_http_agent').globalAgent = value; },
});

// The WHATWG WebSocket client and its events, as the globals are.
for (const name of ['WebSocket', 'CloseEvent', 'MessageEvent']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return name === 'MessageEvent' ? require('internal/worker/io').MessageEvent : require('internal/websocket')[name];
    },
  });
}
void _checkIsHttpToken;

// As Node warns when its http debug log is switched on.
if (/(^|,)\s*http\s*(,|$)/i.test(process.env.NODE_DEBUG || '')) {
  process.emitWarning('Setting the NODE_DEBUG environment variable to \'http\' can expose ' +
                      'sensitive data (such as passwords, tokens and authentication headers) ' +
                      'in the resulting log.');
}
void globalAgent;
