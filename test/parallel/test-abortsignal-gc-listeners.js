'use strict';
// A signal from AbortSignal.any() or AbortSignal.timeout() that user code
// no longer references still fires its 'abort' listeners: the listeners
// keep it alive, however much garbage is collected in between.
const common = require('../common');

const c = new AbortController();
AbortSignal.any([c.signal]).addEventListener('abort', common.mustCall());
AbortSignal.any([c.signal]).onabort = common.mustCall();
AbortSignal.timeout(150).addEventListener('abort', common.mustCall());
AbortSignal.any([AbortSignal.timeout(150)]).addEventListener('abort', common.mustCall());

function churn() {
  let keep = null;
  for (let i = 0; i < 2e5; i++) keep = { i, list: [i, i + 1, { i }] };
  return keep;
}

const keepAlive = setTimeout(() => {}, 10000);
setTimeout(() => {
  churn();
  setTimeout(() => {
    churn();
    c.abort();
    setTimeout(() => clearTimeout(keepAlive), 300);
  }, 20);
}, 20);
