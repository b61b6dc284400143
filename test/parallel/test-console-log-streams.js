'use strict';
// log, info, debug and dirxml write to stdout, warn and error to stderr: one
// write per call, util.format's output plus a newline.
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');
const { Console } = require('console');

function sink() {
  const stream = new EventEmitter();
  stream.chunks = [];
  stream.write = (chunk) => {
    stream.chunks.push(chunk);
    return true;
  };
  return stream;
}

const stdout = sink();
const stderr = sink();
const c = new Console({ stdout, stderr });

const args = ['a %s b %d c %i %j %%', 'str', 4.5, 7.9, { j: 1 }, 'extra', 42, { x: [1, 2] }];
c.log(...args);
c.info(...args);
c.debug(...args);
c.dirxml(...args);
const expected = `${util.format(...args)}\n`;
assert.deepStrictEqual(stdout.chunks, [expected, expected, expected, expected]);
assert.strictEqual(expected, "a str b 4.5 c 7 {\"j\":1} % extra 42 { x: [ 1, 2 ] }\n");
assert.deepStrictEqual(stderr.chunks, []);

c.warn(...args);
c.error(...args);
assert.deepStrictEqual(stderr.chunks, [expected, expected]);
assert.strictEqual(stdout.chunks.length, 4);

// No arguments: an empty line.
stdout.chunks.length = 0;
c.log();
c.dirxml();
assert.deepStrictEqual(stdout.chunks, ['\n', '\n']);

// A first argument that is not a string is inspected, as are the others;
// strings after the first are written as they are.
stdout.chunks.length = 0;
c.log(1, 'two', [3], null, undefined, -0, 5n);
assert.deepStrictEqual(stdout.chunks, ["1 two [ 3 ] null undefined -0 5n\n"]);

// A multi-line message stays one write.
stdout.chunks.length = 0;
c.log('line 1\nline 2');
assert.deepStrictEqual(stdout.chunks, ['line 1\nline 2\n']);

// stderr defaults to stdout.
const both = sink();
const single = new Console({ stdout: both });
single.log('out');
single.error('err');
assert.deepStrictEqual(both.chunks, ['out\n', 'err\n']);
