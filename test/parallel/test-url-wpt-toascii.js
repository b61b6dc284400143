'use strict';
// web-platform-tests url/resources/toascii.json: domain to ASCII through
// the URL parser and the host and hostname setters, every case, read in
// place from shared/testdata. Node 24 (ada) takes some invalid "xn--"
// labels as they are; those are checked on kiln only.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', '..', '..', 'shared', 'testdata', 'wpt-url');
const cases = require(path.join(dir, 'toascii.json'));

const nodeDiffers = new Set(['xn--a', 'xn--a.xn--zca', 'xn--ls8h=', 'xn--1ug.example', 'xn--a-yoc',
  'xn--zn7c.com', 'xn--0.com', 'xn--a.ß']);

let checked = 0;
for (const t of cases) {
  if (typeof t === 'string') continue;
  if (!common.isKiln && nodeDiffers.has(t.input)) continue;
  const label = JSON.stringify(t.input);
  if (t.output === null) {
    assert.throws(() => new URL(`https://${t.input}/x`), { code: 'ERR_INVALID_URL' }, label);
  } else {
    const url = new URL(`https://${t.input}/x`);
    assert.strictEqual(url.host, t.output, label);
    assert.strictEqual(url.hostname, t.output, label);
    assert.strictEqual(url.pathname, '/x', label);
    assert.strictEqual(url.href, `https://${t.output}/x`, label);
  }
  for (const setter of ['host', 'hostname']) {
    const url = new URL('https://x/x');
    url[setter] = t.input;
    assert.strictEqual(url[setter], t.output === null ? 'x' : t.output, `${label} via ${setter}`);
  }
  checked++;
}
assert.ok(checked >= (common.isKiln ? 87 : 79), `only ${checked} cases`);
