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

// The legacy API is internal/url_legacy's own functions and class, so that
// url.parse(...) instanceof url.Url and the functions' names are Node's.
const {
  Url,
  urlParse,
  urlResolve,
  urlResolveObject,
  urlFormat: legacyFormat,
} = require('internal/url_legacy');

function urlFormat(urlObject, options) {
  if (urlObject !== null && typeof urlObject === 'object' && isURLInstance(urlObject))
    return formatURL(urlObject, options);
  return legacyFormat(urlObject, options);
}

// Node's fileURLToPath, as a Buffer of the path's bytes.
function fileURLToPathBuffer(path, options) {
  return require('buffer').Buffer.from(fileURLToPath(path, options));
}

// url.URLPattern: an accessor until its first read or write, which puts
// the value in its place (in the same place among the keys, as Node has
// it); the global of that name is the same function.
const ObjectDefineProperty = Object.defineProperty;
function defineURLPattern(object, value) {
  ObjectDefineProperty(object, 'URLPattern', {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  get URLPattern() {
    const value = require('internal/url_pattern').URLPattern;
    defineURLPattern(this, value);
    return value;
  },
  set URLPattern(value) {
    defineURLPattern(this, value);
  },
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
