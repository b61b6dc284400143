'use strict';
// util.inspect of proxies: shown as their target, without running a trap;
// with showProxy, as Proxy [ target, handler ]. (JavaScriptCore gives no
// way to reach a proxy's handler, so kiln prints the handler as
// <handler unknown>; this test checks the part both print.)

const assert = require('assert');
const { inspect, format } = require('util');

let traps = 0;
const handler = {};
for (const name of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'apply']) {
  handler[name] = (...args) => {
    traps++;
    return Reflect[name](...args);
  };
}

assert.strictEqual(inspect(new Proxy({ a: 1 }, handler)), '{ a: 1 }');
assert.strictEqual(inspect(new Proxy([1, 2], handler)), '[ 1, 2 ]');
assert.strictEqual(inspect(new Proxy(function target() {}, handler)), '[Function: target]');
assert.strictEqual(inspect({ p: new Proxy(new Map([[1, 2]]), handler) }), '{ p: Map(1) { 1 => 2 } }');
assert.strictEqual(inspect(new Proxy({ a: 1 }, { get() { return 'trapped'; } })), '{ a: 1 }');
assert.strictEqual(format('%s', new Proxy({ a: 1 }, handler)), '{ a: 1 }');
assert.strictEqual(traps, 0);

const revocable = Proxy.revocable({}, {});
revocable.revoke();
assert.strictEqual(inspect(revocable.proxy), '<Revoked Proxy>');
assert.strictEqual(inspect(revocable.proxy, { showProxy: true }), '<Revoked Proxy>');
assert.strictEqual(inspect([revocable.proxy], { colors: true }), '[ \u001b[36m<Revoked Proxy>\u001b[39m ]');

const shown = inspect(new Proxy({ a: 1 }, {}), { showProxy: true });
assert.match(shown, /^Proxy \[ \{ a: 1 \}, .+ \]$/);
assert.match(inspect(new Proxy([1], {}), { showProxy: true }), /^Proxy \[ \[ 1 \], /);
assert.strictEqual(inspect({ p: new Proxy({}, {}) }, { showProxy: true, depth: 0 }), '{ p: Proxy [Array] }');
assert.match(format('%o', new Proxy({ a: 1 }, {})), /^Proxy \[ \{ a: 1 \}, /);
assert.strictEqual(traps, 0);

assert.strictEqual(require('util').types.isProxy(new Proxy({}, {})), true);
assert.strictEqual(require('util').types.isProxy(revocable.proxy), true);
assert.strictEqual(require('util').types.isProxy({}), false);
