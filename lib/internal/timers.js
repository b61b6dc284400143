'use strict';
// Timers and immediates. Timers with the same duration share a list in
// insertion order (so each list is sorted by expiry for free); the lists sit
// in a binary heap by their earliest expiry; C holds one uv timer armed for
// the heap's top. Inserting a timer is O(1) for an existing duration, which
// is what makes 100k timers cheap.

const binding = internalBinding('timers');
const { validateFunction } = require('internal/validators');
const MathTrunc = Math.trunc;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kTimerId = Symbol('timerId');

const immediateInfo = binding.immediateInfo;
const kCount = 0;
const kRefCount = 1;

let timerListId = 0;
let nextTimerId = 1;
let refCount = 0; // ref'd timers pending
let nextExpiry = Infinity;
const timerListMap = { __proto__: null }; // duration -> TimersList
const knownTimersById = { __proto__: null }; // id -> Timeout, for clearTimeout(+t)

// ---- the heap of lists --------------------------------------------------------
const heap = [null]; // 1-based
function listCompare(a, b) {
  const d = a.expiry - b.expiry;
  return d === 0 ? a.id - b.id : d;
}
function heapSwap(i, j) {
  const a = heap[i];
  heap[i] = heap[j];
  heap[j] = a;
  heap[i].heapIndex = i;
  heap[j].heapIndex = j;
}
function heapUp(i) {
  while (i > 1) {
    const p = i >> 1;
    if (listCompare(heap[i], heap[p]) >= 0) break;
    heapSwap(i, p);
    i = p;
  }
}
function heapDown(i) {
  const n = heap.length - 1;
  for (;;) {
    const l = i * 2;
    const r = l + 1;
    let m = i;
    if (l <= n && listCompare(heap[l], heap[m]) < 0) m = l;
    if (r <= n && listCompare(heap[r], heap[m]) < 0) m = r;
    if (m === i) break;
    heapSwap(i, m);
    i = m;
  }
}
function heapPush(list) {
  heap.push(list);
  list.heapIndex = heap.length - 1;
  heapUp(list.heapIndex);
}
function heapRemove(list) {
  const i = list.heapIndex;
  const last = heap.length - 1;
  if (i !== last) heapSwap(i, last);
  heap.pop();
  list.heapIndex = 0;
  if (i < heap.length) {
    heapDown(i);
    heapUp(i);
  }
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this; // a circular list, this is its sentinel
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.heapIndex = 0;
  }
}

function listAppend(list, item) {
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}

function listUnlink(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function listEmpty(list) {
  return list._idleNext === list;
}

function toggleRef(on) {
  if (on) {
    if (refCount++ === 0) binding.toggleTimerRef(true);
  } else if (--refCount === 0) {
    binding.toggleTimerRef(false);
  }
}

// Timers are listed by whole milliseconds, as in Node: delays of 1, 1.1
// and 1.8 share a list and fire in the order they were set.
function insert(item, msecs, start) {
  msecs = MathTrunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    list = timerListMap[msecs] = new TimersList(expiry, msecs);
    heapPush(list);
    if (nextExpiry > expiry) {
      binding.scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[kTimerId]];
  // kRefed keeps its value: a cleared timer still answers hasRef() as
  // before, as in Node; ref()/unref() no longer count it.
  if (item[kRefed]) toggleRef(false);
  const key = MathTrunc(item._idleTimeout);
  const list = timerListMap[key];
  if (item._idleNext) {
    listUnlink(item);
    if (list !== undefined && listEmpty(list)) {
      delete timerListMap[key];
      heapRemove(list);
    }
  }
  item._idleTimeout = -1;
}

// A NaN or negative delay is reported once per process (each kind), an
// overflowing one every time, as in Node.
const warnedOnce = { __proto__: null };
function warnDelay(after, kind) {
  if (kind !== 'overflow') {
    if (warnedOnce[kind]) return;
    warnedOnce[kind] = true;
  }
  const messages = {
    overflow: `${after} does not fit into a 32-bit signed integer.`,
    negative: `${after} is a negative number.`,
    nan: `${after} is not a number.`,
  };
  const names = { overflow: 'TimeoutOverflowWarning', negative: 'TimeoutNegativeWarning', nan: 'TimeoutNaNWarning' };
  process.emitWarning(`${messages[kind]}\nTimeout duration was set to 1.`, names[kind]);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    const given = after !== undefined; // no delay at all is 1 ms, without a warning
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) warnDelay(after, 'overflow');
      else if (after < 0) warnDelay(after, 'negative');
      else if (given && Number.isNaN(after)) warnDelay(after, 'nan');
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) toggleRef(true);
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kTimerId] = nextTimerId++;
    this._idlePrev = null;
    this._idleNext = null;
    insert(this, after, binding.getLibuvNow());
  }

  refresh() {
    if (this[kRefed] !== null && !this._destroyed) {
      const key = MathTrunc(this._idleTimeout);
      const list = timerListMap[key];
      listUnlink(this);
      if (list !== undefined && listEmpty(list)) {
        delete timerListMap[key];
        heapRemove(list);
      }
      insert(this, this._idleTimeout, binding.getLibuvNow());
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) toggleRef(false);
    }
    return this;
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (!this._destroyed) toggleRef(true);
    }
    return this;
  }

  hasRef() {
    return this[kRefed] === true;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kTimerId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

// Runs the first due timer and returns true, or returns the next expiry
// when none is due (0: none left; negative: none of them ref'd). C calls
// this repeatedly so that promise jobs run between timer callbacks.
function processTimers(now) {
  for (;;) {
    const list = heap[1];
    if (list === undefined) {
      nextExpiry = Infinity;
      return 0;
    }
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    const timer = list._idleNext;
    if (timer === list) {
      delete timerListMap[list.msecs];
      heapRemove(list);
      continue;
    }
    const msecs = list.msecs;
    if (now - timer._idleStart < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(list.heapIndex);
      continue;
    }
    listUnlink(timer);
    if (listEmpty(list)) {
      delete timerListMap[msecs];
      heapRemove(list);
    }
    if (!timer._onTimeout) {
      if (timer[kRefed]) toggleRef(false);
      timer[kRefed] = null;
      continue;
    }
    runTimer(timer);
    return true;
  }
}

// The timer whose callback is running: out of its list meanwhile, yet
// still active for getActiveResourcesInfo(), as in Node, until its
// callback clears it.
let runningTimer;

function runTimer(timer) {
  const start = timer._repeat ? binding.getLibuvNow() : 0;
  let threw = true;
  const outer = runningTimer;
  runningTimer = timer;
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else Reflect.apply(timer._onTimeout, timer, args);
    threw = false;
  } finally {
    runningTimer = outer;
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kRefed]) toggleRef(false);
      if (timer[kHasPrimitive]) delete knownTimersById[timer[kTimerId]];
    }
  }
  return threw;
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, args.length > 0 ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args.length > 0 ? args : undefined, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById[timer];
    if (t !== undefined) {
      t._idleTimeout = -1;
      unenroll(t);
    }
  }
}

// ---- immediates ---------------------------------------------------------------
// Queued immediates run in the check phase; those queued while a batch runs
// wait for the next turn of the loop.

const kQueue = Symbol('kQueue');
let immediateQueue = { head: null, tail: null };
let running = { head: null, tail: null };

function queueAppend(q, item) {
  item[kQueue] = q;
  if (q.head === null) q.head = item;
  else {
    q.tail._idleNext = item;
    item._idlePrev = q.tail;
  }
  q.tail = item;
}

function queueRemove(q, item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  if (item === q.head) q.head = item._idleNext;
  if (item === q.tail) q.tail = item._idlePrev;
  item._idleNext = null;
  item._idlePrev = null;
  item[kQueue] = null;
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[kQueue] = null;
    this.ref();
    immediateInfo[kCount]++;
    queueAppend(immediateQueue, this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

let batchStarted = false;

// Runs one immediate of this turn's batch; true while more of it remain.
function processImmediate() {
  if (!batchStarted) {
    batchStarted = true;
    // The queue object itself becomes the batch, so each immediate's
    // kQueue still names the queue it is in.
    running = immediateQueue;
    immediateQueue = { head: null, tail: null };
  }
  for (;;) {
    const imm = running.head;
    if (imm === null) {
      batchStarted = false;
      return false;
    }
    queueRemove(running, imm);
    if (imm._destroyed) continue;
    imm._destroyed = true;
    immediateInfo[kCount]--;
    if (imm[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    imm[kRefed] = null;
    const cb = imm._onImmediate;
    const argv = imm._argv;
    Reflect.apply(cb, imm, argv === undefined ? [] : argv);
    if (running.head === null) {
      batchStarted = false;
      return false;
    }
    return true;
  }
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length > 0 ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (immediate[kQueue]) queueRemove(immediate[kQueue], immediate);
}

// process.getActiveResourcesInfo(): 'Timeout' per ref'd pending timer and
// 'Immediate' per ref'd immediate, as Node lists them.
function activeResourcesInfo() {
  const out = [];
  for (const key of Object.keys(timerListMap)) {
    const list = timerListMap[key];
    for (let t = list._idleNext; t !== list; t = t._idleNext) if (t[kRefed]) out.push('Timeout');
  }
  const t = runningTimer;
  if (t !== undefined && t[kRefed] && !t._destroyed && t._idleTimeout !== -1 && !t._idleNext) out.push('Timeout');
  for (let i = 0; i < immediateInfo[kRefCount]; i++) out.push('Immediate');
  return out;
}

// util.promisify(setTimeout) and (setImmediate) are timers/promises'.
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, kPromisifyCustom, {
  __proto__: null, enumerable: true, get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, kPromisifyCustom, {
  __proto__: null, enumerable: true, get() { return require('timers/promises').setImmediate; },
});

binding.processTimers = processTimers;
binding.processImmediate = processImmediate;

module.exports = {
  Timeout,
  Immediate,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  TIMEOUT_MAX,
  kRefed,
  activeResourcesInfo,
};
