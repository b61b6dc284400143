'use strict';
// clear() moves the cursor home and erases the screen, on a TTY whose
// TERM is not 'dumb'; elsewhere it does nothing. Group indentation stays.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const calls = [];
const s = new EventEmitter();
s.write = (...args) => { calls.push(args); return true; };
const c = new Console(s);

c.clear();
assert.deepStrictEqual(calls, []);

s.isTTY = true;
process.env.TERM = 'xterm';
c.group('g');
calls.length = 0;
c.clear();
assert.deepStrictEqual(calls, [['\u001b[1;1H', undefined], ['\u001b[0J', undefined]]);
calls.length = 0;
c.log('after');
assert.strictEqual(calls[0][0], '  after\n');

process.env.TERM = 'dumb';
calls.length = 0;
c.clear();
assert.deepStrictEqual(calls, []);

delete process.env.TERM;
c.clear();
assert.strictEqual(calls.length, 2);
assert.strictEqual(c.clear(), undefined);
