'use strict';
// os.homedir(): $HOME as it is (no trailing slash trimmed, empty kept), read
// at each call; with HOME unset, the user's directory from the password
// database, which os.userInfo().homedir reports.
const assert = require('assert');
const os = require('os');

process.env.HOME = '/some/home/';
assert.strictEqual(os.homedir(), '/some/home/');
assert.strictEqual(`${os.homedir}`, '/some/home/');

process.env.HOME = '/caf\u00e9';
assert.strictEqual(os.homedir(), '/caf\u00e9');

process.env.HOME = '';
assert.strictEqual(os.homedir(), '');

delete process.env.HOME;
const home = os.homedir();
assert.strictEqual(typeof home, 'string');
assert.strictEqual(home, os.userInfo().homedir);

// userInfo() never reads HOME.
process.env.HOME = '/elsewhere';
assert.strictEqual(os.userInfo().homedir, home);
