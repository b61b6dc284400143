'use strict';
// node:diagnostics_channel: named channels that publish messages to their
// subscribers, and tracing channels (start, end, asyncStart, asyncEnd,
// error) around a sync call, a promise or a callback.
//
// As in Node, a channel with subscribers becomes an ActiveChannel (its
// prototype changes), so publish() on a channel nobody listens to is an
// empty call. A subscriber that throws does not stop the others: its error
// is raised from the next tick as an uncaught exception. Channels are kept
// by name while they have subscribers or bound stores; one without either
// is kept only while the program holds it.

const { validateFunction } = require('internal/validators');
let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

const ReflectApply = Reflect.apply;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ArrayPrototypeIndexOf = (a, v) => Array.prototype.indexOf.call(a, v);
const ArrayPrototypeSplice = (a, i, n) => Array.prototype.splice.call(a, i, n);
const ArrayPrototypeSlice = (a) => Array.prototype.slice.call(a);

// name -> WeakRef of an inactive channel, or the channel itself while active.
const channels = new Map();

function lookup(name) {
  const entry = channels.get(name);
  if (entry === undefined) return undefined;
  if (entry instanceof Channel) return entry;
  const channel = entry.deref();
  if (channel === undefined) channels.delete(name);
  return channel;
}

function raiseLater(err) {
  process.nextTick(() => {
    throw err;
  });
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = ArrayPrototypeSlice(this._subscribers);
    this._subscribers.push(subscription);
  }

  unsubscribe(subscription) {
    const index = ArrayPrototypeIndexOf(this._subscribers, subscription);
    if (index === -1) return false;
    const subscribers = ArrayPrototypeSlice(this._subscribers);
    ArrayPrototypeSplice(subscribers, index, 1);
    this._subscribers = subscribers;
    maybeMarkInactive(this);
    return true;
  }

  bindStore(store, transform) {
    const replacing = this._stores.has(store);
    if (!replacing) this._stores = new Map(this._stores);
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores = new Map(this._stores);
    this._stores.delete(store);
    maybeMarkInactive(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        ReflectApply(subscribers[i], undefined, [data, this.name]);
      } catch (err) {
        raiseLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    // Each bound store runs the rest inside its value for this message
    // (store.run(value, fn), as AsyncLocalStorage has it).
    const stores = [...this._stores];
    const run = (i) => {
      if (i === stores.length) {
        this.publish(data);
        return ReflectApply(fn, thisArg, args);
      }
      const [store, transform] = stores[i];
      let value = data;
      if (typeof transform === 'function') {
        try {
          value = transform(data);
        } catch (err) {
          raiseLater(err);
          return run(i + 1);
        }
      }
      return store.run(value, () => run(i + 1));
    };
    return run(0);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
  }

  static [Symbol.hasInstance](instance) {
    const proto = instance !== null && (typeof instance === 'object' || typeof instance === 'function') ?
      Object.getPrototypeOf(instance) : undefined;
    return proto === ActiveChannel.prototype || proto === Channel.prototype;
  }

  subscribe(subscription) {
    markActive(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    markActive(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return ReflectApply(fn, thisArg, args);
  }
}

function markActive(channel) {
  ObjectSetPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new Map();
  channels.set(channel.name, channel); // held while active
}

function maybeMarkInactive(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    ObjectSetPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
    channels.set(channel.name, new WeakRef(channel));
  }
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  const existing = lookup(name);
  if (existing !== undefined) return existing;
  validateName(name);
  const created = new Channel(name);
  channels.set(name, new WeakRef(created));
  return created;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = lookup(name);
  return existing !== undefined && existing.hasSubscribers;
}

// ---- tracing channels --------------------------------------------------------

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      let ch;
      if (typeof nameOrChannels === 'string') {
        ch = channel(`tracing:${nameOrChannels}:${event}`);
      } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
        ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new (codes().ERR_INVALID_ARG_TYPE)(`nameOrChannels.${event}`, 'Channel', ch);
        }
      } else {
        throw new (codes().ERR_INVALID_ARG_TYPE)('nameOrChannels', ['string', 'object', 'TracingChannel'],
          nameOrChannels);
      }
      Object.defineProperty(this, event, { __proto__: null, value: ch, enumerable: false, configurable: true });
    }
  }

  get hasSubscribers() {
    for (const event of traceEvents) if (this[event].hasSubscribers) return true;
    return false;
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = ReflectApply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    return start.runStores(context, () => {
      try {
        let promise = ReflectApply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      return asyncStart.runStores(context, () => {
        try {
          return ReflectApply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return ReflectApply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};

// For publishers that must not load this module to learn that nobody
// listens (the console's channels): until it is loaded, nobody can be.
natives.diagnosticsChannel = { hasSubscribers, channel };
