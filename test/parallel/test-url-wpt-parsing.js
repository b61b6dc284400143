'use strict';
// web-platform-tests url/resources/urltestdata.json (and the
// JavaScript-only cases): every case, read in place from shared/testdata.
// kiln passes all of them. Node 24 (ada) accepts a few hosts the standard
// rejects, labels that are "xn--" with invalid or empty Punycode; those
// cases are checked on kiln only.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', '..', '..', 'shared', 'testdata', 'wpt-url');
const cases = require(path.join(dir, 'urltestdata.json'))
  .concat(require(path.join(dir, 'urltestdata-javascript-only.json')));

const nodeDiffers = new Set([
  'http://a.b.c.xn--pokxncvks', 'http://10.0.0.xn--pokxncvks', 'http://a.b.c.XN--pokxncvks',
  'http://a.b.c.Xn--pokxncvks', 'http://10.0.0.XN--pokxncvks', 'http://10.0.0.xN--pokxncvks',
  'file://xn--/p', 'https://xn--/',
]);

const components = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
let checked = 0;
for (const t of cases) {
  if (typeof t === 'string') continue;
  if (!common.isKiln && nodeDiffers.has(t.input)) continue;
  const label = `${JSON.stringify(t.input)} against ${JSON.stringify(t.base)}`;
  const args = t.base === null ? [t.input] : [t.input, t.base];
  if (t.failure) {
    assert.throws(() => new URL(...args), { code: 'ERR_INVALID_URL', name: 'TypeError' }, label);
    assert.strictEqual(URL.canParse(...args), false, label);
    assert.strictEqual(URL.parse(...args), null, label);
    checked++;
    continue;
  }
  const url = new URL(...args);
  for (const c of components) assert.strictEqual(url[c], t[c], `${label}: ${c}`);
  if ('origin' in t) assert.strictEqual(url.origin, t.origin, `${label}: origin`);
  if ('searchParams' in t) assert.strictEqual(url.searchParams.toString(), t.searchParams, `${label}: searchParams`);
  assert.strictEqual(URL.canParse(...args), true, label);
  // The href parses to itself.
  assert.strictEqual(new URL(url.href).href, url.href, `${label}: reparse`);
  checked++;
}
assert.ok(checked > 850, `only ${checked} cases`);
