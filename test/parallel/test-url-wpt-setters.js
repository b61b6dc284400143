'use strict';
// web-platform-tests url/resources/setters_tests.json: every setter case,
// read in place from shared/testdata. Node 24 (ada) takes "xn--" as a host,
// which the standard rejects; that case is checked on kiln only.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', '..', '..', 'shared', 'testdata', 'wpt-url');
const data = require(path.join(dir, 'setters_tests.json'));

let checked = 0;
for (const setter of Object.keys(data)) {
  if (setter === 'comment') continue;
  for (const t of data[setter]) {
    if (!common.isKiln && (setter === 'host' || setter === 'hostname') && t.new_value === 'xn--') continue;
    const url = new URL(t.href);
    url[setter] = t.new_value;
    for (const [key, value] of Object.entries(t.expected)) {
      assert.strictEqual(url[key], value,
                         `${t.href} .${setter} = ${JSON.stringify(t.new_value)}: ${key}`);
    }
    checked++;
  }
}
assert.ok(checked > 250, `only ${checked} cases`);
