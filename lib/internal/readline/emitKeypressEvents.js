'use strict';
// readline.emitKeypressEvents(stream[, interface]): from the first
// 'keypress' listener on, the stream's 'data' is decoded as UTF-8 and fed
// to the key parser. An escape at the end of a chunk waits for the
// interface's escapeCodeTimeout before it counts as the Escape key.

const { charLengthAt, emitKeys } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kSawKeyPress = Symbol('saw-key-press');
const kEscapeCodeTimeout = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = emitKeys(stream);
  stream[kEscapeDecoder].next();

  let timeoutId;
  const escapeTimedOut = () => stream[kEscapeDecoder].next('');

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: wait for the next listener.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timeoutId);
    // A chunk of exactly one character is a key press; more is a paste,
    // during which tab completion is off until its last character.
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const ch of string) {
      length += ch.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(ch);
        if (length === string.length && ch === '\x1b') {
          timeoutId = setTimeout(escapeTimedOut, iface.escapeCodeTimeout ?? kEscapeCodeTimeout);
        }
      } catch (err) {
        // A throwing 'keypress' listener ends the generator: start a new
        // one before passing the error on.
        stream[kEscapeDecoder] = emitKeys(stream);
        stream[kEscapeDecoder].next();
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, kSawKeyPress };
