'use strict';

class Counter34 {
  constructor() { this.n = 34; }
  get value() { return this.n; }
}

module.exports = { value: new Counter34().value, name: 'm34' };
