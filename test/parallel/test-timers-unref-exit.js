'use strict';
// An unref'd timer does not keep the process alive: the process exits
// without ever calling it.
const assert = require('assert');

let fired = false;
const t = setTimeout(() => { fired = true; }, 3000);
t.unref();
const i = setInterval(() => { fired = true; }, 3000);
i.unref();

process.on('exit', () => {
  assert.strictEqual(fired, false);
});
