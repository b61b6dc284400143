'use strict';
// URLPattern's errors, as Node's binding throws them: TypeErrors with a
// code (and no other own property but the code), "Illegal invocation" for
// a receiver that is not a URLPattern, and the user's own errors from
// getters, unchanged.
require('../common');
const assert = require('assert');

// A TypeError with exactly this code and message.
function coded(code, message) {
  return (err) => {
    assert.strictEqual(err.constructor, TypeError);
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    assert.deepStrictEqual(Object.keys(err), ['code']);
    return true;
  };
}

// Without new.
assert.throws(() => URLPattern(), coded('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`'));
assert.throws(() => URLPattern.call(new URLPattern(), 'https://a.test'),
              coded('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`'));

// The input: a string, an object (functions too), or nothing.
for (const input of [1, 0, true, false, Symbol('s'), 10n]) {
  assert.throws(() => new URLPattern(input), coded('ERR_INVALID_ARG_TYPE', 'Input must be an object or a string'));
}
// The second argument: a string, or (as the last argument) an object.
for (const second of [1, true, Symbol('s')]) {
  assert.throws(() => new URLPattern('https://a.test', second),
                coded('ERR_INVALID_ARG_TYPE', 'second argument must be a string or object'));
  assert.throws(() => new URLPattern('https://a.test', second, {}),
                coded('ERR_INVALID_ARG_TYPE', 'second argument must be a string'));
}
assert.throws(() => new URLPattern('https://a.test', {}, {}),
              coded('ERR_INVALID_ARG_TYPE', 'second argument must be a string'));
// The third: an object, or nothing.
for (const third of [1, 'x', true]) {
  assert.throws(() => new URLPattern('https://a.test', 'https://b.test', third),
                coded('ERR_INVALID_ARG_TYPE', 'options must be an object'));
}
// With three arguments, an undefined or null base URL is one that does not
// parse.
assert.throws(() => new URLPattern('https://a.test', undefined, {}),
              coded('ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern'));
assert.throws(() => new URLPattern('https://a.test', null, undefined),
              coded('ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern'));
// The argument checks come first, in order.
assert.throws(() => new URLPattern(1, 1, 1), { message: 'Input must be an object or a string' });
assert.throws(() => new URLPattern('(', 1), { code: 'ERR_INVALID_ARG_TYPE' });

// Patterns that do not compile.
const bad = [
  '(',                                // an unterminated regexp group
  'https://a.test/(\\d+',
  'https://a.test/()',                // an empty one
  'https://a.test/(?:x)',             // one starting with '?'
  'https://a.test/(a(b))',            // a capturing group inside
  'https://a.test/([a-z]+',
  'https://a.test/(é)',               // non-ASCII in a regexp
  'https://a.test/:',                 // a ':' without a name
  'https://a.test/:1a',               // a name that is not an identifier
  'https://a.test/:a/:a',             // a name twice in one component
  'https://a.test/{a',                // an unclosed "{"
  'https://a.test/{a{b}}',            // nested
  'https://a.test/a\\',               // a trailing backslash
  'https://a.test/a/+',               // a modifier with nothing before it
  'https://a.test/(*)',               // a regexp that does not compile
  '/relative',                        // a relative pattern without a base
  '*.example.test/x',
  'https://a b.test/',                // a hostname the URL parser refuses
  'https://a.test:99999/',            // a port out of range
  'https://a.test\\:x/',             // not a port
  '1http://a.test/',                  // not a scheme
];
for (const pattern of bad) {
  assert.throws(() => new URLPattern(pattern), coded('ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern'),
                pattern);
}
for (const init of [
  { protocol: 'ht tp' }, { protocol: ' http' }, { hostname: 'exa mple.test' }, { hostname: '[\\:\\:g]' },
  { port: 'eighty' }, { port: '65536' }, { pathname: '/(' }, { search: '?{' }, { baseURL: 'not a url' },
  { baseURL: '' },
]) {
  assert.throws(() => new URLPattern(init), coded('ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern'),
                JSON.stringify(init));
}
// A dictionary does not take a base URL argument.
assert.throws(() => new URLPattern({ pathname: '/a' }, 'https://a.test'),
              coded('ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern'));
assert.throws(() => new URLPattern('/a', 'not a url'),
              coded('ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern'));

// exec() and test(): their input and base URL.
const pattern = new URLPattern({ pathname: '/a' });
for (const method of ['exec', 'test']) {
  for (const input of [1, true, Symbol('s')]) {
    assert.throws(() => pattern[method](input),
                  coded('ERR_INVALID_ARG_TYPE', 'URLPattern input needs to be a string or an object'));
  }
  for (const base of [1, {}, true, () => {}, new String('https://a.test')]) {
    assert.throws(() => pattern[method]('/a', base), coded('ERR_INVALID_ARG_TYPE', 'baseURL must be a string'));
  }
  // A dictionary with a base URL (null too, but not undefined).
  const message = method === 'exec' ? 'Failed to exec URLPattern' : 'Failed to test URLPattern';
  assert.throws(() => pattern[method]({ pathname: '/a' }, 'https://a.test'), coded('ERR_OPERATION_FAILED', message));
  assert.throws(() => pattern[method]({}, null), coded('ERR_OPERATION_FAILED', message));
  assert.throws(() => pattern[method](undefined, 'https://a.test'), coded('ERR_OPERATION_FAILED', message));
  assert.doesNotThrow(() => pattern[method]({ pathname: '/a' }, undefined));
}

// A receiver that is not a URLPattern: V8's "Illegal invocation", no code.
function illegal(err) {
  assert.strictEqual(err.constructor, TypeError);
  assert.strictEqual(err.message, 'Illegal invocation');
  assert.strictEqual(err.code, undefined);
  return true;
}
const proto = URLPattern.prototype;
for (const name of ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash',
  'hasRegExpGroups']) {
  const get = Object.getOwnPropertyDescriptor(proto, name).get;
  for (const receiver of [undefined, null, 1, 'https://a.test', {}, proto, new URL('https://a.test'),
    Object.create(proto)]) {
    assert.throws(() => get.call(receiver), illegal, name);
  }
  assert.throws(() => proto[name], illegal, name);
}
for (const name of ['exec', 'test']) {
  for (const receiver of [undefined, {}, proto, Object.create(proto)]) {
    assert.throws(() => proto[name].call(receiver, 'https://a.test'), illegal, name);
  }
  // The receiver is checked before the arguments.
  assert.throws(() => proto[name].call({}, 1), illegal, name);
}
const { exec, test } = pattern;
assert.throws(() => exec('/a'), illegal);
assert.throws(() => test({}), illegal);

// The user's errors, from reading the dictionary or the options, come out
// as they are; each member is read once, in order, then the options.
const reads = [];
const spy = new Proxy({}, {
  get(target, key) {
    reads.push(key);
    return undefined;
  },
});
new URLPattern(spy, { get ignoreCase() { reads.push('ignoreCase'); return false; } });
assert.deepStrictEqual(reads, [
  'protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash', 'baseURL', 'ignoreCase',
]);
const boom = new Error('boom');
assert.throws(() => new URLPattern({ get hostname() { throw boom; } }), (err) => err === boom);
assert.throws(() => new URLPattern({}, { get ignoreCase() { throw boom; } }), (err) => err === boom);
assert.throws(() => new URLPattern('https://a.test', 'https://b.test', { get ignoreCase() { throw boom; } }),
              (err) => err === boom);
assert.throws(() => pattern.exec({ get search() { throw boom; } }), (err) => err === boom);
assert.throws(() => pattern.test({ get hash() { throw boom; } }), (err) => err === boom);
// The options are read after the arguments are checked, and before the
// pattern is compiled.
reads.length = 0;
const options = { get ignoreCase() { reads.push('ignoreCase'); return true; } };
assert.throws(() => new URLPattern('https://a.test', 1, options), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual(reads, []);
assert.throws(() => new URLPattern('(', options), { code: 'ERR_INVALID_URL_PATTERN' });
assert.deepStrictEqual(reads, ['ignoreCase']);

// The stack starts at the caller, as for a native function.
try {
  new URLPattern('(');
  assert.fail('no error');
} catch (err) {
  assert.match(err.stack, /^TypeError: Failed to construct URLPattern\n {4}at /);
  assert.match(err.stack.split('\n')[1], /test-urlpattern-errors\.js/);
}
