'use strict';
// os.userInfo([options]): a null-prototype object of uid, gid, username,
// homedir and shell for the effective user; options.encoding 'buffer' (any
// letter case) gives Buffers, another known encoding strings in it, an
// unknown or non-string one UTF-8; a non-object options is ignored.
const assert = require('assert');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.geteuid());
assert.strictEqual(info.gid, process.getegid());
assert.strictEqual(typeof info.username, 'string');
assert.ok(info.username.length > 0);
assert.strictEqual(typeof info.homedir, 'string');
assert.ok(info.shell === null || typeof info.shell === 'string');
for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(info))) {
  assert.deepStrictEqual(d, { value: info[key], writable: true, enumerable: true, configurable: true });
}
assert.strictEqual(os.userInfo.length, 1);

// Each call makes a new object.
assert.notStrictEqual(os.userInfo(), info);
assert.deepStrictEqual(os.userInfo(), info);

const same = (opts) => assert.deepStrictEqual(os.userInfo(opts), info);
same(undefined);
same(null);
same({});
same([]);
same('buffer');           // not an object: ignored
same(() => {});
same({ encoding: 'utf8' });
same({ encoding: 'UTF-8' });
same({ encoding: 'bogus' });
same({ encoding: 5 });
same({ encoding: null });

const fields = ['username', 'homedir', 'shell'];
const bytes = (s) => Buffer.from(s, 'utf8');

for (const encoding of ['buffer', 'BUFFER', 'Buffer']) {
  const b = os.userInfo({ encoding });
  assert.strictEqual(Object.getPrototypeOf(b), null);
  assert.strictEqual(b.uid, info.uid);
  assert.strictEqual(b.gid, info.gid);
  for (const f of fields) {
    if (info[f] === null) {
      assert.strictEqual(b[f], null);
      continue;
    }
    assert.ok(Buffer.isBuffer(b[f]), f);
    assert.deepStrictEqual(b[f], bytes(info[f]));
    assert.strictEqual(b[f].toString(), info[f]);
  }
}

for (const encoding of ['hex', 'HEX', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le']) {
  const e = os.userInfo({ encoding });
  for (const f of fields) {
    if (info[f] === null) continue;
    assert.strictEqual(e[f], bytes(info[f]).toString(encoding), `${encoding} ${f}`);
  }
}

// The options object is read once, through its getter.
let reads = 0;
os.userInfo({ get encoding() { reads++; return 'hex'; } });
assert.strictEqual(reads, 1);
assert.throws(() => os.userInfo({ get encoding() { throw new Error('boom'); } }), /^Error: boom$/);
