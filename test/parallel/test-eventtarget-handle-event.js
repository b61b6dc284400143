'use strict';
// An object listener's handleEvent is looked up at each dispatch and called
// with the object as `this`; an object without one is kept and ignored.
const assert = require('assert');
const common = require('../common');

const et = new EventTarget();
const obj = {
  handleEvent: common.mustCall(function(ev) {
    assert.strictEqual(this, obj);
    assert.strictEqual(ev.type, 'h');
    assert.strictEqual(ev.currentTarget, et);
  }),
};
et.addEventListener('h', obj);
et.addEventListener('h', obj); // a duplicate
et.dispatchEvent(new Event('h'));

// handleEvent added after registration is found at dispatch time.
const late = {};
et.addEventListener('l', late);
late.handleEvent = common.mustCall();
et.dispatchEvent(new Event('l'));

// No handleEvent: nothing runs, and nothing is reported.
process.on('uncaughtException', common.mustNotCall());
et.addEventListener('n', {});
et.dispatchEvent(new Event('n'));

// Removed like a function listener.
const gone = { handleEvent: common.mustNotCall() };
et.addEventListener('g', gone);
et.removeEventListener('g', gone);
et.dispatchEvent(new Event('g'));

// A function listener is called as a function even with a handleEvent.
const fn = common.mustCall();
fn.handleEvent = common.mustNotCall();
et.addEventListener('f', fn);
et.dispatchEvent(new Event('f'));
