'use strict';
// util.inspect of Event, CustomEvent, EventTarget and AbortController, as
// Node shows them: an event's type, defaultPrevented, cancelable and
// timeStamp; only the constructor's name once the depth runs out.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const event = new Event('foo', { cancelable: true });
event.preventDefault();
assert.match(inspect(event),
             /^Event \{\n {2}type: 'foo',\n {2}defaultPrevented: true,\n {2}cancelable: true,\n {2}timeStamp: [\d.]+\n\}$/);
assert.strictEqual(inspect(event, { depth: -1 }), 'Event');
assert.strictEqual(inspect({ a: { b: event } }, { depth: 1 }), '{ a: { b: Event } }');

const custom = new CustomEvent('bar', { detail: { x: 1 } });
assert.strictEqual(inspect(custom, { depth: -1 }), 'CustomEvent');
// The fields object is one level deeper than the event.
assert.strictEqual(inspect(custom, { depth: 0 }), 'CustomEvent [Object]');
assert.match(inspect(custom), /^CustomEvent \{\n {2}type: 'bar',\n {2}defaultPrevented: false,/);

class MyEvent extends Event {}
assert.match(inspect(new MyEvent('x')), /^MyEvent \{/);
assert.strictEqual(inspect(new MyEvent('x'), { depth: -1 }), 'MyEvent');

const target = new EventTarget();
target.addEventListener('foo', () => {});
assert.strictEqual(inspect(target), 'EventTarget {}');
assert.strictEqual(inspect(target, { depth: -1 }), 'EventTarget');
class MyTarget extends EventTarget {}
assert.strictEqual(inspect([new MyTarget()]), '[ MyTarget {} ]');

// Called on something else, Event's hook throws; EventTarget's shows the
// object by its constructor's name.
const hook = Event.prototype[inspect.custom];
assert.strictEqual(typeof hook, 'function');
assert.throws(() => hook.call({}, 1, {}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => inspect({ [inspect.custom]: hook }), { code: 'ERR_INVALID_THIS' });
assert.strictEqual(inspect({ [inspect.custom]: EventTarget.prototype[inspect.custom], x: 1 }), 'Object {}');
class Other {}
const other = new Other();
other[inspect.custom] = EventTarget.prototype[inspect.custom];
assert.strictEqual(inspect(other, { depth: -1 }), 'Other');

// AbortController past the depth limit is shown plainly, as Node does.
const controller = new AbortController();
assert.strictEqual(inspect(controller, { depth: -1 }), 'AbortController {}');
assert.strictEqual(inspect({ a: controller }, { depth: 0 }), '{ a: AbortController {} }');
assert.strictEqual(inspect(controller), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(inspect({ a: controller }, { depth: 1 }), '{ a: AbortController { signal: [AbortSignal] } }');
