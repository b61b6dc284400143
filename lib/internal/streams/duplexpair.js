'use strict';
// stream.duplexPair([options]): two Duplex streams joined back to back,
// what one side writes the other reads. A write completes when the other
// side's reader asks for more, so backpressure crosses the pair. Ending
// one side ends the other's readable side; destroying a side with an
// error destroys the other too.

const Duplex = require('internal/streams/duplex');

class DuplexSide extends Duplex {
  #other = null;
  // The other side's write callback, held until this side's reader wants
  // more.
  #pendingWrite = null;

  static link(a, b) {
    a.#other = b;
    b.#other = a;
  }

  _read() {
    const callback = this.#pendingWrite;
    if (callback) {
      this.#pendingWrite = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    const other = this.#other;
    other.#pendingWrite = callback;
    other.push(chunk);
  }

  _final(callback) {
    this.#other.on('end', callback);
    this.#other.push(null);
  }

  _destroy(err, callback) {
    if (err) {
      const other = this.#other;
      process.nextTick(() => other.destroy());
    }
    callback(err);
  }
}

const link = DuplexSide.link;
delete DuplexSide.link;

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  link(side0, side1);
  return [side0, side1];
}

module.exports = duplexPair;
