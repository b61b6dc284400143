'use strict';
// node:readline: Interface with callbacks (question(query, cb)), the cursor
// helpers, emitKeypressEvents, and readline.promises.

const {
  Interface: InternalInterface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLineBuffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const { validateAbortSignal } = require('internal/abort_controller');

let promisesModule;

// Callable with or without new, as in Node. A completer of one argument
// is synchronous; with two it calls back (err, [completions, line]).
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const sync = input.completer;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}
Object.setPrototypeOf(Interface.prototype, InternalInterface.prototype);
Object.setPrototypeOf(Interface, InternalInterface);

Interface.prototype[kTabComplete] = function(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this[kWriteToOutput](`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

// question(query[, options], cb): the answer to cb; options.signal cancels.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    options.signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => options.signal.removeEventListener('abort', onAbort);
    const original = cb;
    cb = typeof cb === 'function' ? (answer) => {
      cleanup();
      return original(answer);
    } : cleanup;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function question(query, options) {
    if (options === null || typeof options !== 'object') options = {};
    const signal = options.signal;
    if (signal && signal.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (signal) {
        const onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

// The underscore names of Node's older Interface, kept because modules
// (and Node's tests) still call them.
const legacy = {
  _setRawMode: kSetRawMode,
  _onLine: kOnLine,
  _writeToOutput: kWriteToOutput,
  _addHistory: kAddHistory,
  _refreshLine: kRefreshLine,
  _normalWrite: kNormalWrite,
  _insertString: kInsertString,
  _wordLeft: kWordLeft,
  _wordRight: kWordRight,
  _deleteLeft: kDeleteLeft,
  _deleteRight: kDeleteRight,
  _deleteWordLeft: kDeleteWordLeft,
  _deleteWordRight: kDeleteWordRight,
  _deleteLineLeft: kDeleteLineLeft,
  _deleteLineRight: kDeleteLineRight,
  _line: kLine,
  _historyNext: kHistoryNext,
  _historyPrev: kHistoryPrev,
  _getDisplayPos: kGetDisplayPos,
  _moveCursor: kMoveCursor,
  _ttyWrite: kTtyWrite,
};
for (const name of Object.keys(legacy)) {
  const sym = legacy[name];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: function(...args) {
      return this[sym](...args);
    },
  });
}
Interface.prototype._tabComplete = function _tabComplete(lastKeypressWasTab) {
  return this[kTabComplete](lastKeypressWasTab);
};
Interface.prototype._getCursorPos = InternalInterface.prototype.getCursorPos;
const legacyFields = {
  _decoder: kDecoder,
  _line_buffer: kLineBuffer,
  _oldPrompt: kOldPrompt,
  _previousKey: kPreviousKey,
  _prompt: kPrompt,
  _questionCallback: kQuestionCallback,
  _sawReturnAt: kSawReturnAt,
};
for (const name of Object.keys(legacyFields)) {
  const sym = legacyFields[name];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      return this[sym];
    },
    set(value) {
      this[sym] = value;
    },
  });
}

// With TERM=dumb there is no line editing: keys are text, return ends a
// line, ctrl+c and ctrl+d close.
function ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this[kLine]();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this[kLine]();
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this[kWriteToOutput](s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promisesModule ??= require('readline/promises');
    return promisesModule;
  },
});
