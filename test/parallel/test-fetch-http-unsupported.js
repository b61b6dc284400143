'use strict';
// kiln has no HTTP client yet: fetch() of http: and https: URLs rejects
// with TypeError('fetch failed') whose cause says so (ERR_NOT_IMPLEMENTED),
// never with a made-up response. Node would connect, so this test checks
// kiln only; the URLs point to a reserved name that never resolves.
const common = require('../common');
const assert = require('assert');

if (!common.isKiln) {
  console.log('1..0 # skipped: kiln-only behaviour');
  return;
}

(async () => {
  for (const url of ['http://example.invalid/', 'https://example.invalid/x']) {
    await assert.rejects(fetch(url), (err) => {
      assert.strictEqual(err.name, 'TypeError');
      assert.strictEqual(err.message, 'fetch failed');
      assert.strictEqual(err.cause.code, 'ERR_NOT_IMPLEMENTED');
      assert.match(err.cause.message, /http: and https:.*not implemented in kiln/);
      return true;
    });
  }
})().then(common.mustCall());
