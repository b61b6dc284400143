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

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
