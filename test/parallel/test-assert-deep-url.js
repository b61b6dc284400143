'use strict';
// URLs compare by href, and a failure shows them as their href, as Node's
// messages do (issue 5).
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err.message;
  }
  assert.fail('no error');
}

const foo = () => new URL('http://foo');
const bar = () => new URL('http://bar');
assert.deepStrictEqual(foo(), foo());
assert.strictEqual(messageOf(() => assert.deepStrictEqual(foo(), bar())),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '+ http://foo/\n- http://bar/\n');
assert.strictEqual(messageOf(() => assert.deepStrictEqual({ u: foo() }, { u: bar() })),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  {\n+   u: http://foo/\n-   u: http://bar/\n  }\n');
assert.strictEqual(messageOf(() => assert.deepEqual(foo(), bar())),
                   'Expected values to be loosely deep-equal:\n\nhttp://foo/\n\n' +
                   'should loosely deep-equal\n\nhttp://bar/');
assert.strictEqual(messageOf(() => assert.strictEqual(foo(), foo())),
                   'Values have same structure but are not reference-equal:\n\nhttp://foo/\n');
const extra = foo();
extra.x = 1;
assert.strictEqual(messageOf(() => assert.deepStrictEqual(extra, foo())),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '+ http://foo/ {\n+   x: 1\n+ }\n- http://foo/\n');
assert.strictEqual(messageOf(() => assert.deepStrictEqual(foo(), 'http://foo/')),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   "+ http://foo/\n- 'http://foo/'\n");
assert.strictEqual(messageOf(() => assert.partialDeepStrictEqual(foo(), bar())),
                   'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n' +
                   '+ http://foo/\n- http://bar/\n');

// The same form in util.inspect without custom inspection; an object that
// only looks like a URL is not one, and past the depth a URL is [URL].
const { inspect } = require('util');
assert.strictEqual(inspect(foo(), { customInspect: false }), 'http://foo/');
class Sub extends URL {}
assert.strictEqual(inspect(new Sub('http://q'), { customInspect: false }), 'http://q/');
assert.strictEqual(inspect([foo()], { customInspect: false, depth: 0 }), '[ URL {} ]');
assert.strictEqual(inspect({ u: foo() }, { customInspect: false }), '{ u: http://foo/ }');
class Fake {
  constructor() {
    this.href = 'h';
    this.protocol = 'p';
  }
}
assert.strictEqual(inspect(new Fake(), { customInspect: false }), "Fake { href: 'h', protocol: 'p' }");
assert.match(inspect(foo()), /^URL \{\n {2}href: 'http:\/\/foo\/',/);
