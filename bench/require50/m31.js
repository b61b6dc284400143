'use strict';

class Counter31 {
  constructor() { this.n = 31; }
  get value() { return this.n; }
}

module.exports = { value: new Counter31().value, name: 'm31' };
