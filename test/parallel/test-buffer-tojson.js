'use strict';
// buf.toJSON() is { type: 'Buffer', data: [bytes] }, which JSON.stringify
// uses and Buffer.from takes back.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(Buffer.from('abc').toJSON(), { type: 'Buffer', data: [97, 98, 99] });
assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
assert.strictEqual(JSON.stringify(Buffer.from([1, 255])), '{"type":"Buffer","data":[1,255]}');
assert.strictEqual(JSON.stringify({ b: Buffer.from([7]) }), '{"b":{"type":"Buffer","data":[7]}}');

const original = Buffer.from('round trip \u00e9');
const parsed = JSON.parse(JSON.stringify(original));
assert.ok(Buffer.from(parsed).equals(original));
const revived = JSON.parse(JSON.stringify({ x: original }), (key, value) =>
  (value && value.type === 'Buffer' ? Buffer.from(value) : value));
assert.ok(revived.x.equals(original));

const json = Buffer.from('ab').subarray(1).toJSON();
assert.deepStrictEqual(json, { type: 'Buffer', data: [98] });
assert.ok(Array.isArray(json.data));
