'use strict';
// util.parseEnv(content): the .env format as Node's parser reads it, quirks
// included (see lib/internal/util/dotenv.js). Expected objects, key order
// too, are what Node 24 returned.
require('../common');
const assert = require('assert');
const util = require('util');

const cases = [
  ["", {}],
  ["A=1", {"A":"1"}],
  ["K=v\nK=w", {"K":"w"}],
  ["A=1\r\nB=2\r\n", {"A":"1","B":"2"}],
  ["  \n\t A=1", {"A":"1"}],
  ["A\nB\nC=1", {"C":"1"}],
  ["=x\nA=1", {"A":"1"}],
  ["=\nA=1", {"":"","A":"1"}],
  ["==A=", {"A":""}],
  ["A==b", {"A":"=b"}],
  ["A= \nB=1", {"A":"B=1"}],
  ["A=\nB=", {"A":"","B":""}],
  ["A=\t\n", {"A":""}],
  ["A=#c\nB", {"A":""}],
  ["A=1 #c # d", {"A":"1"}],
  ["A=a#b", {"A":"a"}],
  ["A=\"a#b\"#c", {"A":"a#b"}],
  ["A=\"x\"y\nB=1", {"A":"x","B":"1"}],
  ["A=''x", {"A":""}],
  ["A=\"a\\nb\"", {"A":"a\nb"}],
  ["A='a\\nb'", {"A":"a\\nb"}],
  ["A=`a\nb`\nC=1", {"A":"a\nb","C":"1"}],
  ["A=\"a\nB=2\nC=\"", {"A":"a\nB=2\nC="}],
  ["A=\"x\nB=2", {"A":"\"x","B":"2"}],
  ["A='", {"A":"'"}],
  ["A=x\"", {"A":"x\""}],
  ["A='a\"b'", {"A":"a\"b"}],
  ["export C=3\nexport  D = 4", {"C":"3","D":"4"}],
  ["export export A=1", {"export A":"1"}],
  ["export =1\nexport\t X=1", {"export":"1","export\t X":"1"}],
  [" export A=1", {"A":"1"}],
  ["exportA=1", {"exportA":"1"}],
  ["a b=1", {"a b":"1"}],
  ["#A=1\nB=2#", {"B":"2"}],
  ["b=1\na=2\nB=3\n10=x\n2=y\né=3\nz=4", {"2":"y","10":"x","B":"3","a":"2","b":"1","z":"4","é":"3"}],
  ["__proto__=x", {}],
];

for (const [content, expected] of cases) {
  const actual = util.parseEnv(content);
  assert.strictEqual(Object.getPrototypeOf(actual), Object.prototype);
  assert.deepStrictEqual(actual, expected, JSON.stringify(content));
  // Same keys in the same order.
  assert.strictEqual(JSON.stringify(actual), JSON.stringify(expected), JSON.stringify(content));
}

for (const value of [null, undefined, 1, {}, [], Buffer.from('A=1')]) {
  assert.throws(() => util.parseEnv(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "content" argument must be of type string\. Received /,
  });
}
assert.strictEqual(util.parseEnv.name, 'parseEnv');
assert.strictEqual(util.parseEnv.length, 1);
