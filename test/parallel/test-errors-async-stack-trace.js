'use strict';
// err.stack inside an awaited async function starts at that function.
// (V8 continues with "    at async <caller>" frames for the functions
// awaiting it; JavaScriptCore keeps no such chain outside its inspector, so
// kiln's stacks end at the await: docs/compat.md.)
const common = require('../common');
const assert = require('assert');

async function inner() {
  await null;
  return new Error('in inner').stack;
}
async function outer() {
  const stack = await inner();
  return stack;
}
outer().then(common.mustCall((stack) => {
  const lines = stack.split('\n');
  assert.match(lines[1], /^ {4}at inner \(/);
  assert(lines[1].includes(__filename), stack);
}));
