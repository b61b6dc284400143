'use strict';

class Counter13 {
  constructor() { this.n = 13; }
  get value() { return this.n; }
}

module.exports = { value: new Counter13().value, name: 'm13' };
