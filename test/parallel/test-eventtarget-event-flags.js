'use strict';
// preventDefault, returnValue, cancelBubble, stopPropagation,
// stopImmediatePropagation and initEvent outside a dispatch, and the brand
// checks of Event's methods and accessors.
const assert = require('assert');

{
  const e = new Event('x', { cancelable: true });
  e.preventDefault();
  assert.strictEqual(e.defaultPrevented, true);
  assert.strictEqual(e.returnValue, false);
}
{
  // Not cancelable: preventDefault does nothing.
  const e = new Event('x');
  e.preventDefault();
  assert.strictEqual(e.defaultPrevented, false);
  assert.strictEqual(e.returnValue, true);
}
{
  // returnValue = falsy prevents; assigning true afterwards does not undo it.
  const e = new Event('x', { cancelable: true });
  e.returnValue = 0;
  assert.strictEqual(e.defaultPrevented, true);
  e.returnValue = true;
  assert.strictEqual(e.defaultPrevented, true);
  assert.strictEqual(e.returnValue, false);
}
{
  // cancelBubble can be set, not cleared.
  const e = new Event('x');
  e.cancelBubble = true;
  assert.strictEqual(e.cancelBubble, true);
  e.cancelBubble = false;
  assert.strictEqual(e.cancelBubble, true);
  const g = new Event('x');
  g.cancelBubble = 1;
  assert.strictEqual(g.cancelBubble, true);
}
{
  const e = new Event('x');
  e.stopPropagation();
  assert.strictEqual(e.cancelBubble, true);
  const g = new Event('x');
  g.stopImmediatePropagation();
  assert.strictEqual(g.cancelBubble, true);
}
{
  const e = new Event('x');
  e.initEvent('y', true, true);
  assert.deepStrictEqual([e.type, e.bubbles, e.cancelable], ['y', true, true]);
  e.initEvent('z');
  assert.deepStrictEqual([e.type, e.bubbles, e.cancelable], ['z', false, false]);
  assert.throws(() => e.initEvent(), { code: 'ERR_MISSING_ARGS' });
  assert.strictEqual(Event.prototype.initEvent.length, 1);
}

const proto = Event.prototype;
for (const name of ['preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath']) {
  assert.throws(() => proto[name].call({}), { name: 'TypeError', code: 'ERR_INVALID_THIS' }, name);
}
assert.throws(() => proto.initEvent.call({}, 'x'), TypeError);
for (const name of ['type', 'target', 'currentTarget', 'srcElement', 'bubbles', 'cancelable',
  'composed', 'defaultPrevented', 'timeStamp', 'eventPhase', 'cancelBubble', 'returnValue']) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  assert.throws(() => desc.get.call({}), { code: 'ERR_INVALID_THIS' }, name);
  if (desc.set) assert.throws(() => desc.set.call({}, true), { code: 'ERR_INVALID_THIS' }, name);
}
// isTrusted answers false for anything that is not a trusted event.
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'isTrusted').get.call({}), false);
