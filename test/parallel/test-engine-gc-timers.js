'use strict';
// The engine's garbage-collection timers fire on its run loop, which kiln
// drives (src/binding/engine_loop.c): a program that allocates and then
// idles must let them run without crashing.
const assert = require('assert');

let kept = [];
let rounds = 0;
function allocate() {
  for (let i = 0; i < 100000; i++) kept.push({ i, s: `item ${i}`, a: [i, i + 1] });
  if (kept.length > 1000000) kept = [];
  if (++rounds < 40) setTimeout(allocate, 25);
  else setTimeout(() => { kept = null; setTimeout(() => {}, 1500); }, 300);
}
allocate();
process.on('exit', () => assert.strictEqual(rounds, 40));
