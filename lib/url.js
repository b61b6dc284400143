'use strict';
// node:url. The WHATWG API (URL, URLSearchParams and the helpers around
// them) is lib/internal/url.js; the legacy API (url.parse, url.resolve,
// url.format of strings and plain objects, Url) is lib/internal/url_legacy.js,
// loaded on first use. url.format of a WHATWG URL takes Node's options
// (auth, fragment, search, unicode) and is handled here.

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  formatURL,
  isURLInstance,
} = require('internal/url');

let legacy;
function loadLegacy() {
  if (legacy === undefined) legacy = require('internal/url_legacy');
  return legacy;
}

function Url() {
  const { Url: LegacyUrl } = loadLegacy();
  return new.target ? Reflect.construct(LegacyUrl, [], new.target) : new LegacyUrl();
}

function parse(url, parseQueryString, slashesDenoteHost) {
  return loadLegacy().urlParse(url, parseQueryString, slashesDenoteHost);
}

function resolve(source, relative) {
  return loadLegacy().urlResolve(source, relative);
}

function resolveObject(source, relative) {
  return loadLegacy().urlResolveObject(source, relative);
}

function format(urlObject, options) {
  if (urlObject !== null && typeof urlObject === 'object' && isURLInstance(urlObject))
    return formatURL(urlObject, options);
  return loadLegacy().urlFormat(urlObject, options);
}

// Node's fileURLToPath, as a Buffer of the path's bytes.
function fileURLToPathBuffer(path, options) {
  return require('buffer').Buffer.from(fileURLToPath(path, options));
}

module.exports = {
  Url,
  parse,
  resolve,
  resolveObject,
  format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
