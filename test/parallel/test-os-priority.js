'use strict';
// os.getPriority/setPriority: pid defaults to 0 (this process), a single
// argument to setPriority is the priority, and Node's argument errors.
const assert = require('assert');
const os = require('os');

const current = os.getPriority();
assert.strictEqual(typeof current, 'number');
assert.ok(Number.isInteger(current) && current >= -20 && current <= 19, String(current));
assert.strictEqual(os.getPriority(0), current);
assert.strictEqual(os.getPriority(process.pid), current);
assert.strictEqual(os.getPriority(undefined), current);

// Setting the current value again is always allowed.
assert.strictEqual(os.setPriority(current), undefined);
assert.strictEqual(os.setPriority(0, current), undefined);
assert.strictEqual(os.setPriority(process.pid, current), undefined);
assert.strictEqual(os.getPriority(), current);

// Lowering the priority (raising niceness) needs no privilege; only root may
// raise it back, so only then is the change undone and checked both ways.
if (process.getuid() === 0) {
  const { PRIORITY_LOW, PRIORITY_BELOW_NORMAL } = os.constants.priority;
  os.setPriority(PRIORITY_BELOW_NORMAL);
  assert.strictEqual(os.getPriority(), PRIORITY_BELOW_NORMAL);
  os.setPriority(process.pid, PRIORITY_LOW);
  assert.strictEqual(os.getPriority(0), PRIORITY_LOW);
  os.setPriority(0, current);
  assert.strictEqual(os.getPriority(), current);
}

const typeError = (name, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "${name}" argument must be of type number. Received ${received}`,
});
const rangeError = (name, range, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${range}. Received ${received}`,
});

assert.throws(() => os.setPriority(), typeError('priority', 'undefined'));
assert.throws(() => os.setPriority('1'), typeError('priority', "type string ('1')"));
assert.throws(() => os.setPriority('0', 1), typeError('pid', "type string ('0')"));
assert.throws(() => os.setPriority(null, 1), typeError('pid', 'null'));
assert.throws(() => os.setPriority(0, null), typeError('priority', 'null'));
assert.throws(() => os.setPriority(20), rangeError('priority', '>= -20 && <= 19', '20'));
assert.throws(() => os.setPriority(-21), rangeError('priority', '>= -20 && <= 19', '-21'));
assert.throws(() => os.setPriority(0, 1.5), rangeError('priority', 'an integer', '1.5'));
assert.throws(() => os.setPriority(1.5, 0), rangeError('pid', 'an integer', '1.5'));
assert.throws(() => os.setPriority(2 ** 31, 0),
              rangeError('pid', '>= -2147483648 && <= 2147483647', '2147483648'));
assert.throws(() => os.setPriority(NaN, 0), rangeError('pid', 'an integer', 'NaN'));

assert.throws(() => os.getPriority('0'), typeError('pid', "type string ('0')"));
assert.throws(() => os.getPriority(null), typeError('pid', 'null'));
assert.throws(() => os.getPriority(0.5), rangeError('pid', 'an integer', '0.5'));
assert.throws(() => os.getPriority(-(2 ** 31) - 1),
              rangeError('pid', '>= -2147483648 && <= 2147483647', '-2147483649'));

// Nothing above changed the priority.
assert.strictEqual(os.getPriority(), current);
