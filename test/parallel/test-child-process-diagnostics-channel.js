'use strict';
// diagnostics_channel 'child_process' announces each new ChildProcess, as
// it is made (before it has a pid), whether its start succeeds or not.
const assert = require('assert');
const dc = require('diagnostics_channel');
const { spawn, ChildProcess } = require('child_process');

const seen = [];
const onChild = ({ process }) => {
  assert.ok(process instanceof ChildProcess);
  seen.push([process.pid, process.spawnfile]);
};
dc.subscribe('child_process', onChild);
const ok = spawn(process.execPath, ['-e', '0']);
spawn('kiln-no-such-command-x').on('error', () => {});
assert.deepStrictEqual(seen, [[undefined, null], [undefined, null]]);
dc.unsubscribe('child_process', onChild);
spawn(process.execPath, ['-e', '0']);
assert.strictEqual(seen.length, 2);
ok.on('exit', (code) => assert.strictEqual(code, 0));
