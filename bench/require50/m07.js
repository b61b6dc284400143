'use strict';

class Counter07 {
  constructor() { this.n = 7; }
  get value() { return this.n; }
}

module.exports = { value: new Counter07().value, name: 'm07' };
