'use strict';
// node:readline/promises: the Interface whose question() returns a
// promise, and Readline, which queues cursor actions until commit().

const {
  Interface: InternalInterface,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
} = require('internal/readline/interface');
const { Readline } = require('internal/readline/promises');
const { validateAbortSignal } = require('internal/abort_controller');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, signal ? { cause: signal.reason } : undefined);
}

class Interface extends InternalInterface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return reject(abortError(signal));
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
      // Closing the interface before the answer rejects the question.
      this[kQuestionReject] = reject;
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
