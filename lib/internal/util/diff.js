'use strict';
// util.diff(actual, expected): the shortest edit script between two strings
// (by UTF-16 code unit) or two arrays of strings, as [op, value] pairs in
// order: 0 for a value in both, 1 for one only in actual, -1 for one only
// in expected. Myers' O(ND) algorithm: a forward pass that keeps the
// furthest point reached on each diagonal after every round, then a walk
// back through those rounds. Where several scripts are equally short, the
// choice is Node's: at each round a diagonal is entered from the one above
// unless the one below got further, and the walk back emits a removal
// before an insertion at the same place.

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

const ArrayIsArray = Array.isArray;
const Int32ArrayCtor = Int32Array;
const TypeErrorCtor = TypeError;

function validateInput(value, name) {
  if (typeof value === 'string') return;
  if (!ArrayIsArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
  }
}

function diff(actual, expected) {
  if (actual === expected) return [];
  validateInput(actual, 'actual');
  validateInput(expected, 'expected');
  const n = actual.length;
  const m = expected.length;
  // Node gives up with this TypeError on two empty arrays.
  if (n === 0 && m === 0) throw new TypeErrorCtor('Cannot convert undefined or null to object');
  const max = n + m;
  const offset = max + 1;
  const width = 2 * max + 3;
  // rounds[d] holds the furthest x on each diagonal before round d.
  const rounds = [];
  let v = new Int32ArrayCtor(width);
  let end = -1;
  for (let d = 0; d <= max && end < 0; d++) {
    rounds[d] = v;
    v = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ?
        v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && actual[x] === expected[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        end = d;
        break;
      }
    }
  }

  const reversed = [];
  let x = n;
  let y = m;
  for (let d = end; d > 0; d--) {
    const prev = rounds[d];
    const k = x - y;
    const fromK = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]) ? k + 1 : k - 1;
    const fromX = prev[offset + fromK];
    const fromY = fromX - fromK;
    while (x > fromX && y > fromY) {
      reversed[reversed.length] = [0, actual[--x]];
      y--;
    }
    if (x === fromX) {
      reversed[reversed.length] = [-1, expected[--y]];
    } else {
      reversed[reversed.length] = [1, actual[--x]];
    }
  }
  while (x > 0 && y > 0) {
    reversed[reversed.length] = [0, actual[--x]];
    y--;
  }
  const result = new Array(reversed.length);
  for (let i = 0; i < reversed.length; i++) result[i] = reversed[reversed.length - 1 - i];
  return result;
}

module.exports = { diff };
