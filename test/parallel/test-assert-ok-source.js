'use strict';
// assert.ok() and assert() quote the source of the failing call, from the
// callee to its closing parenthesis or, for a call spanning lines, to the
// end of its first line.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.generatedMessage, true);
    return err.message;
  }
  assert.fail('no error');
}
const head = 'The expression evaluated to a falsy value:\n\n  ';

let x;
assert.strictEqual(messageOf(() => { x = 1; assert.ok(typeof x === 'string'); x = 2; }),
                   `${head}assert.ok(typeof x === 'string')\n`);
assert.strictEqual(messageOf(() => assert(null)), `${head}assert(null)\n`);
assert.strictEqual(messageOf(() => assert.ok(0, undefined)), `${head}assert.ok(0, undefined)\n`);
assert.strictEqual(messageOf(() => assert.ok(0) /* after */), `${head}assert.ok(0)\n`);
assert.strictEqual(messageOf(() => assert.ok(')'.length === 0)), `${head}assert.ok(')'.length === 0)\n`);
// eslint-disable-next-line dot-notation
assert.strictEqual(messageOf(() => assert['ok'].call(null, '')), `${head}assert['ok'].call(null, '')\n`);
assert.strictEqual(messageOf(() => (0, assert.ok)(0)), `${head}(0)\n`);
assert.strictEqual(messageOf(() => { const o = { check: assert }; o.check(false); }), `${head}o.check(false)\n`);
assert.strictEqual(messageOf(() => {
  assert.ok(
    false,
  );
}), `${head}assert.ok(\n`);
assert.strictEqual(messageOf(() => {
  assert
    .ok(false);
}), `${head}ok(false)\n`);
assert.strictEqual(messageOf(() => assert.strict.ok(/\)/.test(''))), `${head}assert.strict.ok(/\\)/.test(''))\n`);

// Found even when stack traces are off.
const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
assert.strictEqual(messageOf(() => assert.ok('')), `${head}assert.ok('')\n`);
Error.stackTraceLimit = limit;

// A message given is used as it is.
assert.throws(() => assert.ok(false, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.ok(), { message: 'No value argument passed to `assert.ok()`' });

// Called through apply() or call(), the quoted call is the one in the code.
// eslint-disable-next-line dot-notation, @stylistic/js/quotes
assert.strictEqual(messageOf(() => assert['ok']["apply"](null, [0])), `${head}assert['ok']["apply"](null, [0])\n`);
assert.strictEqual(messageOf(() => Reflect.apply(assert.ok, null, [0])), `${head}Reflect.apply(assert.ok, null, [0])\n`);
