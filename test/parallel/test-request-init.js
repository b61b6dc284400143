'use strict';
// new Request(input, init): URL parsing, defaults, every RequestInit member
// with its validation, and Node's messages for the failures.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const te = (message) => ({ name: 'TypeError', message });

const r = new Request('http://example.test/a?b#c');
assert.strictEqual(r.url, 'http://example.test/a?b#c');
assert.strictEqual(r.method, 'GET');
assert.deepStrictEqual(
  [r.destination, r.referrer, r.referrerPolicy, r.mode, r.credentials, r.cache, r.redirect, r.integrity,
   r.keepalive, r.isReloadNavigation, r.isHistoryNavigation, r.duplex, r.body, r.bodyUsed],
  ['', 'about:client', '', 'cors', 'same-origin', 'default', 'follow', '', false, false, false, 'half', null, false]);
assert.ok(r.headers instanceof Headers);
assert.ok(r.signal instanceof AbortSignal);
assert.strictEqual(r.signal.aborted, false);
assert.strictEqual(new Request(new URL('data:,x')).url, 'data:,x');

assert.strictEqual(inspect(new Request('http://x/')), `Request {
  method: 'GET',
  url: 'http://x/',
  headers: Headers {},
  destination: '',
  referrer: 'about:client',
  referrerPolicy: '',
  mode: 'cors',
  credentials: 'same-origin',
  cache: 'default',
  redirect: 'follow',
  integrity: '',
  keepalive: false,
  isReloadNavigation: false,
  isHistoryNavigation: false,
  signal: ${inspect(new AbortController().signal)}
}`);

// URLs: absolute only (there is no base), and no credentials.
assert.throws(() => new Request('/relative'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Failed to parse URL from /relative');
  assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
  return true;
});
assert.throws(() => new Request('http://u:p@x/'),
              te('Request cannot be constructed from a URL that includes credentials: http://u:p@x/'));
assert.throws(() => new Request(), te('Request constructor: 1 argument required, but 0 found.'));
assert.throws(() => new Request('http://x/', 5), te('undefined: Expected 5 to be one of: Null, Undefined, Object.'));

// Methods: the six standard ones upper-cased, others kept, some forbidden.
for (const [given, want] of [['get', 'GET'], ['post', 'POST'], ['Put', 'PUT'], ['delete', 'DELETE'],
  ['options', 'OPTIONS'], ['head', 'HEAD'], ['PATCH', 'PATCH'], ['custom', 'custom']]) {
  assert.strictEqual(new Request('http://x/', { method: given }).method, want);
}
assert.throws(() => new Request('http://x/', { method: 'CONNECT' }), te("'CONNECT' HTTP method is unsupported."));
assert.throws(() => new Request('http://x/', { method: 'trace' }), te("'trace' HTTP method is unsupported."));
assert.throws(() => new Request('http://x/', { method: 'track' }), te("'track' HTTP method is unsupported."));
assert.throws(() => new Request('http://x/', { method: 'bad method' }), te("'bad method' is not a valid HTTP method."));
assert.throws(() => new Request('http://x/', { method: '' }), te("'' is not a valid HTTP method."));

// The enumerations.
const modes = new Request('http://x/', {
  mode: 'same-origin', credentials: 'omit', cache: 'only-if-cached', redirect: 'manual',
  referrerPolicy: 'origin', integrity: 'sha256-x', keepalive: 1,
});
assert.deepStrictEqual(
  [modes.mode, modes.credentials, modes.cache, modes.redirect, modes.referrerPolicy, modes.integrity, modes.keepalive],
  ['same-origin', 'omit', 'only-if-cached', 'manual', 'origin', 'sha256-x', true]);
assert.throws(() => new Request('http://x/', { mode: 'bad' }),
              te('undefined: bad is not an accepted type. Expected one of navigate, same-origin, no-cors, cors.'));
assert.throws(() => new Request('http://x/', { mode: 'navigate' }), te('Request constructor: invalid request mode navigate.'));
assert.throws(() => new Request('http://x/', { credentials: 'x' }),
              te('undefined: x is not an accepted type. Expected one of omit, same-origin, include.'));
assert.throws(() => new Request('http://x/', { cache: 'x' }),
              te('undefined: x is not an accepted type. Expected one of default, no-store, reload, no-cache, ' +
                 'force-cache, only-if-cached.'));
assert.throws(() => new Request('http://x/', { cache: 'only-if-cached' }),
              te("'only-if-cached' can be set only with 'same-origin' mode"));
assert.throws(() => new Request('http://x/', { redirect: 'x' }),
              te('undefined: x is not an accepted type. Expected one of follow, manual, error.'));
assert.throws(() => new Request('http://x/', { referrerPolicy: 'x' }),
              te('undefined: x is not an accepted type. Expected one of , no-referrer, no-referrer-when-downgrade, ' +
                 'same-origin, origin, strict-origin, origin-when-cross-origin, strict-origin-when-cross-origin, ' +
                 'unsafe-url.'));
assert.throws(() => new Request('http://x/', { duplex: 'full' }),
              te('undefined: full is not an accepted type. Expected one of half.'));
assert.throws(() => new Request('http://x/', { window: {} }), te("'window' option 'client' must be null"));
new Request('http://x/', { window: null });

// Referrer: '' is no referrer, about:client the default, else a URL.
assert.strictEqual(new Request('http://x/', { referrer: 'http://y/z' }).referrer, 'http://y/z');
assert.strictEqual(new Request('http://x/', { referrer: '' }).referrer, '');
assert.strictEqual(new Request('http://x/', { referrer: 'about:client' }).referrer, 'about:client');
assert.throws(() => new Request('http://x/', { referrer: '::bad' }), (err) => {
  assert.strictEqual(err.message, 'Referrer "::bad" is not a valid URL.');
  assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
  return true;
});

// no-cors allows only GET, HEAD and POST.
assert.strictEqual(new Request('http://x/', { mode: 'no-cors', method: 'post' }).mode, 'no-cors');
assert.throws(() => new Request('http://x/', { mode: 'no-cors', method: 'PUT' }),
              te("'PUT is unsupported in no-cors mode."));

// Signals: the request's own signal follows the given one.
assert.throws(() => new Request('http://x/', { signal: 1 }),
              te('RequestInit: Expected signal ("1") to be an instance of AbortSignal.'));
assert.throws(() => new Request('http://x/', { signal: {} }),
              te('RequestInit: Expected signal ("{}") to be an instance of AbortSignal.'));
{
  const ac = new AbortController();
  const req = new Request('http://x/', { signal: ac.signal });
  assert.notStrictEqual(req.signal, ac.signal);
  const copy = req.clone();
  ac.abort('why');
  assert.strictEqual(req.signal.aborted, true);
  assert.strictEqual(req.signal.reason, 'why');
  assert.strictEqual(copy.signal.aborted, true);
  const late = new Request(req);
  assert.strictEqual(late.signal.aborted, true);
  assert.strictEqual(new Request('http://x/', { signal: AbortSignal.abort(7) }).signal.reason, 7);
  assert.strictEqual(new Request('http://x/', { signal: null }).signal.aborted, false);
}

// Headers from init replace those of an input request.
{
  const base = new Request('http://x/', { method: 'POST', body: 'abc', headers: { a: '1' } });
  const next = new Request(base, { headers: { b: '2' }, method: 'PUT' });
  assert.deepStrictEqual([...next.headers], [['b', '2']]);
  assert.strictEqual(next.method, 'PUT');
  const same = new Request(new Request('http://x/', { headers: { a: '1' }, referrer: '' }));
  assert.deepStrictEqual([...same.headers], [['a', '1']]);
  // Node's fetch resets the referrer and its policy even without init; clone() keeps them.
  assert.strictEqual(same.referrer, 'about:client');
  const policy = new Request('http://x/', { referrer: 'http://q/', referrerPolicy: 'origin', mode: 'same-origin' });
  assert.deepStrictEqual([new Request(policy).referrer, new Request(policy).referrerPolicy, new Request(policy).mode],
                         ['about:client', '', 'same-origin']);
  assert.deepStrictEqual([policy.clone().referrer, policy.clone().referrerPolicy], ['http://q/', 'origin']);
}
