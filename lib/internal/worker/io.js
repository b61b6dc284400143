'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel, for the
// one thread kiln runs. A message is cloned when posted (so a bad value
// throws in postMessage, as in Node) and queued on the receiving end; each
// port has a uv_async_t (internalBinding('messaging')) that wakes it in the
// poll phase to deliver, and whose close callback gives 'close' in the
// close phase, as Node's ports do. A channel's two ends are PortData
// objects: a MessagePort owns one until it is closed or transferred, when
// a new MessagePort takes over the same end with its queue.

const binding = internalBinding('messaging');
const { Event, EventTarget, NodeEventTarget, defineEventHandler } = require('internal/event_target');
const { cloneForPost, setPortHooks } = require('internal/structured_clone');
const kOwner = require('internal/owner_symbol');
const {
  codes: { ERR_CLOSED_MESSAGE_PORT, ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');

const ReflectApply = Reflect.apply;
const NodeEventTargetPrototype = NodeEventTarget.prototype;
const ArrayFrom = Array.from;
const MathMax = Math.max;
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function codedTypeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function iterableToList(value, message) {
  if (!isObjectLike(value) || typeof value[Symbol.iterator] !== 'function') {
    throw codedTypeError(message, 'ERR_INVALID_ARG_TYPE');
  }
  try {
    return ArrayFrom(value);
  } catch {
    throw codedTypeError(message, 'ERR_INVALID_ARG_TYPE');
  }
}

function illegalInvocation() {
  return new TypeError('Illegal invocation');
}

// The end of the queue: the other side closed.
const kClose = { __proto__: null };

// A FIFO that takes from the front in O(1): the array is compacted once
// the part already taken is the larger.
class MessageQueue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  peek() {
    return this.items[this.head];
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const items = this.items;
    const item = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }
}

// One end of a channel: what is queued for it, its other end, and the
// MessagePort that owns it (null between a transfer and delivery).
class PortData {
  constructor() {
    this.queue = new MessageQueue();
    this.peer = null;
    this.port = null;
  }
}

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// ---- MessageEvent ---------------------------------------------------------------
// Node's global MessageEvent (undici's), which its ports dispatch too.

function messageEventError(message) {
  return new TypeError(`MessageEvent constructor: ${message}`);
}

function shown(value) {
  return require('internal/util/inspect').inspect(value);
}

const kNoPorts = Object.freeze([]);
let makeMessageEvent;

class MessageEvent extends Event {
  #data = null;
  #origin = '';
  #lastEventId = '';
  #source = null;
  #ports = kNoPorts;

  static {
    // What a port dispatches, without the dictionary's checks.
    makeMessageEvent = (data, ports) => {
      const event = new MessageEvent('message');
      event.#data = data;
      if (ports.length > 0) event.#ports = Object.freeze(ports);
      return event;
    };
  }

  constructor(type, eventInitDict = undefined) {
    if (arguments.length === 0) throw messageEventError('1 argument required, but 0 found.');
    super(type, eventInitDict);
    if (eventInitDict !== undefined && eventInitDict !== null) {
      const { data = null, origin = '', lastEventId = '', source = null, ports } = eventInitDict;
      this.#data = data;
      this.#origin = `${origin}`;
      this.#lastEventId = `${lastEventId}`;
      if (source !== null && !isPort(source)) {
        throw messageEventError(`Expected eventInitDict.source (${JSON.stringify(shown(source))}) to be an instance of MessagePort.`);
      }
      this.#source = source;
      if (ports !== undefined) {
        if (!isObjectLike(ports) || typeof ports[Symbol.iterator] !== 'function') {
          throw messageEventError(`eventInitDict.ports (${shown(ports)}) is not iterable.`);
        }
        const list = ArrayFrom(ports);
        for (let i = 0; i < list.length; i++) {
          if (!isPort(list[i])) {
            throw messageEventError(`Expected eventInitDict.ports[${i}] (${JSON.stringify(shown(list[i]))}) to be an instance of MessagePort.`);
          }
        }
        this.#ports = Object.freeze(list);
      }
    }
  }

  static #check(self) {
    if (!isObjectLike(self) || !(#data in self)) throw new TypeError('Illegal invocation');
  }

  get data() { MessageEvent.#check(this); return this.#data; }
  get origin() { MessageEvent.#check(this); return this.#origin; }
  get lastEventId() { MessageEvent.#check(this); return this.#lastEventId; }
  get source() { MessageEvent.#check(this); return this.#source; }
  get ports() { MessageEvent.#check(this); return this.#ports; }

  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '',
                   source = null, ports = []) {
    MessageEvent.#check(this);
    this.initEvent(type, bubbles, cancelable);
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    const list = ArrayFrom(ports);
    this.#ports = list.length === 0 ? kNoPorts : Object.freeze(list);
  }
}
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports', 'initMessageEvent']) {
  const desc = Object.getOwnPropertyDescriptor(MessageEvent.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(MessageEvent.prototype, name, desc);
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessageEvent', writable: false, enumerable: false, configurable: true,
});

// ---- MessagePort ----------------------------------------------------------------

let isPort;
let newPort;
let transferPort;
let drainPort;
let closedPort;
let receiveFrom;
let wakePort;
let portDataOf;
let isDetachedPort;

function isMessageType(type) {
  return type === 'message' || type === 'messageerror';
}

class MessagePortImpl extends NodeEventTarget {
  #data = null; // the PortData it owns; null once closed or transferred
  #handle = null;
  #started = false;
  #closing = false;
  #inBatch = false; // a wakeup's deliveries are under way
  #limit = 0; // how many more this wakeup may deliver
  #listening = false; // had 'message' listeners at the last count
  #wrappers = null; // type -> Map(listener -> wrapper) for on()/once()
  #handlers = null; // type -> { handler, wrapper } for onmessage/onmessageerror
  #lost = false; // its other end was posted through it
  #closed = false; // its handle's close callback ran

  // A 'message' listener added or removed: the first starts and refs the
  // port, the last going stops and unrefs it (Node's setupPortReferencing).
  #recount() {
    const listening = this.listenerCount('message') > 0;
    if (listening === this.#listening) return;
    this.#listening = listening;
    if (listening) {
      this.ref();
      this.start();
    } else {
      this.#started = false;
      this.unref();
    }
  }

  #wrapperFor(type, listener, make) {
    let byType = this.#wrappers;
    if (byType === null) {
      if (!make) return undefined;
      byType = this.#wrappers = new Map();
    }
    let map = byType.get(type);
    if (map === undefined) {
      if (!make) return undefined;
      map = new Map();
      byType.set(type, map);
    }
    let wrapper = map.get(listener);
    if (wrapper === undefined && make) {
      // A node-style listener gets the message itself.
      const port = this;
      wrapper = function(event) { return ReflectApply(listener, port, [event.data]); };
      map.set(listener, wrapper);
    }
    return wrapper;
  }

  #addNodeStyle(type, listener, once) {
    if (typeof type === 'string' && isMessageType(type) && typeof listener === 'function') {
      this.addEventListener(type, this.#wrapperFor(type, listener, true), { once });
      return true;
    }
    return false;
  }

  on(type, listener) {
    if (!this.#addNodeStyle(type, listener, false)) ReflectApply(NodeEventTargetPrototype.on, this, [type, listener]);
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  once(type, listener) {
    if (!this.#addNodeStyle(type, listener, true)) ReflectApply(NodeEventTargetPrototype.once, this, [type, listener]);
    return this;
  }

  off(type, listener, options = undefined) {
    if (typeof type === 'string' && isMessageType(type) && typeof listener === 'function') {
      const wrapper = this.#wrapperFor(type, listener, false);
      if (wrapper !== undefined) ReflectApply(NodeEventTargetPrototype.removeEventListener, this, [type, wrapper]);
    }
    ReflectApply(NodeEventTargetPrototype.off, this, [type, listener, options]);
    if (type === 'message') this.#recount();
    return this;
  }

  removeListener(type, listener, options = undefined) {
    return this.off(type, listener, options);
  }

  removeAllListeners(type = undefined) {
    ReflectApply(NodeEventTargetPrototype.removeAllListeners, this, [type]);
    // As in Node, this leaves the port started and ref'd; a listener added
    // later starts it again.
    if (type === undefined || `${type}` === 'message') this.#listening = false;
    // The on<type> handlers' listeners went too; the attributes keep their
    // values, as Node's do.
    if (this.#handlers !== null) {
      for (const { 0: handlerType, 1: entry } of this.#handlers) {
        if (type === undefined || `${type}` === handlerType) entry.attached = false;
      }
    }
    return this;
  }

  // emit('message', data) dispatches a MessageEvent, as Node's ports do.
  emit(type, arg) {
    if (typeof type === 'string' && isMessageType(type) && isPort(this)) {
      const had = this.listenerCount(type) > 0;
      this.dispatchEvent(new MessageEvent(type, { data: arg }));
      return had;
    }
    return ReflectApply(NodeEventTargetPrototype.emit, this, [type, arg]);
  }

  addEventListener(type, listener, options = undefined) {
    ReflectApply(NodeEventTargetPrototype.addEventListener, this, [type, listener, options]);
    if (type === 'message') this.#recount();
  }

  removeEventListener(type, listener, options = undefined) {
    ReflectApply(NodeEventTargetPrototype.removeEventListener, this, [type, listener, options]);
    if (type === 'message') this.#recount();
  }

  static #handler(self, type) {
    if (!isPort(self)) throw illegalInvocation();
    const entry = self.#handlers?.get(type);
    return entry === undefined ? null : entry.handler;
  }

  // onmessage/onmessageerror: a function listens (and starts the port);
  // anything else takes the listener away, as in Node.
  static #setHandler(self, type, value) {
    if (!isPort(self)) throw illegalInvocation();
    let entry = self.#handlers?.get(type);
    if (typeof value === 'function') {
      if (entry === undefined) {
        entry = { handler: value, wrapper: null, attached: false };
        entry.wrapper = function(event) {
          return typeof entry.handler === 'function' ? ReflectApply(entry.handler, self, [event]) : undefined;
        };
        if (self.#handlers === null) self.#handlers = new Map();
        self.#handlers.set(type, entry);
      }
      entry.handler = value;
      if (!entry.attached) {
        entry.attached = true;
        self.addEventListener(type, entry.wrapper);
      }
    } else if (entry !== undefined) {
      self.#handlers.delete(type);
      if (entry.attached) self.removeEventListener(type, entry.wrapper);
    }
  }

  get onmessage() { return MessagePortImpl.#handler(this, 'message'); }
  set onmessage(value) { MessagePortImpl.#setHandler(this, 'message', value); }
  get onmessageerror() { return MessagePortImpl.#handler(this, 'messageerror'); }
  set onmessageerror(value) { MessagePortImpl.#setHandler(this, 'messageerror', value); }

  postMessage(value, transfer = undefined) {
    if (!isPort(this)) throw illegalInvocation();
    if (arguments.length === 0) {
      throw codedTypeError('Not enough arguments to MessagePort.postMessage', 'ERR_MISSING_ARGS');
    }
    let list = [];
    if (transfer !== undefined && transfer !== null) {
      if (typeof transfer !== 'object') {
        throw codedTypeError('Optional transferList argument must be an iterable', 'ERR_INVALID_ARG_TYPE');
      }
      if (typeof transfer[Symbol.iterator] === 'function') {
        list = iterableToList(transfer, 'Optional transferList argument must be an iterable');
      } else {
        const inner = transfer.transfer;
        if (inner !== undefined) {
          list = iterableToList(inner, 'Optional options.transfer argument must be an iterable');
        }
      }
    }
    // A closed port still clones and transfers, then drops the message.
    const message = cloneForPost(value, list, this);
    const data = this.#data;
    if (data === null || this.#closing) return undefined;
    // With the other end closed, the message goes nowhere; a channel lost
    // by posting its other end through it says false.
    const peer = data.peer;
    if (peer === null) return !this.#lost;
    // Posting the other end through itself loses the channel, as in Node.
    for (let i = 0; i < message.ports.length; i++) {
      if (portDataOf(message.ports[i]) === peer) {
        process.emitWarning('The target port was posted to itself, and the communication channel was lost');
        this.#lost = true;
        message.ports[i].close();
        return true;
      }
    }
    enqueue(peer, message);
    return true;
  }

  start() {
    if (!isPort(this)) throw illegalInvocation();
    if (this.#closing || this.#data === null) return;
    this.#started = true;
    if (this.#data.queue.length > 0) this.#h().send();
  }

  close(callback = undefined) {
    if (!isPort(this)) throw illegalInvocation();
    if (typeof callback === 'function') this.once('close', callback);
    this.#close();
  }

  ref() {
    if (!isPort(this)) throw illegalInvocation();
    this.#h().ref();
  }

  unref() {
    if (!isPort(this)) throw illegalInvocation();
    this.#h().unref();
  }

  hasRef() {
    if (!isPort(this)) throw illegalInvocation();
    // Closing, a port reports true until its handle is closed, as Node's.
    if (this.#closing) return this.#data !== null && !this.#closed;
    return this.#h().hasRef();
  }

  // The uv handle, made on first need: a port that arrives in a message
  // gets it when delivered, as Node's does, so that it is woken from the
  // next turn of the loop on.
  #h() {
    let handle = this.#handle;
    if (handle === null) {
      handle = this.#handle = binding.create();
      handle[kOwner] = this;
      handle.onmessage = () => drainPort(this);
      handle.onclose = () => closedPort(this);
      if (this.#data !== null && this.#data.queue.length > 0) handle.send();
    }
    return handle;
  }

  // Closes this end; the other learns of it through its queue.
  #close() {
    if (this.#closing) return;
    this.#closing = true;
    const data = this.#data;
    if (data !== null) {
      const peer = data.peer;
      data.peer = null;
      if (peer !== null) {
        peer.peer = null;
        enqueue(peer, kClose);
      }
    }
    this.#h().close();
  }

  [kInspect](depth, options, inspect) {
    if (!isPort(this)) return this;
    const shown = { active: !this.#closing };
    if (!this.#closing) shown.refed = this.#h().hasRef();
    if (depth < 0) return 'MessagePort [EventTarget]';
    return `MessagePort [EventTarget] ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  static {
    isPort = (v) => isObjectLike(v) && #data in v;

    // A channel's ports get their handles at once (port1's first), as in
    // Node; a moved one's comes with its delivery.
    newPort = (data, withHandle) => {
      const port = new MessagePortImpl();
      port.#data = data;
      data.port = port;
      if (withHandle) port.#h();
      return port;
    };

    // Moves the end `port` owns to a new MessagePort; `port` closes without
    // telling the other end.
    transferPort = (port) => {
      const data = port.#data;
      if (data === null || port.#closing) {
        throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      }
      port.#data = null;
      data.port = null;
      port.#closing = true;
      port.#started = false;
      port.#h().close();
      return newPort(data, false);
    };

    // One delivery of a wakeup; true while more of it remain. As in Node,
    // a wakeup delivers at most what was queued or 1000 messages, whichever
    // is more, then wakes again.
    drainPort = (port) => {
      // A port closed while it delivers goes on with what had arrived (its
      // handle closes later), as Node's does.
      const data = port.#data;
      if (data === null) {
        port.#inBatch = false;
        return false;
      }
      const queue = data.queue;
      if (!port.#inBatch) {
        port.#inBatch = true;
        port.#limit = MathMax(queue.length, 1000);
      }
      if (queue.length === 0 || (!port.#started && queue.peek() !== kClose)) {
        port.#inBatch = false;
        return false;
      }
      if (port.#limit-- === 0) {
        port.#inBatch = false;
        port.#h().send();
        return false;
      }
      const message = queue.shift();
      if (message === kClose) {
        port.#inBatch = false;
        port.#close();
        return false;
      }
      const ports = message.ports;
      for (let i = 0; i < ports.length; i++) ports[i].#h();
      try {
        port.dispatchEvent(makeMessageEvent(message.value, ports));
      } finally {
        port.#recount();
      }
      if (queue.length === 0) {
        port.#inBatch = false;
        return false;
      }
      return true;
    };

    closedPort = (port) => {
      port.#closed = true;
      const data = port.#data;
      if (data !== null) {
        data.port = null;
        data.queue.clear();
        port.#data = null;
      }
      port.dispatchEvent(new Event('close'));
    };

    portDataOf = (port) => port.#data;

    isDetachedPort = (port) => port.#data === null || port.#closing;

    wakePort = (port) => {
      if (!port.#closing && port.#handle !== null) port.#handle.send();
    };

    receiveFrom = (port) => {
      const data = port.#data;
      if (data === null || data.queue.length === 0 || data.queue.peek() === kClose) return undefined;
      const message = data.queue.shift();
      for (let i = 0; i < message.ports.length; i++) message.ports[i].#h();
      return { message: message.value };
    };
  }
}

function enqueue(data, message) {
  data.queue.push(message);
  if (data.port !== null) wakePort(data.port);
}

// The MessagePort users see: not constructible, sharing the class's prototype.
function MessagePort() {
  throw codedTypeError('Constructor cannot be called', 'ERR_CONSTRUCT_CALL_INVALID');
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
MessagePort.prototype = MessagePortImpl.prototype;
Object.defineProperty(MessagePortImpl.prototype, 'constructor', {
  __proto__: null, value: MessagePort, writable: true, enumerable: false, configurable: true,
});
// The EventEmitter-like methods that count 'message' listeners sit on a
// prototype of their own, so that MessagePort.prototype holds only what
// Node's does.
{
  const between = Object.create(NodeEventTargetPrototype);
  for (const name of ['on', 'addListener', 'once', 'off', 'removeListener', 'removeAllListeners', 'emit',
    'addEventListener', 'removeEventListener']) {
    Object.defineProperty(between, name, Object.getOwnPropertyDescriptor(MessagePortImpl.prototype, name));
    delete MessagePortImpl.prototype[name];
  }
  Object.setPrototypeOf(MessagePortImpl.prototype, between);
}
// Node's members, in Node's order; all but the constructor enumerable.
for (const name of ['postMessage', 'start', 'constructor', 'ref', 'unref', 'hasRef', 'onmessage', 'onmessageerror',
  'close']) {
  const desc = Object.getOwnPropertyDescriptor(MessagePortImpl.prototype, name);
  if (name !== 'constructor') desc.enumerable = true;
  delete MessagePortImpl.prototype[name];
  Object.defineProperty(MessagePortImpl.prototype, name, desc);
}

setPortHooks({
  isPort: (v) => isPort(v),
  isDetached: (port) => isDetachedPort(port),
  transfer: (port) => transferPort(port),
});

function MessageChannel() {
  if (new.target === undefined) {
    throw codedTypeError('Cannot call constructor without `new`', 'ERR_CONSTRUCT_CALL_REQUIRED');
  }
  const a = new PortData();
  const b = new PortData();
  a.peer = b;
  b.peer = a;
  this.port1 = newPort(a, true);
  this.port2 = newPort(b, true);
}

function receiveMessageOnPort(port) {
  if (!isPort(port)) {
    throw codedTypeError('The "port" argument must be a MessagePort instance', 'ERR_INVALID_ARG_TYPE');
  }
  return receiveFrom(port);
}

// moveMessagePortToContext(port, context): kiln has one realm's
// MessagePort, so the port moved is one of this realm (Node makes it of the
// context's); the checks are Node's.
function moveMessagePortToContext(port, context) {
  if (!isPort(port)) {
    throw codedTypeError('The "port" argument must be a MessagePort instance', 'ERR_INVALID_ARG_TYPE');
  }
  if (isDetachedPort(port)) throw new ERR_CLOSED_MESSAGE_PORT();
  if (!require('vm').isContext(context)) throw codedTypeError('Invalid context argument', 'ERR_INVALID_ARG_TYPE');
  return transferPort(port);
}

// ---- BroadcastChannel -----------------------------------------------------------

const broadcastGroups = new Map(); // name -> the open channels of that name, in creation order

class BroadcastChannel extends EventTarget {
  #name;
  #handle;
  #queue = new MessageQueue();

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    const handle = this.#handle = binding.create();
    handle[kOwner] = this;
    // An open channel keeps the loop alive, listened to or not, as in Node.
    handle.ref();
    handle.onmessage = () => this.#deliver();
    let group = broadcastGroups.get(this.#name);
    if (group === undefined) broadcastGroups.set(this.#name, group = new Set());
    group.add(this);
  }

  static #check(self) {
    if (!isObjectLike(self) || !(#queue in self)) throw new ERR_INVALID_THIS('BroadcastChannel');
  }

  get name() {
    BroadcastChannel.#check(this);
    return this.#name;
  }

  close() {
    BroadcastChannel.#check(this);
    if (this.#handle === undefined) return;
    const group = broadcastGroups.get(this.#name);
    group.delete(this);
    if (group.size === 0) broadcastGroups.delete(this.#name);
    this.#handle.close();
    this.#handle = undefined;
    this.#queue.clear();
  }

  postMessage(message) {
    BroadcastChannel.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#handle === undefined) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const group = broadcastGroups.get(this.#name);
    // Each receiver gets its own copy; with none, the value is still
    // checked.
    let cloned = false;
    for (const other of group) {
      if (other === this) continue;
      other.#queue.push(cloneForPost(message, [], null).value);
      other.#handle.send();
      cloned = true;
    }
    if (!cloned) cloneForPost(message, [], null);
  }

  ref() {
    BroadcastChannel.#check(this);
    this.#handle?.ref();
    return this;
  }

  unref() {
    BroadcastChannel.#check(this);
    this.#handle?.unref();
    return this;
  }

  #deliver() {
    if (this.#handle === undefined || this.#queue.length === 0) return false;
    const data = this.#queue.shift();
    this.dispatchEvent(makeMessageEvent(data, kNoPorts));
    return this.#handle !== undefined && this.#queue.length > 0;
  }

  [kInspect](depth, options, inspect) {
    BroadcastChannel.#check(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this.#name, active: this.#handle !== undefined }, opts)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
for (const name of ['name', 'close', 'postMessage', 'ref', 'unref']) {
  const desc = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(BroadcastChannel.prototype, name, desc);
}

module.exports = {
  MessageChannel,
  MessagePort,
  MessageEvent,
  BroadcastChannel,
  receiveMessageOnPort,
  moveMessagePortToContext,
};
