'use strict';
// util.toUSVString: the string with lone surrogates replaced by U+FFFD;
// util.stripVTControlCharacters: the string without terminal escapes.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'), 'a\ufffdb\ufffdc\ud83d\ude00');
assert.strictEqual(util.toUSVString('\udc00\ud800'), '\ufffd\ufffd');
assert.strictEqual(util.toUSVString('plain'), 'plain');
assert.strictEqual(util.toUSVString(5), '5');
assert.strictEqual(util.toUSVString(), 'undefined');
assert.strictEqual(util.toUSVString({ toString: () => '\ud800' }), '\ufffd');

const strip = util.stripVTControlCharacters;
assert.strictEqual(strip('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(strip('\u001b[1;31;42mx\u001b[0m'), 'x');
assert.strictEqual(strip('\u009b1mx'), 'x');
assert.strictEqual(strip('\u001b]8;;http://example.com\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(strip('\u001b]0;title\u001b\\rest'), 'rest');
assert.strictEqual(strip('\u001b[?25hshown'), 'shown');
assert.strictEqual(strip('\u001b[2J\u001b[Hhome'), 'home');
assert.strictEqual(strip('no escapes'), 'no escapes');
assert.throws(() => strip(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (1)',
});
