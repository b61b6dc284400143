'use strict';
// util.MIMEType's accessors and util.MIMEParams' methods.
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

{
  const m = new MIMEType('text/plain;a=b');
  assert.strictEqual(m.type, 'text');
  assert.strictEqual(m.subtype, 'plain');
  assert.strictEqual(m.essence, 'text/plain');
  m.type = 'IMAGE';
  m.subtype = 'PNG+xml';
  assert.strictEqual(String(m), 'image/png+xml;a=b');
  assert.throws(() => { m.type = ''; }, {
    code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a type in "" is invalid',
  });
  assert.throws(() => { m.type = 'a b'; }, { message: 'The MIME syntax for a type in "a b" is invalid at 1' });
  assert.throws(() => { m.subtype = 'x/y'; }, { message: 'The MIME syntax for a subtype in "x/y" is invalid at 1' });
  assert.strictEqual(m.essence, 'image/png+xml');
  // essence and params cannot be assigned.
  assert.throws(() => { 'use strict'; m.essence = 'x/y'; }, TypeError);
  assert.ok(m.params instanceof MIMEParams);
  assert.strictEqual(m.params, m.params);

  // The params object is live: changes show in the MIMEType.
  const p = m.params;
  assert.strictEqual(p.get('a'), 'b');
  assert.strictEqual(p.get('A'), 'b');
  assert.strictEqual(p.get('z'), null);
  assert.strictEqual(p.has('a'), true);
  assert.strictEqual(p.has('z'), false);
  p.set('C', 'x y');
  assert.strictEqual(String(m), 'image/png+xml;a=b;c="x y"');
  p.set('k', '');
  assert.strictEqual(p.toString(), 'a=b;c="x y";k=""');
  p.set(1, 2);
  assert.deepStrictEqual([...p.keys()], ['a', 'c', 'k', '1']);
  assert.strictEqual(p.get(1), '2');
  p.delete('C');
  assert.deepStrictEqual([...p.entries()], [['a', 'b'], ['k', ''], ['1', '2']]);
  assert.deepStrictEqual([...p.values()], ['b', '', '2']);
  assert.deepStrictEqual([...p], [['a', 'b'], ['k', ''], ['1', '2']]);
  assert.strictEqual(JSON.stringify(p), '"a=b;k=\\"\\";1=2"');
  assert.throws(() => p.set('', 'x'), {
    code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a parameter name in "" is invalid',
  });
  assert.throws(() => p.set('a b', 'x'), { message: 'The MIME syntax for a parameter name in "a b" is invalid at 1' });
  assert.throws(() => p.set('k', 'x\u0100'), {
    message: 'The MIME syntax for a parameter value in "x\u0100" is invalid at 1',
  });
  assert.throws(() => p.set('\u212a', 'x'), { code: 'ERR_INVALID_MIME_SYNTAX' });
}

{
  // A standalone MIMEParams; values are serialized quoted when they need it.
  const p = new MIMEParams();
  assert.strictEqual(p.toString(), '');
  p.set('a', 'b"c\\d');
  assert.strictEqual(p.toString(), 'a="b\\"c\\\\d"');
  p.set('b', undefined);
  assert.strictEqual(p.toString(), 'a="b\\"c\\\\d";b=undefined');
  // Iterators are generators, and see parameters set while iterating.
  const m = new MIMEType('a/b;x=1');
  const it = m.params.entries();
  assert.strictEqual(Object.prototype.toString.call(it), '[object Generator]');
  m.params.set('y', '2');
  assert.deepStrictEqual([...it], [['x', '1'], ['y', '2']]);
}

{
  // The shapes of the classes.
  assert.strictEqual(MIMEType.length, 1);
  assert.strictEqual(MIMEParams.length, 0);
  assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEType.prototype),
                         ['constructor', 'type', 'subtype', 'essence', 'params', 'toString', 'toJSON']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEParams.prototype),
                         ['constructor', 'delete', 'get', 'has', 'set', 'entries', 'keys', 'values', 'toString',
                          'toJSON']);
  assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
  assert.strictEqual(MIMEType.prototype.toJSON, MIMEType.prototype.toString);
  assert.strictEqual(MIMEParams.prototype.toJSON, MIMEParams.prototype.toString);
  const d = Object.getOwnPropertyDescriptor(MIMEType.prototype, 'toJSON');
  assert.strictEqual(d.enumerable, false);
  assert.strictEqual(d.writable, true);
  // Methods need a real instance.
  assert.throws(() => MIMEType.prototype.toString.call({}), TypeError);
  assert.throws(() => MIMEParams.prototype.get.call({}, 'a'), TypeError);
}

{
  // Patching Map.prototype does not reach the parameters.
  const { get, set, has } = Map.prototype;
  Map.prototype.get = Map.prototype.set = Map.prototype.has = () => { throw new Error('patched'); };
  try {
    const m = new MIMEType('a/b;x=1');
    m.params.set('y', '2');
    assert.strictEqual(m.params.get('x'), '1');
    assert.strictEqual(String(m), 'a/b;x=1;y=2');
  } finally {
    Object.assign(Map.prototype, { get, set, has });
  }
}
