'use strict';
// querystring.parse: separators, repeated keys, '+' as space, maxKeys,
// custom decoding, and byte-wise fallback for invalid percent-encoding.
const assert = require('assert');
const qs = require('querystring');

const check = (input, want, ...args) => {
  const got = qs.parse(input, ...args);
  assert.strictEqual(Object.getPrototypeOf(got), null);
  assert.deepStrictEqual({ ...got }, want, input);
};

check('a=1&b=2&a=3&c&=d&e=&f=g=h&+x+=%20y%zz&%E2%82%AC=%C3', {
  'a': ['1', '3'], 'b': '2', 'c': '', '': 'd', 'e': '', 'f': 'g=h', ' x ': ' y%zz', '\u20ac': '\ufffd',
});
check('a=1&b=2', { a: '1' }, null, null, { maxKeys: 1 });
check('a=1&b=2', { a: '1', b: '2' }, null, null, { maxKeys: 0 });
check('a:1;b:2', { a: '1', b: '2' }, ';', ':');
check('a==1&&b=2', { a: '=1', b: '2' }, '&&', '=');
check('a=1&&&b=2', { a: '1', b: '2' });
check('', {});
check('&', {});
check('=', { '': '' });
check('a[]=1&a[]=2', { 'a[]': ['1', '2'] });
check('a=%zz%41&b=%E9', { a: '%zzA', b: '\ufffd' });
// A part with no valid %XX escape is not decoded at all, so its
// non-ASCII characters survive; one with an escape falls back to bytes.
check('%zz\u3000=%zz+\u00e9&x=%41%zz\u3000', { '%zz\u3000': '%zz \u00e9', 'x': 'A%zz\u0000' });
// ...and a value counts as escaped when its key held two escapes.
check('%41=\u0085%&%41%41=\u0085%', { 'A': '\u0085%', 'AA': '\ufffd%' });
check('a=%E2%82%AC', { A: '%E2%82%AC' }, null, null, { decodeURIComponent: (s) => s.toUpperCase() });
assert.deepStrictEqual({ ...qs.decode('x=y') }, { x: 'y' });
assert.deepStrictEqual({ ...qs.parse(42) }, {});
