'use strict';
// os.cpus(): one { model, speed, times: { user, nice, sys, idle, irq } } per
// logical CPU, times in milliseconds; os.availableParallelism(): a positive
// integer no greater than the CPU count.
const assert = require('assert');
const os = require('os');

const cpus = os.cpus();
assert.ok(Array.isArray(cpus));
assert.ok(cpus.length >= 1);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.ok(Number.isInteger(cpu.speed) && cpu.speed >= 0, String(cpu.speed));
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const [k, v] of Object.entries(cpu.times)) {
    assert.ok(Number.isInteger(v) && v >= 0, `${k} ${v}`);
  }
}

// Counters only grow.
const later = os.cpus();
assert.strictEqual(later.length, cpus.length);
for (let i = 0; i < cpus.length; i++) {
  for (const k of Object.keys(cpus[i].times)) assert.ok(later[i].times[k] >= cpus[i].times[k]);
}

const n = os.availableParallelism();
assert.ok(Number.isInteger(n) && n >= 1, String(n));
assert.ok(n <= cpus.length, `${n} > ${cpus.length}`);
assert.strictEqual(+os.availableParallelism, n);
assert.strictEqual(os.availableParallelism.length, 0);
assert.strictEqual(os.cpus.length, 0);
