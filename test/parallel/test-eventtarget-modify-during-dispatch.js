'use strict';
// Listeners added during a dispatch wait for the next one; listeners
// removed during a dispatch do not run in it, even if added back.
const assert = require('assert');
const common = require('../common');

{
  const et = new EventTarget();
  const added = common.mustCall();
  et.addEventListener('a', common.mustCall(() => et.addEventListener('a', added), 2));
  et.dispatchEvent(new Event('a'));
  et.dispatchEvent(new Event('a'));
}
{
  const et = new EventTarget();
  const second = common.mustNotCall();
  et.addEventListener('r', common.mustCall(() => et.removeEventListener('r', second)));
  et.addEventListener('r', second);
  et.dispatchEvent(new Event('r'));
}
{
  // Removed and added back by an earlier listener: the new registration is
  // not part of the running dispatch, and in the next one it is removed and
  // added back again before its turn. It never runs.
  const et = new EventTarget();
  const readded = common.mustNotCall();
  et.addEventListener('h', common.mustCall(() => {
    et.removeEventListener('h', readded);
    et.addEventListener('h', readded);
  }, 2));
  et.addEventListener('h', readded);
  et.dispatchEvent(new Event('h'));
  et.dispatchEvent(new Event('h'));
}
{
  // A listener removing itself, and every other, in a nested dispatch.
  const et = new EventTarget();
  const calls = [];
  const b = () => calls.push('b');
  const a = (ev) => {
    calls.push(`a:${ev.type}`);
    et.removeEventListener('n', a);
    et.removeEventListener('n', b);
    if (ev.type === 'n' && calls.length === 1) et.dispatchEvent(new Event('n'));
  };
  et.addEventListener('n', a);
  et.addEventListener('n', b);
  et.dispatchEvent(new Event('n'));
  assert.deepStrictEqual(calls, ['a:n']);
}
