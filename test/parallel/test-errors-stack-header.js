'use strict';
// The first line of err.stack follows Error.prototype.toString(): an empty
// name leaves just the message, an empty message just the name.
const assert = require('assert');

function header(name, message) {
  const err = new Error('original');
  err.name = name;
  err.message = message;
  Error.captureStackTrace(err);
  return err.stack.split('\n')[0];
}
assert.strictEqual(header('', 'only message'), 'only message');
assert.strictEqual(header('OnlyName', ''), 'OnlyName');
assert.strictEqual(header('', ''), '');
assert.strictEqual(header('N', 'm'), 'N: m');

// The same when the name is changed before `stack` is first read.
const err = new Error('m');
err.name = '';
assert.strictEqual(err.stack.split('\n')[0], 'm');
