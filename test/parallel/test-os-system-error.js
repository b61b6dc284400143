'use strict';
// A failing os call throws Node's SystemError: code ERR_SYSTEM_ERROR, the
// libuv details in `info` (errno, code, message, syscall, in that order),
// errno and syscall as accessors over info, name 'SystemError' (not
// enumerable), and the message 'A system error occurred: <syscall>
// returned <code> (<description>)'.
const assert = require('assert');
const os = require('os');

// A pid far above any pid_max (2^22) names no process.
const missing = 2 ** 30;

function check(fn, syscall) {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error);
  assert.strictEqual(caught.name, 'SystemError');
  assert.strictEqual(caught.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(caught.message,
                     `A system error occurred: ${syscall} returned ESRCH (no such process)`);
  assert.strictEqual(String(caught),
                     `SystemError [ERR_SYSTEM_ERROR]: A system error occurred: ${syscall} returned ESRCH (no such process)`);
  assert.ok(caught.stack.startsWith(`SystemError [ERR_SYSTEM_ERROR]: A system error occurred: ${syscall} returned`),
            caught.stack);
  assert.deepStrictEqual(caught.info, { errno: -3, code: 'ESRCH', message: 'no such process', syscall });
  assert.deepStrictEqual(Object.keys(caught.info), ['errno', 'code', 'message', 'syscall']);
  assert.deepStrictEqual(Object.keys(caught), ['code', 'info', 'errno', 'syscall']);
  assert.strictEqual(caught.errno, -3);
  assert.strictEqual(caught.syscall, syscall);
  assert.strictEqual(caught.path, undefined);

  const d = Object.getOwnPropertyDescriptor(caught, 'info');
  assert.strictEqual(d.writable, false);
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(Object.getOwnPropertyDescriptor(caught, 'name').enumerable, false);
  assert.strictEqual(Object.getOwnPropertyDescriptor(caught, 'message').enumerable, false);
  const e = Object.getOwnPropertyDescriptor(caught, 'errno');
  assert.strictEqual(typeof e.get, 'function');
  assert.strictEqual(typeof e.set, 'function');

  // The accessors write through to info.
  caught.errno = -1;
  assert.strictEqual(caught.info.errno, -1);
  caught.syscall = 'other';
  assert.strictEqual(caught.info.syscall, 'other');
  assert.strictEqual(caught.syscall, 'other');
}

check(() => os.getPriority(missing), 'uv_os_getpriority');
check(() => os.setPriority(missing, 0), 'uv_os_setpriority');
check(() => os.setPriority(missing, os.constants.priority.PRIORITY_LOW), 'uv_os_setpriority');

// util.inspect shows the accessors' values.
const util = require('util');
try {
  os.getPriority(missing);
} catch (err) {
  const shown = util.inspect(err);
  assert.match(shown, /errno: \[Getter\/Setter: -3\]/);
  assert.match(shown, /syscall: \[Getter\/Setter: 'uv_os_getpriority'\]/);
  assert.match(shown, /code: 'ERR_SYSTEM_ERROR'/);
}
