'use strict';
// ignoreErrors (true unless false is given): errors from a stream's write
// are swallowed, and an 'error' event during the write finds a listener.
// With ignoreErrors false, write is called plainly and its errors thrown.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function throwing(err) {
  const s = new EventEmitter();
  s.write = () => { throw err; };
  return s;
}

// Swallowed.
{
  const s = throwing(new Error('boom'));
  const c = new Console(s);
  c.log('x');
  c.error('y');
  c.table([1]);
  assert.strictEqual(s.listenerCount('error'), 0);
}
for (const ignoreErrors of [true, undefined, 1, 'yes']) {
  new Console(throwing(new Error('boom')), undefined, ignoreErrors).log('x');
  new Console({ stdout: throwing(new Error('boom')), ignoreErrors }).log('x');
}

// Thrown: ignoreErrors false, or anything falsy but undefined.
for (const ignoreErrors of [false, 0, null, '']) {
  assert.throws(() => new Console(throwing(new Error('boom')), undefined, ignoreErrors).log('x'),
                { message: 'boom' });
  assert.throws(() => new Console({ stdout: throwing(new Error('boom')), ignoreErrors }).log('x'),
                { message: 'boom' });
}
// A stack overflow is never swallowed.
assert.throws(() => new Console(throwing(new RangeError('Maximum call stack size exceeded'))).log('x'),
              { name: 'RangeError' });

// While ignoring errors, write gets a callback, and the stream a one-time
// 'error' listener for the duration of the write, if it had none.
{
  const s = new EventEmitter();
  const calls = [];
  s.write = (...args) => {
    calls.push([args.length, args[0], typeof args[1], s.listenerCount('error')]);
    s.emit('error', new Error('during write')); // does not throw
    return true;
  };
  new Console(s).log('a');
  assert.deepStrictEqual(calls, [[2, 'a\n', 'function', 1]]);
  assert.strictEqual(s.listenerCount('error'), 0);

  // A stream with a listener of its own keeps it alone.
  calls.length = 0;
  const seen = [];
  s.on('error', (e) => seen.push(e.message));
  new Console(s).log('b');
  assert.deepStrictEqual(calls, [[2, 'b\n', 'function', 1]]);
  assert.deepStrictEqual(seen, ['during write']);
}

// Not ignoring errors: write(string) alone, no listener added.
{
  const chunks = [];
  const plain = { write(...args) { chunks.push(args); } };
  const c = new Console({ stdout: plain, ignoreErrors: false });
  c.log('y');
  assert.deepStrictEqual(chunks, [['y\n']]);
}

// The callback: an error reported later gets a one-time listener too.
{
  const s = new EventEmitter();
  s._writableState = { errorEmitted: false };
  let callback;
  s.write = (chunk, cb) => { callback = cb; };
  const c = new Console(s);
  c.log('z');
  assert.strictEqual(c._stdoutErrorHandler, callback);
  callback(null);
  assert.strictEqual(s.listenerCount('error'), 0);
  callback(new Error('late'));
  assert.strictEqual(s.listenerCount('error'), 1);
  s.emit('error', new Error('late'));
  assert.strictEqual(s.listenerCount('error'), 0);
  // Already emitted: nothing to do.
  s._writableState.errorEmitted = true;
  callback(new Error('again'));
  assert.strictEqual(s.listenerCount('error'), 0);
}

// A stream that is not an EventEmitter cannot have errors ignored: Node
// reaches for its listener methods.
{
  const plain = { write() {} };
  assert.throws(() => new Console(plain).log('x'), TypeError);
}
