'use strict';
// signal.throwIfAborted() throws the reason itself, whatever it is.
const assert = require('assert');

const ac = new AbortController();
assert.strictEqual(ac.signal.throwIfAborted(), undefined);
ac.abort();
assert.throws(() => ac.signal.throwIfAborted(), (err) => {
  assert.strictEqual(err, ac.signal.reason);
  assert.strictEqual(err.name, 'AbortError');
  return true;
});

const reason = { why: 'custom' };
const c2 = new AbortController();
c2.abort(reason);
assert.throws(() => c2.signal.throwIfAborted(), (err) => err === reason);

const c3 = new AbortController();
c3.abort('text');
assert.throws(() => c3.signal.throwIfAborted(), (err) => err === 'text');
