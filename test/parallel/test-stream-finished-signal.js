'use strict';
// finished() with a signal: aborting calls back with an AbortError (its
// cause the signal's reason) and removes the listeners; the promise form
// in stream/promises, with cleanup.
const assert = require('assert');
const stream = require('stream');
const { finished } = require('stream/promises');
const util = require('util');
const { Readable, PassThrough } = stream;

const log = [];

async function main() {
  assert.strictEqual(util.promisify(stream.finished), finished);

  const ac = new AbortController();
  const r = new Readable({ read() {} });
  stream.finished(r, { signal: ac.signal }, (err) => {
    log.push(`aborted ${err.name} cause=${err.cause}`);
  });
  ac.abort('why');
  await new Promise((resolve) => setImmediate(resolve));
  log.push(`listeners after abort ${r.listenerCount('end')}`);

  stream.finished(new Readable({ read() {} }), { signal: AbortSignal.abort() },
                  (err) => log.push(`pre-aborted ${err.name}`));
  assert.throws(() => stream.finished(r, { signal: {} }, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /The "options\.signal" property must be an instance of AbortSignal/,
  });

  const p = new PassThrough();
  p.end('x');
  p.resume();
  await finished(p);
  log.push('promise resolved');

  const bad = new PassThrough();
  setImmediate(() => bad.destroy(new Error('bad')));
  await assert.rejects(finished(bad), { message: 'bad' });
  log.push('promise rejected');

  const c = new PassThrough();
  c.end();
  c.resume();
  const before = c.listenerCount('end');
  await finished(c, { cleanup: true });
  log.push(`cleanup removed ${c.listenerCount('end') === before}`);
  assert.throws(() => finished(c, { cleanup: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'aborted AbortError cause=why', 'listeners after abort 0', 'pre-aborted AbortError',
    'promise resolved', 'promise rejected', 'cleanup removed true', 'main done',
  ]);
});
