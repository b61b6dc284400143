'use strict';
// IP address syntax as node:net checks it: dotted-quad IPv4 without leading
// zeros, and IPv6 with '::' compression, an embedded IPv4 tail and a zone
// index ('%eth0').

function isIPv4(s) {
  if (typeof s !== 'string') s = `${s}`; // Node matches on the value's string form
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3) return false;
    if (p.length > 1 && p[0] === '0') return false;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    if (+p > 255) return false;
  }
  return true;
}

function isHexGroup(g) {
  if (g.length === 0 || g.length > 4) return false;
  for (let i = 0; i < g.length; i++) {
    const c = g.charCodeAt(i);
    const hex = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    if (!hex) return false;
  }
  return true;
}

function isIPv6(s) {
  if (typeof s !== 'string') s = `${s}`; // Node matches on the value's string form
  const pct = s.indexOf('%');
  if (pct !== -1) {
    // A zone is letters, digits, '-', '.', ':' and '_'; never empty.
    if (!/^[0-9A-Za-z_.:-]+$/.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  // An IPv4 tail counts as two groups.
  let groups = 0;
  let body = s;
  const lastColon = s.lastIndexOf(':');
  if (lastColon !== -1 && s.indexOf('.', lastColon) !== -1) {
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    body = s.slice(0, lastColon + 1);
    groups = 2;
    if (body.endsWith('::')) {
      // '::1.2.3.4' and 'x::1.2.3.4'
    } else {
      body = body.slice(0, -1);
    }
  }
  const dbl = body.indexOf('::');
  if (dbl !== -1 && body.indexOf('::', dbl + 1) !== -1) return false;
  if (dbl === -1) {
    const parts = body === '' ? [] : body.split(':');
    for (const p of parts) if (!isHexGroup(p)) return false;
    return parts.length + groups === 8;
  }
  const head = body.slice(0, dbl);
  const tail = body.slice(dbl + 2);
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === '' ? [] : tail.split(':');
  for (const p of headParts) if (!isHexGroup(p)) return false;
  for (const p of tailParts) if (!isHexGroup(p)) return false;
  return headParts.length + tailParts.length + groups <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
