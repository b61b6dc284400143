'use strict';

class Counter43 {
  constructor() { this.n = 43; }
  get value() { return this.n; }
}

module.exports = { value: new Counter43().value, name: 'm43' };
