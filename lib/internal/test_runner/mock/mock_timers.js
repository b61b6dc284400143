'use strict';
// mock.timers: while enabled, setTimeout / setInterval / setImmediate (the
// globals, node:timers and node:timers/promises) and Date read a clock that
// moves only when the test calls tick(), runAll() or setTime(). Timers due by
// then run synchronously, in order of due time, then of creation.

const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE,
} } = require('internal/errors');
const { validateArray, validateNumber, validateObject } = require('internal/validators');

const kSupported = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait'];
const TIMEOUT_MAX = 2 ** 31 - 1;
const RealDate = Date;

function normalizeDelay(delay) {
  delay = Number(delay);
  if (!(delay >= 1 && delay <= TIMEOUT_MAX)) delay = 1;
  return Math.trunc(delay);
}

class MockTimer {
  constructor(owner, id, callback, delay, args, interval, kind) {
    this.owner = owner;
    this.id = id;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.interval = interval;
    this.kind = kind;
    this.runAt = 0;
    this.refed = true;
  }

  ref() {
    this.refed = true;
    return this;
  }

  unref() {
    this.refed = false;
    return this;
  }

  hasRef() {
    return this.refed;
  }

  refresh() {
    this.owner.reschedule(this);
    return this;
  }

  close() {
    this.owner.clear(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.id;
  }

  [Symbol.dispose]() {
    this.owner.clear(this);
  }
}

class MockTimers {
  #enabled = false;
  #now = 0;
  #queue = [];
  #nextId = 1;
  #byId = new Map();
  #restores = [];

  #checkEnabled() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  #insert(timer) {
    const q = this.#queue;
    let i = q.length;
    while (i > 0 && (q[i - 1].runAt > timer.runAt ||
                     (q[i - 1].runAt === timer.runAt && q[i - 1].id > timer.id))) {
      i--;
    }
    q.splice(i, 0, timer);
  }

  #remove(timer) {
    const i = this.#queue.indexOf(timer);
    if (i !== -1) this.#queue.splice(i, 1);
  }

  #create(kind, callback, delay, args, interval) {
    // Like Node's mock, no check that callback is a function.
    const d = kind === 'setImmediate' ? 0 : normalizeDelay(delay);
    const timer = new MockTimer(this, this.#nextId++, callback, d, args, interval, kind);
    timer.runAt = this.#now + d;
    this.#byId.set(timer.id, timer);
    this.#insert(timer);
    return timer;
  }

  reschedule(timer) {
    this.#remove(timer);
    timer.runAt = this.#now + timer.delay;
    this.#byId.set(timer.id, timer);
    this.#insert(timer);
  }

  clear(timer) {
    if (timer === undefined || timer === null) return;
    let t = timer;
    if (!(t instanceof MockTimer)) t = this.#byId.get(Number(timer));
    if (t === undefined || t.owner !== this) return;
    this.#byId.delete(t.id);
    this.#remove(t);
  }

  #promiseTimer(kind, delay, value, options = {}) {
    let signal;
    try {
      signal = this.#checkSignal(options);
    } catch (err) {
      return Promise.reject(err);
    }
    if (signal?.aborted) {
      const { AbortError } = require('internal/errors');
      return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      const timer = this.#create(kind, () => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, [], false);
      function onAbort() {
        timer.owner.clear(timer);
        const { AbortError } = require('internal/errors');
        reject(new AbortError(undefined, { cause: signal.reason }));
      }
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  #checkSignal(options) {
    validateObject(options, 'options');
    const signal = options.signal;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    return signal;
  }

  // An async iterator over the ticks of an interval; next() calls made
  // before a tick wait in line, ticks nobody waited for are kept.
  #promiseInterval(delay, value, options = {}) {
    const signal = this.#checkSignal(options);
    const owner = this;
    let ticks = 0;
    const waiters = [];
    let done = false;
    const timer = this.#create('setInterval', () => {
      if (waiters.length > 0) waiters.shift().resolve({ done: false, value });
      else ticks++;
    }, delay, [], true);
    const abortError = () => {
      const { AbortError } = require('internal/errors');
      return new AbortError(undefined, { cause: signal?.reason });
    };
    const onAbort = () => {
      owner.clear(timer);
      done = true;
      while (waiters.length > 0) waiters.shift().reject(abortError());
    };
    if (signal) {
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next() {
        // Ticks that came before an abort are still delivered.
        if (ticks > 0) {
          ticks--;
          return Promise.resolve({ done: false, value });
        }
        if (signal?.aborted) return Promise.reject(abortError());
        if (done) return Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve, reject) => { waiters.push({ resolve, reject }); });
      },
      return() {
        done = true;
        ticks = 0;
        owner.clear(timer);
        if (signal) signal.removeEventListener('abort', onAbort);
        while (waiters.length > 0) waiters.shift().resolve({ done: true, value: undefined });
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  #createDate() {
    const timers = this;
    function MockDate(...args) {
      if (new.target === undefined) return new RealDate(timers.#now).toString();
      if (args.length === 0) return Reflect.construct(RealDate, [timers.#now], new.target);
      return Reflect.construct(RealDate, args, new.target);
    }
    Object.defineProperty(MockDate, 'name', { value: 'Date' });
    Object.defineProperty(MockDate, 'length', { value: 7 });
    MockDate.prototype = RealDate.prototype;
    MockDate.parse = RealDate.parse;
    MockDate.UTC = RealDate.UTC;
    MockDate.now = function now() {
      return timers.#now;
    };
    MockDate.toString = function toString() {
      return Function.prototype.toString.call(RealDate);
    };
    MockDate.isMock = true;
    return MockDate;
  }

  #replace(object, name, value) {
    const desc = Object.getOwnPropertyDescriptor(object, name);
    this.#restores.push(() => {
      if (desc === undefined) delete object[name];
      else Object.defineProperty(object, name, desc);
    });
    Object.defineProperty(object, name, {
      __proto__: null, value, writable: true, configurable: true, enumerable: desc?.enumerable ?? false,
    });
  }

  enable(options = { __proto__: null }) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const apis = options.apis ?? kSupported;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (typeof api !== 'string') throw new ERR_INVALID_ARG_TYPE('options.apis', 'string', api);
      if (!kSupported.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    let now = options.now ?? 0;
    if (now instanceof RealDate) now = now.getTime();
    if (typeof now !== 'number') throw new ERR_INVALID_ARG_TYPE('options.now', ['number', 'Date'], now);
    if (Number.isNaN(now) || now < 0) throw new ERR_INVALID_ARG_VALUE('options.now', now, 'must be a positive number');
    if (apis.includes('Date') && globalThis.Date?.isMock) {
      throw new ERR_INVALID_STATE('Date is already being mocked!');
    }
    this.#now = now;
    this.#enabled = true;

    const timersModule = require('timers');
    const promises = require('timers/promises');
    const self = this;
    if (apis.includes('setTimeout')) {
      const set = function setTimeout(cb, delay, ...args) { return self.#create('setTimeout', cb, delay, args, false); };
      const clear = function clearTimeout(t) { self.clear(t); };
      for (const o of [globalThis, timersModule]) {
        this.#replace(o, 'setTimeout', set);
        this.#replace(o, 'clearTimeout', clear);
      }
      this.#replace(promises, 'setTimeout', function setTimeout(delay, value, opts) {
        return self.#promiseTimer('setTimeout', delay, value, opts);
      });
    }
    if (apis.includes('setInterval')) {
      const set = function setInterval(cb, delay, ...args) { return self.#create('setInterval', cb, delay, args, true); };
      const clear = function clearInterval(t) { self.clear(t); };
      for (const o of [globalThis, timersModule]) {
        this.#replace(o, 'setInterval', set);
        this.#replace(o, 'clearInterval', clear);
      }
      this.#replace(promises, 'setInterval', function setInterval(delay, value, opts) {
        return self.#promiseInterval(delay, value, opts);
      });
    }
    if (apis.includes('setImmediate')) {
      const set = function setImmediate(cb, ...args) { return self.#create('setImmediate', cb, 0, args, false); };
      const clear = function clearImmediate(t) { self.clear(t); };
      for (const o of [globalThis, timersModule]) {
        this.#replace(o, 'setImmediate', set);
        this.#replace(o, 'clearImmediate', clear);
      }
      this.#replace(promises, 'setImmediate', function setImmediate(value, opts) {
        return self.#promiseTimer('setImmediate', 0, value, opts);
      });
    }
    if (apis.includes('scheduler.wait') && promises.scheduler) {
      this.#replace(promises.scheduler, 'wait', function wait(delay, opts) {
        return self.#promiseTimer('setTimeout', delay, undefined, opts);
      });
    }
    if (apis.includes('Date')) {
      this.#replace(globalThis, 'Date', this.#createDate());
    }
  }

  setTime(milliseconds) {
    validateNumber(milliseconds, 'milliseconds');
    this.#checkEnabled();
    this.#now = milliseconds;
  }

  tick(milliseconds = 1) {
    this.#checkEnabled();
    validateNumber(milliseconds, 'milliseconds');
    if (milliseconds < 0) {
      throw new ERR_INVALID_ARG_VALUE('time', milliseconds, 'positive integer');
    }
    // As in Node, the clock moves first: callbacks see the final time.
    const target = this.#now + milliseconds;
    this.#now = target;
    this.#runUntil(target);
  }

  #runUntil(target) {
    for (;;) {
      const timer = this.#queue[0];
      if (timer === undefined || timer.runAt > target) break;
      this.#queue.shift();
      if (timer.interval) {
        timer.runAt += timer.delay;
        this.#insert(timer);
      } else {
        this.#byId.delete(timer.id);
      }
      Reflect.apply(timer.callback, undefined, timer.args);
    }
  }

  runAll() {
    this.#checkEnabled();
    let last = this.#now;
    for (const t of this.#queue) if (t.runAt > last) last = t.runAt;
    this.tick(last - this.#now);
  }

  reset() {
    this.#enabled = false;
    this.#now = 0;
    this.#queue = [];
    this.#byId.clear();
    const restores = this.#restores;
    this.#restores = [];
    for (let i = restores.length - 1; i >= 0; i--) restores[i]();
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

module.exports = { MockTimers };
