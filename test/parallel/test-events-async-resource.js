'use strict';
// EventEmitterAsyncResource: an EventEmitter that carries an async
// resource, with asyncId, triggerAsyncId and asyncResource.
const assert = require('assert');
const common = require('../common');
const events = require('events');
const { EventEmitterAsyncResource, EventEmitter } = events;

const desc = Object.getOwnPropertyDescriptor(events, 'EventEmitterAsyncResource');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(events.EventEmitterAsyncResource, EventEmitterAsyncResource);
assert.strictEqual(Object.getPrototypeOf(EventEmitterAsyncResource), EventEmitter);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype),
                       ['constructor', 'emit', 'emitDestroy', 'asyncId', 'triggerAsyncId', 'asyncResource']);

for (const bad of [undefined, {}, { name: 1 }]) {
  assert.throws(() => new EventEmitterAsyncResource(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.name" property must be of type string\. Received /,
  });
}

{
  const r = new EventEmitterAsyncResource({ name: 'foo' });
  assert.ok(r instanceof EventEmitter);
  assert.strictEqual(typeof r.asyncId, 'number');
  assert.strictEqual(typeof r.triggerAsyncId, 'number');
  assert.ok(r.asyncId > 0);
  const res = r.asyncResource;
  assert.strictEqual(res, r.asyncResource);
  assert.strictEqual(res.eventEmitter, r);
  assert.strictEqual(res.constructor.name, 'EventEmitterReferencingAsyncResource');
  assert.strictEqual(Object.getPrototypeOf(res.constructor).name, 'AsyncResource');
  assert.strictEqual(res.asyncId(), r.asyncId);
  assert.strictEqual(res.triggerAsyncId(), r.triggerAsyncId);
  // emit goes through the resource, with the emitter as `this`.
  r.on('x', common.mustCall(function(a, b) {
    assert.strictEqual(this, r);
    assert.deepStrictEqual([a, b], [1, 2]);
  }));
  assert.strictEqual(r.emit('x', 1, 2), true);
  assert.strictEqual(r.emit('y'), false);
  assert.strictEqual(r.emitDestroy(), undefined);
  // Distinct resources have distinct ids.
  assert.notStrictEqual(new EventEmitterAsyncResource('bar').asyncId, r.asyncId);
}

{
  // A string is the name; a subclass may omit it; options reach both the
  // emitter (captureRejections) and the resource (triggerAsyncId).
  new EventEmitterAsyncResource('bar');
  class Sub extends EventEmitterAsyncResource {}
  const s = new Sub();
  assert.ok(s.asyncId > 0);
  const t = new EventEmitterAsyncResource({ name: 't', triggerAsyncId: 42, captureRejections: true });
  assert.strictEqual(t.triggerAsyncId, 42);
  t.on('x', async () => { throw new Error('captured'); });
  t.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'captured')));
  t.emit('x');
}

{
  // The accessors need an instance.
  assert.throws(() => EventEmitterAsyncResource.prototype.asyncId, TypeError);
  assert.throws(() => Reflect.get(EventEmitterAsyncResource.prototype, 'asyncResource', {}), TypeError);
}
