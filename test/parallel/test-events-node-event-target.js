'use strict';
// NodeEventTarget (internal/event_target, through --expose-internals, as
// Node's own tests and its MessagePort use it): an EventTarget with on,
// once, emit, listenerCount, eventNames, removeAllListeners. on/once
// listeners get emit()'s argument itself; addEventListener listeners get a
// CustomEvent carrying it as detail. Run in a child with the flag.
const common = require('../common');
const assert = require('assert');

if (process.argv[2] !== 'child') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-internals', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'done\n');
  assert.strictEqual(r.status, 0);
  return;
}

const { NodeEventTarget } = require('internal/event_target');
const { on, getEventListeners } = require('events');

{
  const target = new NodeEventTarget();
  assert.ok(target instanceof EventTarget);
  assert.strictEqual(NodeEventTarget.defaultMaxListeners, 10);
  assert.strictEqual(target.getMaxListeners(), 10);
  assert.deepStrictEqual(target.eventNames(), []);
  const seen = [];
  const nodeStyle = common.mustCall(function(value, extra) {
    assert.strictEqual(this, target);
    assert.strictEqual(extra, undefined);
    seen.push(['on', value]);
  }, 2);
  assert.strictEqual(target.on('foo', nodeStyle), target);
  target.addEventListener('foo', common.mustCall((event) => {
    assert.strictEqual(event.type, 'foo');
    assert.strictEqual(event.target, target);
    seen.push([event.constructor.name, event.detail]);
  }, 2));
  assert.strictEqual(target.once('bar', common.mustCall((v) => seen.push(['once', v]))), target);
  assert.deepStrictEqual(target.eventNames(), ['foo', 'bar']);
  assert.strictEqual(target.listenerCount('foo'), 2);
  assert.strictEqual(target.emit('foo', 1, 2), true);
  assert.strictEqual(target.emit('bar', 3), true);
  assert.strictEqual(target.emit('bar', 4), false);
  assert.strictEqual(target.listenerCount('bar'), 0);
  // dispatchEvent hands node-style listeners the event.
  const event = new Event('foo');
  target.dispatchEvent(event);
  assert.deepStrictEqual(seen.slice(0, 3), [['on', 1], ['CustomEvent', 1], ['once', 3]]);
  assert.strictEqual(seen[3][1], event);
  assert.deepStrictEqual(seen[4], ['Event', undefined]);
  assert.strictEqual(seen.length, 5);

  assert.throws(() => target.emit(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => target.on(Symbol('s'), () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => target.setMaxListeners(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(target.off('foo', nodeStyle), target);
  assert.strictEqual(target.listenerCount('foo'), 1);
  assert.strictEqual(getEventListeners(target, 'foo').length, 1);
  assert.strictEqual(target.removeAllListeners(), target);
  assert.deepStrictEqual(target.eventNames(), []);
  assert.strictEqual(target.emit('foo'), false);
}

// The methods check their receiver.
for (const name of ['setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off',
  'removeListener', 'on', 'addListener', 'once', 'emit', 'removeAllListeners']) {
  assert.throws(() => Reflect.apply(NodeEventTarget.prototype[name], new EventTarget(), []),
                { code: 'ERR_INVALID_THIS' }, name);
}

// events.on() iterates a NodeEventTarget through its on().
(async () => {
  const target = new NodeEventTarget();
  const timer = setInterval(() => target.dispatchEvent(new Event('tick')), 1);
  let count = 0;
  for await (const [event] of on(target, 'tick')) {
    assert.strictEqual(event.type, 'tick');
    if (++count === 3) break;
  }
  clearInterval(timer);
  assert.strictEqual(target.listenerCount('tick'), 0);
  console.log('done');
})().then(common.mustCall());
