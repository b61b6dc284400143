'use strict';
// fetch() rejects, never throws: a bad URL or init with the Request
// constructor's TypeError, unsupported schemes with TypeError('fetch
// failed') and the reason as its cause, aborted signals with their reason.
const common = require('../common');
const assert = require('assert');

const failedWith = (message) => (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'fetch failed');
  assert.ok(err.cause instanceof Error);
  assert.strictEqual(err.cause.message, message);
  return true;
};

(async () => {
  const bad = fetch('::bad');
  assert.ok(bad instanceof Promise);
  await assert.rejects(bad, { name: 'TypeError', message: 'Failed to parse URL from ::bad' });
  await assert.rejects(fetch(), { name: 'TypeError', message: 'Failed to parse URL from undefined' });
  await assert.rejects(fetch('data:,x', { method: 'CONNECT' }),
                       { name: 'TypeError', message: "'CONNECT' HTTP method is unsupported." });

  await assert.rejects(fetch('about:blank'), failedWith('about scheme is not supported'));
  await assert.rejects(fetch('ftp://example.test/'), failedWith('unknown scheme'));
  await assert.rejects(fetch('ws://example.test/'), failedWith('unknown scheme'));
  await assert.rejects(fetch('file:///etc/hostname'), failedWith('not implemented... yet...'));
  // Blocked ports fail before any connection is tried.
  await assert.rejects(fetch('http://127.0.0.1:1/'), failedWith('bad port'));
  await assert.rejects(fetch('https://127.0.0.1:25/'), failedWith('bad port'));

  // Signals: an aborted one rejects at once with its reason; aborting right
  // after the call still wins over a data: URL.
  await assert.rejects(fetch('data:,x', { signal: AbortSignal.abort() }),
                       { name: 'AbortError', code: 20, message: 'This operation was aborted' });
  await assert.rejects(fetch('data:,x', { signal: AbortSignal.abort('why') }), (reason) => reason === 'why');
  const ac = new AbortController();
  const pending = fetch('data:,x', { signal: ac.signal });
  ac.abort(new RangeError('stop'));
  await assert.rejects(pending, { name: 'RangeError', message: 'stop' });
})().then(common.mustCall());
