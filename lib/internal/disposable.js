'use strict';
// Explicit resource management, as V8 ships it in Node 24: SuppressedError,
// DisposableStack and AsyncDisposableStack (globals, installed lazily by
// internal/globals), and the stacks that `using` and `await using`
// declarations lower to (the transpiler's _$kiln_using(), docs/esm.md).
// JavaScriptCore has neither the syntax nor the classes.
//
// One disposal algorithm serves both: the spec's DisposeResources, which
// disposes in reverse order, wraps each later error as
// SuppressedError(later, earlier), and for an async stack awaits each
// result (and once, for resources that were null, when nothing else was
// awaited). A resource is three array slots: hint, value, method.

const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const ErrorCaptureStackTrace = Error.captureStackTrace;
const SymbolDispose = Symbol.dispose;
const SymbolAsyncDispose = Symbol.asyncDispose;
const SymbolToStringTag = Symbol.toStringTag;

const SYNC = 0;
const ASYNC = 1;
const kSuppressedMessage = 'An error was suppressed during disposal';

// ---- SuppressedError -------------------------------------------------------------------------

function SuppressedError(error, suppressed, message) {
  const self = ReflectConstruct(Error, message === undefined ? [] : [message], new.target ?? SuppressedError);
  ErrorCaptureStackTrace(self, SuppressedError);
  if (message !== undefined) {
    // V8's order of own properties: stack, message, error, suppressed.
    const value = self.message;
    delete self.message;
    ObjectDefineProperty(self, 'message', { __proto__: null, value, writable: true, enumerable: false, configurable: true });
  }
  ObjectDefineProperty(self, 'error', { __proto__: null, value: error, writable: true, enumerable: false, configurable: true });
  ObjectDefineProperty(self, 'suppressed', { __proto__: null, value: suppressed, writable: true, enumerable: false, configurable: true });
  return self;
}
// An Error subclass made by hand so it can be called without `new` and its
// instances are real errors (Error.prototype.toString, util.inspect).
ObjectSetPrototypeOf(SuppressedError, Error);
SuppressedError.prototype = { __proto__: Error.prototype };
ObjectDefineProperty(SuppressedError, 'prototype', { writable: false, enumerable: false, configurable: false });
ObjectDefineProperty(SuppressedError.prototype, 'constructor', { __proto__: null, value: SuppressedError, writable: true, enumerable: false, configurable: true });
ObjectDefineProperty(SuppressedError.prototype, 'name', { __proto__: null, value: 'SuppressedError', writable: true, enumerable: false, configurable: true });
ObjectDefineProperty(SuppressedError.prototype, 'message', { __proto__: null, value: '', writable: true, enumerable: false, configurable: true });

// The error a failed disposal throws after an earlier one. Its stack
// starts at the user's code that disposed: `boundary` is the internal
// function it called.
function suppressed(error, previous, boundary) {
  const err = new SuppressedError(error, previous, kSuppressedMessage);
  ErrorCaptureStackTrace(err, boundary);
  return err;
}

// A disposal's throw completion after the stack's current one.
function record(stack, err, boundary) {
  if (stack.h) {
    stack.e = suppressed(err, stack.e, boundary);
  } else {
    stack.h = true;
    stack.e = err;
  }
}

// ---- resources --------------------------------------------------------------------------------

function notFunction(key) {
  return new TypeError(`${key === SymbolDispose ? 'Symbol(Symbol.dispose)' : 'Symbol(Symbol.asyncDispose)'} is not a function`);
}

// GetDisposeMethod: for an async hint, [Symbol.asyncDispose], else
// [Symbol.dispose] made to return a promise.
function disposeMethod(value, hint) {
  if (hint === ASYNC) {
    const method = value[SymbolAsyncDispose];
    if (method !== undefined && method !== null) {
      if (typeof method !== 'function') throw notFunction(SymbolAsyncDispose);
      return method;
    }
    const sync = value[SymbolDispose];
    if (sync === undefined || sync === null) throw notFunction(SymbolDispose);
    if (typeof sync !== 'function') throw notFunction(SymbolDispose);
    return function() {
      try {
        ReflectApply(sync, this, []);
      } catch (err) {
        return PromiseReject(err);
      }
      return PromiseResolve(undefined);
    };
  }
  const method = value[SymbolDispose];
  if (typeof method !== 'function') throw notFunction(SymbolDispose);
  return method;
}

// AddDisposableResource for `using`, `await using` and use(): null and
// undefined are nothing to a sync stack and an await to an async one.
function addResource(list, value, hint) {
  if (value === null || value === undefined) {
    if (hint === ASYNC) list.push(ASYNC, undefined, undefined);
    return;
  }
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeError('An object is expected with `using` declarations');
  }
  list.push(hint, value, disposeMethod(value, hint));
}

// ---- the stacks of `using` blocks ------------------------------------------------------------

// One per block evaluation; the generated code calls its methods (see
// src/transpile/module.c): u/a add, t records the block's exception, d
// disposes synchronously; an async block loops `while (s.n()) await s.r`,
// reporting a rejection with x, and ends with f().
class UsingStack {
  constructor() {
    this.list = [];
    this.h = false; // a throw completion is pending: e
    this.e = undefined;
    this.r = undefined;
    this.needsAwait = false;
    this.hasAwaited = false;
  }

  u(value) {
    addResource(this.list, value, SYNC);
    return value;
  }

  a(value) {
    addResource(this.list, value, ASYNC);
    return value;
  }

  t(err) {
    this.h = true;
    this.e = err;
  }

  x(err) {
    record(this, err, UsingStack.prototype.x);
  }

  d() {
    const list = this.list;
    while (list.length > 0) {
      const method = list.pop();
      const value = list.pop();
      list.pop();
      try {
        ReflectApply(method, value, []);
      } catch (err) {
        record(this, err, UsingStack.prototype.d);
      }
    }
    this.f();
  }

  // One step of an async DisposeResources: true when the caller must
  // await this.r before calling again.
  n() {
    const list = this.list;
    while (list.length > 0) {
      const method = list.pop();
      const value = list.pop();
      const hint = list.pop();
      if (hint === SYNC && this.needsAwait && !this.hasAwaited) {
        list.push(hint, value, method);
        this.needsAwait = false;
        this.r = undefined;
        return true;
      }
      if (method === undefined) {
        this.needsAwait = true;
        continue;
      }
      let result;
      try {
        result = ReflectApply(method, value, []);
      } catch (err) {
        record(this, err, UsingStack.prototype.n);
        continue;
      }
      if (hint === ASYNC) {
        this.hasAwaited = true;
        this.r = result;
        return true;
      }
    }
    if (this.needsAwait && !this.hasAwaited) {
      this.needsAwait = false;
      this.r = undefined;
      return true;
    }
    this.r = undefined;
    return false;
  }

  f() {
    if (this.h) {
      const err = this.e;
      this.h = false;
      this.e = undefined;
      throw err;
    }
  }
}

function usingStack() {
  return new UsingStack();
}

// The loader's end of a module whose top level has `using`: the body ran
// (or threw `err` when failed).
function disposeModuleSync(stack, failed, err) {
  if (failed) stack.t(err);
  stack.d();
}

async function disposeModuleAsync(stack, failed, err) {
  if (failed) stack.t(err);
  while (stack.n()) {
    try {
      await stack.r;
    } catch (e) {
      stack.x(e);
    }
  }
  stack.f();
}

// ---- DisposableStack and AsyncDisposableStack ----------------------------------------------

function incompatible(name, receiver) {
  let shown;
  if (receiver === null || (typeof receiver !== 'object' && typeof receiver !== 'function')) {
    shown = typeof receiver === 'string' ? receiver : String(receiver);
  } else {
    const ctor = receiver.constructor;
    shown = `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
  }
  return new TypeError(`Method ${name} called on incompatible receiver ${shown}`);
}

// V8 says "already-disposed DisposableStack" for both classes.
function disposedError(cls, method) {
  return new ReferenceError(`Cannot call ${cls}.prototype.${method} on an already-disposed DisposableStack`);
}

// Plain functions, as V8's builtins are (util.inspect shows
// [Function: DisposableStack]); the state lives in private fields of a
// class whose constructor makes the instances (Reflect.construct with the
// caller's new.target, so subclasses work) and whose static block holds
// the methods, the only code that can read those fields.
function DisposableStack() {
  if (new.target === undefined) throw new TypeError("Constructor DisposableStack requires 'new'");
  return ReflectConstruct(StackState, [SYNC], new.target);
}

function AsyncDisposableStack() {
  if (new.target === undefined) throw new TypeError("Constructor AsyncDisposableStack requires 'new'");
  return ReflectConstruct(StackState, [ASYNC], new.target);
}
ObjectDefineProperty(DisposableStack, 'prototype', { writable: false });
ObjectDefineProperty(AsyncDisposableStack, 'prototype', { writable: false });

function defineMethods(target, methods) {
  const names = Reflect.ownKeys(methods);
  for (let i = 0; i < names.length; i++) {
    const d = Object.getOwnPropertyDescriptor(methods, names[i]);
    d.enumerable = false;
    ObjectDefineProperty(target, names[i], d);
  }
}

// The state of both kinds of stack; `#kind` (SYNC or ASYNC) keeps one
// kind's methods from accepting the other's instances.
class StackState {
  #kind;
  #list = [];
  #disposed = false;

  constructor(kind) {
    this.#kind = kind;
  }

  static {
    const stackOf = (self, kind) =>
      self !== null && typeof self === 'object' && #kind in self && self.#kind === kind;
    // The methods of one kind: cls names it in errors, Ctor makes moved
    // stacks.
    const methods = (kind, cls, Ctor) => {
      const check = (self, name) => {
        if (!stackOf(self, kind)) throw incompatible(`${cls}.prototype.${name}`, self);
        if (self.#disposed) throw disposedError(cls, name);
      };
      // Takes the resources for disposal; undefined when already disposed.
      const take = (self, name) => {
        if (!stackOf(self, kind)) throw incompatible(`${cls}.prototype.${name}`, self);
        if (self.#disposed) return undefined;
        self.#disposed = true;
        const stack = new UsingStack();
        stack.list = self.#list;
        self.#list = [];
        return stack;
      };
      const dispose = kind === SYNC ? function dispose() {
        const stack = take(this, 'dispose');
        if (stack !== undefined) stack.d();
        return undefined;
      } : function disposeAsync() {
        let stack;
        try {
          stack = take(this, 'disposeAsync');
        } catch {
          return PromiseReject(new TypeError('Receiver is not an AsyncDisposableStack'));
        }
        if (stack === undefined) return PromiseResolve(undefined);
        return disposeModuleAsync(stack, false);
      };
      // In the spec's order: use, dispose(Async), adopt, defer, move.
      const common = {
        use(value) {
          check(this, 'use');
          addResource(this.#list, value, kind);
          return value;
        },
        [dispose.name]: dispose,
        adopt(value, onDispose) {
          check(this, 'adopt');
          if (typeof onDispose !== 'function') throw new TypeError(`${String(onDispose)} is not a function`);
          // The sync kind ignores what the callback returns; the async one
          // awaits it.
          this.#list.push(kind, undefined, kind === SYNC ?
            () => { ReflectApply(onDispose, undefined, [value]); } :
            () => ReflectApply(onDispose, undefined, [value]));
          return value;
        },
        defer(onDispose) {
          check(this, 'defer');
          if (typeof onDispose !== 'function') throw new TypeError(`${String(onDispose)} is not a function`);
          this.#list.push(kind, undefined, onDispose);
          return undefined;
        },
        move() {
          check(this, 'move');
          const moved = ReflectConstruct(StackState, [kind], Ctor);
          moved.#list = this.#list;
          this.#list = [];
          this.#disposed = true;
          return moved;
        },
        get disposed() {
          if (!stackOf(this, kind)) throw incompatible(`get ${cls}.prototype.disposed`, this);
          return this.#disposed;
        },
      };
      return common;
    };
    defineMethods(DisposableStack.prototype, methods(SYNC, 'DisposableStack', DisposableStack));
    defineMethods(AsyncDisposableStack.prototype, methods(ASYNC, 'AsyncDisposableStack', AsyncDisposableStack));
  }
}

// [Symbol.dispose] is the same function as dispose, as the spec has it.
for (const { 0: cls, 1: key, 2: method, 3: tag } of [
  [DisposableStack, SymbolDispose, 'dispose', 'DisposableStack'],
  [AsyncDisposableStack, SymbolAsyncDispose, 'disposeAsync', 'AsyncDisposableStack'],
]) {
  const proto = cls.prototype;
  ObjectDefineProperty(proto, key, { __proto__: null, value: proto[method], writable: true, enumerable: false, configurable: true });
  ObjectDefineProperty(proto, SymbolToStringTag, { __proto__: null, value: tag, writable: false, enumerable: false, configurable: true });
}

module.exports = {
  SuppressedError,
  DisposableStack,
  AsyncDisposableStack,
  usingStack,
  disposeModuleSync,
  disposeModuleAsync,
};
