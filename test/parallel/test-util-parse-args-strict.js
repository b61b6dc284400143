'use strict';
// util.parseArgs in strict mode (the default): unknown options, values of
// the wrong kind and unexpected positionals throw, with Node's messages.
const assert = require('assert');
const { parseArgs } = require('util');

function throwsWith(config, code, message) {
  assert.throws(() => parseArgs(config), { name: 'TypeError', code, message });
}

const UNKNOWN = 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
const INVALID = 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE';
const POSITIONAL = 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL';

throwsWith({ args: ['--unknown'] }, UNKNOWN, "Unknown option '--unknown'");
throwsWith({ args: ['-u'] }, UNKNOWN, "Unknown option '-u'");
throwsWith({ args: ['--Foo'], options: { foo: { type: 'boolean' } } }, UNKNOWN, "Unknown option '--Foo'");
// Only own properties of options count.
throwsWith({ args: ['--constructor'], options: {} }, UNKNOWN, "Unknown option '--constructor'");
throwsWith({ args: ['--x'], options: { __proto__: { x: { type: 'string' } } } }, UNKNOWN, "Unknown option '--x'");
// With positionals allowed, the message suggests '--'.
throwsWith({ args: ['--unknown'], allowPositionals: true }, UNKNOWN,
           "Unknown option '--unknown'. To specify a positional argument starting with a '-', " +
           "place it at the end of the command after '--', as in '-- \"--unknown\"");
// In a group, the first unknown letter.
throwsWith({ args: ['-fx'], options: { foo: { type: 'boolean', short: 'f' } } }, UNKNOWN, "Unknown option '-x'");
throwsWith({ args: ['-b=x'], options: { bar: { type: 'boolean', short: 'b' } } }, UNKNOWN, "Unknown option '-='");

throwsWith({ args: ['pos'] }, POSITIONAL,
           "Unexpected argument 'pos'. This command does not take positional arguments");
throwsWith({ args: ['--', '--foo'], options: { foo: { type: 'boolean' } } }, POSITIONAL,
           "Unexpected argument '--foo'. This command does not take positional arguments");
// A boolean does not take the next argument, which is then a positional.
throwsWith({ args: ['--foo', 'x'], options: { foo: { type: 'boolean' } } }, POSITIONAL,
           "Unexpected argument 'x'. This command does not take positional arguments");
// allowPositionals is the opposite of strict unless given.
throwsWith({ args: ['--x', 'y'], strict: false, allowPositionals: false }, POSITIONAL,
           "Unexpected argument 'y'. This command does not take positional arguments");

throwsWith({ args: ['--foo=bar'], options: { foo: { type: 'boolean' } } }, INVALID,
           "Option '--foo' does not take an argument");
throwsWith({ args: ['--bar='], options: { bar: { type: 'boolean', short: 'b' } } }, INVALID,
           "Option '-b, --bar' does not take an argument");
throwsWith({ args: ['--foo'], options: { foo: { type: 'string' } } }, INVALID,
           "Option '--foo <value>' argument missing");
throwsWith({ args: ['-f'], options: { foo: { type: 'string', short: 'f' } } }, INVALID,
           "Option '-f, --foo <value>' argument missing");
throwsWith({ args: ['-ab'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } } },
           INVALID, "Option '-b, --b <value>' argument missing");

// A separate value that looks like an option is ambiguous.
throwsWith({ args: ['--foo', '--bar'], options: { foo: { type: 'string' }, bar: { type: 'boolean' } } }, INVALID,
           "Option '--foo' argument is ambiguous.\n" +
           "Did you forget to specify the option argument for '--foo'?\n" +
           "To specify an option argument starting with a dash use '--foo=-XYZ'.");
throwsWith({ args: ['-f', '-x'], options: { foo: { type: 'string', short: 'f' } } }, INVALID,
           "Option '-f' argument is ambiguous.\n" +
           "Did you forget to specify the option argument for '-f'?\n" +
           "To specify an option argument starting with a dash use '--foo=-XYZ' or '-f-XYZ'.");
throwsWith({ args: ['--foo', '--'], options: { foo: { type: 'string' } } }, INVALID,
           /^Option '--foo' argument is ambiguous\./);
// ... but not when it is inline, or just '-'.
assert.strictEqual(parseArgs({ args: ['--foo=-x'], options: { foo: { type: 'string' } } }).values.foo, '-x');
assert.strictEqual(parseArgs({ args: ['-f-x'], options: { foo: { type: 'string', short: 'f' } } }).values.foo, '-x');
assert.strictEqual(parseArgs({ args: ['--foo', '-'], options: { foo: { type: 'string' } } }).values.foo, '-');
