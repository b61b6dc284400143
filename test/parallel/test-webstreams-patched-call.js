'use strict';
// Web streams call underlying sources, sinks and promise methods through
// builtins captured at startup: a program that replaces
// Function.prototype.call, or gives its pull() a `call` of its own, does
// not change what runs.
const common = require('../common');
const assert = require('assert');

function pull(controller) {
  controller.enqueue('x');
  controller.close();
}
pull.call = common.mustNotCall('own call');
const readable = new ReadableStream({ pull });

const written = [];
const writable = new WritableStream({ write(chunk) { written.push(chunk); } });

const onDone = common.mustCall(() => {
  Function.prototype.call = originalCall;
  assert.deepStrictEqual(written, ['x']);
  assert.strictEqual(patchedCalls, 0);
});

const originalCall = Function.prototype.call;
let patchedCalls = 0;
Function.prototype.call = function(thisArg, ...args) {
  patchedCalls++;
  return Reflect.apply(this, thisArg, args);
};

readable.pipeTo(writable).then(onDone);
