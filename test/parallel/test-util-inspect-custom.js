'use strict';
// util.inspect.custom: what the function receives (depth, options with
// stylize, inspect) and how its result is used.

const assert = require('assert');
const { inspect } = require('util');

const custom = inspect.custom;
const str = { [custom]() { return 'CUSTOM'; } };
const obj = { inner: { [custom]() { return { replaced: [1, 2] }; } } };
const multi = { x: { y: { [custom]() { return 'line1\nline2'; } } } };
const seen = [];
const probe = {
  [custom](depth, options, insp) {
    seen.push([depth, options.depth, typeof options.stylize, insp === inspect]);
    return 'probe';
  },
};
const keys = { [custom](depth, options) { return Object.keys(options).join(','); } };
const styled = { v: { [custom](depth, options) { return options.stylize('styled', 'special'); } } };
const nested = { [custom](depth, options, insp) { return `W<${insp({ deep: { er: 1 } }, options)}>`; } };
const self = { a: 1, [custom]() { return this; } };
class P {
  [custom]() { return 'instance'; }
}
const proxied = new Proxy({ [custom]() { return 'via proxy'; } }, {});
const nullProto = Object.assign(Object.create(null), {
  [custom](depth, options) { return `${Object.getPrototypeOf(options) === null} ${typeof options.stylize}`; },
});

assert.strictEqual(inspect(str), "CUSTOM");
assert.strictEqual(inspect([str]), "[ CUSTOM ]");
assert.strictEqual(inspect(obj), "{ inner: { replaced: [ 1, 2 ] } }");
assert.strictEqual(inspect(multi), "{\n  x: {\n    y: line1\n    line2\n  }\n}");
assert.strictEqual(inspect({ a: { b: probe } }, { depth: 5 }), "{ a: { b: probe } }");
assert.strictEqual(JSON.stringify(seen), "[[3,5,\"function\",true]]");
assert.strictEqual(inspect(probe, { depth: null }), "probe");
assert.strictEqual(JSON.stringify(seen[1]), "[null,null,\"function\",true]");
assert.strictEqual(
  inspect(keys),
  "stylize,showHidden,depth,colors,customInspect,showProxy,maxArrayLength,maxStringLength,breakLength,compact,sorted,getters,numericSeparator");
assert.strictEqual(
  inspect(keys, { extra: 1, depth: 1 }),
  "stylize,showHidden,depth,colors,customInspect,showProxy,maxArrayLength,maxStringLength,breakLength,compact,sorted,getters,numericSeparator,extra");
assert.strictEqual(inspect(styled, { colors: true }), "{ v: \u001b[36mstyled\u001b[39m }");
assert.strictEqual(inspect(styled), "{ v: styled }");
assert.strictEqual(inspect(nested), "W<{ deep: { er: 1 } }>");
assert.strictEqual(
  inspect(self),
  "{\n  a: 1,\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}");
assert.strictEqual(
  inspect(str, { customInspect: false }),
  "{\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}");
assert.strictEqual(inspect([new P(), P.prototype]), "[ instance, {} ]");
assert.strictEqual(inspect(proxied), "via proxy");
assert.strictEqual(inspect(nullProto), "true function");
assert.strictEqual(inspect({ inspect() { return 'no'; } }), "{ inspect: [Function: inspect] }");
assert.strictEqual(inspect({ a: { [custom](depth) { return depth; } } }, { depth: 0 }), "{ a: -1 }");
