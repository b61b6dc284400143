'use strict';
// The Stream class: an EventEmitter with the old-style pipe(), the base of
// Readable and Writable, and what require('stream') itself is. Streams from
// before streams2 (data events, pause/resume, no state objects) pipe with
// this pipe().

const EE = require('events');

const ReflectApply = Reflect.apply;

const ReflectOwnKeys = Reflect.ownKeys;
const ArrayIsArray = Array.isArray;

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  let ended = false;

  const onData = (chunk) => {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  };
  const onDrain = () => {
    if (source.readable && source.resume) source.resume();
  };
  const onEnd = () => {
    if (ended) return;
    ended = true;
    dest.end();
  };
  const onClose = () => {
    if (ended) return;
    ended = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  };
  const cleanup = () => {
    source.removeListener('data', onData);
    dest.removeListener('drain', onDrain);
    source.removeListener('end', onEnd);
    source.removeListener('close', onClose);
    source.removeListener('error', onError);
    dest.removeListener('error', onError);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  };
  // An error on either end unpipes; it is rethrown (as an 'error' event
  // nobody hears) only when this was the one listener.
  function onError(err) {
    cleanup();
    // Node asks the stream's own listenerCount when it has one, else
    // counts through EventEmitter's (the stream may have cleared its own).
    const count = typeof this.listenerCount === 'function'
      ? this.listenerCount('error')
      : ReflectApply(EE.prototype.listenerCount, this, ['error']);
    if (count === 0) this.emit('error', err);
  }

  source.on('data', onData);
  dest.on('drain', onDrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onEnd);
    source.on('close', onClose);
  }
  prependListener(source, 'error', onError);
  prependListener(dest, 'error', onError);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// Event names with at least one listener: Readable pre-shapes _events with
// empty slots, which are not events anyone listens to.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  if (events == null) return names;
  const keys = ReflectOwnKeys(events);
  for (let i = 0; i < keys.length; i++) {
    const v = events[keys[i]];
    if (typeof v === 'function' || (ArrayIsArray(v) && v.length > 0)) names.push(keys[i]);
  }
  return names;
};

// prependListener for emitters that may predate it (old streams, or
// objects that only look like emitters).
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    emitter.prependListener(event, fn);
    return;
  }
  const events = emitter._events;
  if (!events || !events[event]) emitter.on(event, fn);
  else if (ArrayIsArray(events[event])) events[event].unshift(fn);
  else events[event] = [fn, events[event]];
}

module.exports = { Stream, prependListener };
