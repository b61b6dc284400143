'use strict';
// util.inspect of TextDecoder and TextEncoder, as Node 24 shows them: the
// fields inspected as a plain object after the class name (so the width
// that decides line breaks leaves the name out), the hidden converter
// fields with showHidden, the subclass's name, [TextDecoder] past the
// depth, and ERR_INVALID_THIS for another receiver (issue 4).
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new TextDecoder('latin1')),
                   "TextDecoder { encoding: 'windows-1252', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextDecoder('utf-8', { ignoreBOM: true }), { showHidden: true }),
                   "TextDecoder {\n  encoding: 'utf-8',\n  fatal: false,\n  ignoreBOM: true,\n" +
                   '  Symbol(flags): 4,\n  Symbol(handle): undefined\n}');
assert.strictEqual(util.inspect(new TextDecoder('utf-16be', { fatal: true }), { showHidden: true }),
                   "TextDecoder {\n  encoding: 'utf-16be',\n  fatal: true,\n  ignoreBOM: false,\n" +
                   '  Symbol(flags): 2,\n  Symbol(handle): Converter {}\n}');
class MyDecoder extends TextDecoder {}
assert.strictEqual(util.inspect(new MyDecoder('koi8-r')),
                   "MyDecoder { encoding: 'koi8-r', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextDecoder(), { depth: -1 }), '[TextDecoder]');
assert.strictEqual(util.inspect({ a: { b: new TextDecoder() } }, { depth: 0 }), '{ a: [Object] }');
// The fields are inspected with the default options: no colors.
assert.strictEqual(util.inspect([new TextDecoder()], { colors: true }),
                   "[ TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false } ]");

assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(new TextEncoder(), { depth: -1 }), '[TextEncoder]');

for (const [ctor, name] of [[TextDecoder, 'TextDecoder'], [TextEncoder, 'TextEncoder']]) {
  const custom = ctor.prototype[util.inspect.custom];
  for (const receiver of [{}, [], 1, '', name === 'TextDecoder' ? new TextEncoder() : new TextDecoder()]) {
    assert.throws(() => custom.call(receiver, Infinity, {}), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: `Value of "this" must be of type ${name}`,
    });
  }
}
