'use strict';
// util.debuglog without NODE_DEBUG naming the section: a no-op logger whose
// `enabled` is false, and the callback is never called. (What an enabled
// section prints is tested in test/cli/test-util-debuglog.sh, since
// NODE_DEBUG is read at startup.)
const assert = require('assert');
const common = require('../common');
const util = require('util');

assert.strictEqual(util.debug, util.debuglog);
assert.strictEqual(process.env.NODE_DEBUG, undefined, 'run this test without NODE_DEBUG');

const log = util.debuglog('kiln-test-section', common.mustNotCall());
assert.strictEqual(typeof log, 'function');
assert.strictEqual(log.name, 'logger');
assert.strictEqual(log.length, 0);
const desc = Object.getOwnPropertyDescriptor(log, 'enabled');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(log.enabled, false);
assert.strictEqual(log('nothing %s', 'printed'), undefined);
log();
log(1, 2, 3);
assert.strictEqual(log.enabled, false);

// Setting NODE_DEBUG after startup... is read in Node only at startup; a
// section checked before the change stays off.
const early = util.debuglog('kiln-early');
assert.strictEqual(early.enabled, false);
