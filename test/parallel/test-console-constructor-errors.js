'use strict';
// The constructor's validation errors, in Node's words.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stream = new EventEmitter();
stream.write = () => true;

function stdoutError(fn) {
  assert.throws(fn, {
    name: 'TypeError',
    code: 'ERR_CONSOLE_WRITABLE_STREAM',
    message: 'Console expects a writable stream instance for stdout',
  });
}
function stderrError(fn) {
  assert.throws(fn, {
    name: 'TypeError',
    code: 'ERR_CONSOLE_WRITABLE_STREAM',
    message: 'Console expects a writable stream instance for stderr',
  });
}

stdoutError(() => new Console());
stdoutError(() => new Console(null));
stdoutError(() => new Console({}));
stdoutError(() => new Console(5));
stdoutError(() => new Console('stream'));
stdoutError(() => new Console({ stdout: {} }));
stdoutError(() => new Console({ stdout: { write: 'not a function' } }));
stdoutError(() => Console());
stderrError(() => new Console(stream, {}));
stderrError(() => new Console(stream, 5));
stderrError(() => new Console({ stdout: stream, stderr: null }));
stderrError(() => new Console({ stdout: stream, stderr: { write: 1 } }));

for (const colorMode of ['yes', 1, null, 'Auto']) {
  assert.throws(() => new Console({ stdout: stream, colorMode }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'colorMode' must be one of: 'auto', true, false. " +
      `Received ${typeof colorMode === 'string' ? `'${colorMode}'` : colorMode}`,
  });
}
for (const colorMode of ['auto', true, false, undefined]) new Console({ stdout: stream, colorMode });

assert.throws(() => new Console({ stdout: stream, groupIndentation: 1001 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001',
});
assert.throws(() => new Console({ stdout: stream, groupIndentation: -1 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received -1',
});
assert.throws(() => new Console({ stdout: stream, groupIndentation: 1.5 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "groupIndentation" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => new Console({ stdout: stream, groupIndentation: '2' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "groupIndentation" argument must be of type number. Received type string (\'2\')',
});
assert.throws(() => new Console({ stdout: stream, groupIndentation: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
new Console({ stdout: stream, groupIndentation: 0 });
new Console({ stdout: stream, groupIndentation: 1000 });

assert.throws(() => new Console({ stdout: stream, inspectOptions: null }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.inspectOptions" property must be of type object. Received null',
});
assert.throws(() => new Console({ stdout: stream, inspectOptions: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.inspectOptions" property must be of type object. Received type number (5)',
});
assert.throws(() => new Console({ stdout: stream, inspectOptions: [] }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.inspectOptions" property must be of type object. Received an instance of Array',
});

// colors in inspectOptions and an explicit colorMode cannot go together.
const incompatible = {
  name: 'TypeError',
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
};
assert.throws(() => new Console({ stdout: stream, colorMode: 'auto', inspectOptions: { colors: true } }),
              incompatible);
assert.throws(() => new Console({ stdout: stream, colorMode: false, inspectOptions: { colors: false } }),
              incompatible);
assert.throws(() => new Console({
  stdout: stream, colorMode: true, inspectOptions: new Map([[stream, { colors: true }]]),
}), incompatible);
// colorMode present but undefined counts as absent.
new Console({ stdout: stream, colorMode: undefined, inspectOptions: { colors: true } });
new Console({ stdout: stream, inspectOptions: { colors: false } });
new Console({ stdout: stream, colorMode: true, inspectOptions: { depth: 1 } });
