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

module.exports = {
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  kProxyConfig: Symbol('kProxyConfig'),
  utcDate,
};
