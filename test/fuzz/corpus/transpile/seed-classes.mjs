import { Base, helper as h } from './base.js';
export class Shape extends Base {
  static count = 0;
  #id = Shape.count++;
  static #registry = new Map();
  static { Shape.#registry.set('root', this); }
  constructor(name, { size = 1, ...rest } = {}) { super(name); this.size = size; this.rest = rest; }
  get id() { return this.#id; }
  set id(v) { throw new TypeError(`read-only ${v}`); }
  static of(...args) { return new this(...args); }
  async *points(n) { for (let i = 0; i < n; i++) yield await h(i); }
  #secret() { return #id in this; }
  ['computed' + 1]() { return super.describe?.() ?? h`tag ${this.size}`; }
  'quoted key'() {}
  42() {}
}
export default class extends Shape {}
