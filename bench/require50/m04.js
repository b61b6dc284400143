'use strict';

class Counter04 {
  constructor() { this.n = 4; }
  get value() { return this.n; }
}

module.exports = { value: new Counter04().value, name: 'm04' };
