'use strict';
// process.getBuiltinModule, threadCpuUsage, ref/unref, _rawDebug, and the
// arity of process's methods.
const assert = require('assert');
const { spawnSync } = require('child_process');

// getBuiltinModule: builtins with or without node:, nothing else.
assert.strictEqual(process.getBuiltinModule('fs'), require('fs'));
assert.strictEqual(process.getBuiltinModule('node:path'), require('path'));
assert.strictEqual(process.getBuiltinModule('fs/promises'), require('fs/promises'));
assert.strictEqual(process.getBuiltinModule('test'), undefined); // node:-only
assert.strictEqual(process.getBuiltinModule('not-a-builtin'), undefined);
assert.strictEqual(process.getBuiltinModule('node:not-a-builtin'), undefined);
assert.strictEqual(process.getBuiltinModule('./fs'), undefined);
assert.throws(() => process.getBuiltinModule(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});

// threadCpuUsage: as cpuUsage, for the calling thread.
const t = process.threadCpuUsage();
assert.deepStrictEqual(Object.keys(t), ['user', 'system']);
assert.ok(Number.isInteger(t.user) && t.user >= 0);
assert.ok(Number.isInteger(t.system) && t.system >= 0);
const diff = process.threadCpuUsage(t);
assert.ok(diff.user >= 0 && diff.system >= 0);
assert.throws(() => process.threadCpuUsage({ user: -1, system: 2 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'prevValue.user' is invalid. Received -1",
});
assert.throws(() => process.threadCpuUsage(1), { code: 'ERR_INVALID_ARG_TYPE' });

// ref/unref: the Symbol.for('nodejs.ref'/'nodejs.unref') methods first,
// then ref()/unref(); anything else is ignored.
const calls = [];
process.ref({ [Symbol.for('nodejs.ref')]() { calls.push('sym-ref'); }, ref() { calls.push('ref'); } });
process.unref({ unref() { calls.push('unref'); } });
process.ref(5);
process.unref(null);
process.unref({});
assert.deepStrictEqual(calls, ['sym-ref', 'unref']);
// An unref'd timer does not keep the process alive.
const r = spawnSync(process.execPath, ['-e',
  'const t = setTimeout(() => console.log("fired"), 5000); process.unref(t); console.log("end")'],
                    { encoding: 'utf8', timeout: 4000 });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'end\n');

// _rawDebug formats as console.log does and writes to stderr.
const d = spawnSync(process.execPath, ['-e', 'process._rawDebug("a", { b: 1 }, 3)'], { encoding: 'utf8' });
assert.strictEqual(d.stdout, '');
assert.strictEqual(d.stderr, 'a { b: 1 } 3\n');

// Arity and names, as Node's.
const arity = {
  cwd: 0, chdir: 1, hrtime: 1, exit: 1, kill: 2, umask: 1, cpuUsage: 1, threadCpuUsage: 1,
  memoryUsage: 0, resourceUsage: 0, dlopen: 0, uptime: 0, getBuiltinModule: 1, loadEnvFile: 0,
  ref: 1, unref: 1, _rawDebug: 0, setSourceMapsEnabled: 1, emitWarning: 4, nextTick: 1,
};
for (const [name, length] of Object.entries(arity)) {
  assert.strictEqual(typeof process[name], 'function', name);
  assert.strictEqual(process[name].length, length, name);
}

// hrtime with a previous time, and its errors.
const start = process.hrtime();
const since = process.hrtime(start);
assert.ok(since[0] >= 0 && since[1] >= 0 && since[1] < 1e9);
assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.hrtime([1]), { code: 'ERR_OUT_OF_RANGE' });
