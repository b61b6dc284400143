'use strict';
// console.table: the columns a value makes, and the box they are drawn in.
//
// Every cell is a string: util.inspect's rendering of a value, or for the
// index column of an object or array, its own keys as they are. Columns
// are padded on the right to the widest cell, measured in terminal columns
// (internal/console/width), so wide CJK text and combining marks line up.

const { getStringWidth } = require('internal/console/width');

const uncurry = (fn) => Function.prototype.call.bind(fn);
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ArrayIsArray = Array.isArray;
const ObjectPrototypeHasOwnProperty = uncurry(Object.prototype.hasOwnProperty);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const SetPrototypeValues = uncurry(Set.prototype.values);
const MapIteratorPrototypeNext = uncurry(Object.getPrototypeOf(new Map().entries()).next);
const SetIteratorPrototypeNext = uncurry(Object.getPrototypeOf(new Set().values()).next);

const kIndexKey = '(index)';
const kIterationKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

// Box-drawing characters, as escapes: builtin sources are ASCII.
const kLine = '\u2500';         // horizontal line
const kTopLeft = '\u250c';
const kTopMiddle = '\u252c';
const kTopRight = '\u2510';
const kMiddleLeft = '\u251c';
const kCross = '\u253c';
const kMiddleRight = '\u2524';
const kBottomLeft = '\u2514';
const kBottomMiddle = '\u2534';
const kBottomRight = '\u2518';
const kRowStart = '\u2502 ';
const kRowSeparator = ' \u2502 ';
const kRowEnd = ' \u2502';

function renderRow(cells, widths) {
  let line = kRowStart;
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += kRowSeparator;
    line += cells[i] + StringPrototypeRepeat(' ', widths[i] - getStringWidth(cells[i]));
  }
  return line + kRowEnd;
}

function rule(widths, left, middle, right) {
  let line = left;
  for (let i = 0; i < widths.length; i++) {
    if (i > 0) line += middle;
    line += StringPrototypeRepeat(kLine, widths[i] + 2);
  }
  return line + right;
}

// head: the column titles; columns: one array of cells per title, possibly
// sparse or shorter than others: a missing cell is blank.
function renderTable(head, columns) {
  const widths = [];
  let rowCount = 0;
  for (let i = 0; i < head.length; i++) {
    widths[i] = getStringWidth(head[i]);
    if (columns[i].length > rowCount) rowCount = columns[i].length;
  }
  const rows = [];
  for (let r = 0; r < rowCount; r++) {
    const row = [];
    for (let i = 0; i < head.length; i++) {
      const cell = ObjectPrototypeHasOwnProperty(columns[i], r) ? columns[i][r] : '';
      row[i] = cell;
      const width = getStringWidth(cell);
      if (width > widths[i]) widths[i] = width;
    }
    rows[r] = row;
  }
  let out = `${rule(widths, kTopLeft, kTopMiddle, kTopRight)}\n${renderRow(head, widths)}\n` +
    `${rule(widths, kMiddleLeft, kCross, kMiddleRight)}\n`;
  for (let r = 0; r < rows.length; r++) out += `${renderRow(rows[r], widths)}\n`;
  return out + rule(widths, kBottomLeft, kBottomMiddle, kBottomRight);
}

function indexColumn(length, show) {
  const column = [];
  for (let i = 0; i < length; i++) column[i] = show(i);
  return column;
}

// What is left in a Map or Set iterator. Node peeks at it through V8 without
// advancing it; JavaScriptCore has no such look, so the iterator is read to
// its end. Whether a Map iterator yields entries or only keys or values is
// not visible either: pairs everywhere read as entries. A Set's entries()
// yields [v, v], which Node shows flattened.
function drainIterator(iterator, next) {
  const items = [];
  for (;;) {
    const step = next(iterator);
    if (step.done) return items;
    items[items.length] = step.value;
  }
}

function isPair(item) {
  return ArrayIsArray(item) && item.length === 2;
}

function mapIteratorEntries(iterator) {
  const items = drainIterator(iterator, MapIteratorPrototypeNext);
  for (let i = 0; i < items.length; i++) {
    if (!isPair(items[i])) return { pairs: false, items };
  }
  return { pairs: true, items };
}

function setIteratorValues(iterator) {
  const items = drainIterator(iterator, SetIteratorPrototypeNext);
  if (items.length === 0) return items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isPair(item) || !Object.is(item[0], item[1])) return items;
  }
  const flat = [];
  for (let i = 0; i < items.length; i++) flat.push(items[i][0], items[i][1]);
  return flat;
}

function keyValueTable(pairs, show) {
  const keys = [];
  const values = [];
  for (let i = 0; i < pairs.length; i++) {
    keys[i] = show(pairs[i][0]);
    values[i] = show(pairs[i][1]);
  }
  return renderTable([kIterationKey, kKeyKey, kValuesKey],
    [indexColumn(pairs.length, show), keys, values]);
}

function valuesTable(items, show) {
  const values = [];
  for (let i = 0; i < items.length; i++) values[i] = show(items[i]);
  return renderTable([kIterationKey, kValuesKey], [indexColumn(items.length, show), values]);
}

// The table for an object `data` (not null), with `properties` (an array or
// undefined) choosing the columns, and `show` rendering a value as a cell.
function tableFor(data, properties, show) {
  const { types } = require('util');
  if (types.isMapIterator(data)) {
    const { pairs, items } = mapIteratorEntries(data);
    return pairs ? keyValueTable(items, show) : valuesTable(items, show);
  }
  if (types.isMap(data)) return keyValueTable(drainIterator(MapPrototypeEntries(data), MapIteratorPrototypeNext), show);
  if (types.isSetIterator(data)) return valuesTable(setIteratorValues(data), show);
  if (types.isSet(data)) return valuesTable(drainIterator(SetPrototypeValues(data), SetIteratorPrototypeNext), show);

  // One column per property seen, in the order an object orders its keys
  // (integer-like keys first), then 'Values' for rows that are primitives.
  const byKey = { __proto__: null };
  const primitiveCells = [];
  let hasPrimitives = false;
  const indexKeys = ObjectKeys(data);
  for (let row = 0; row < indexKeys.length; row++) {
    const item = data[indexKeys[row]];
    const primitive = item === null || (typeof item !== 'object' && typeof item !== 'function');
    if (primitive && properties === undefined) {
      hasPrimitives = true;
      primitiveCells[row] = show(item);
      continue;
    }
    const keys = properties === undefined ? ObjectKeys(item) : properties;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const column = byKey[key] ??= [];
      column[row] = primitive || !ObjectPrototypeHasOwnProperty(item, key) ? '' : show(item[key]);
    }
  }
  const head = ObjectKeys(byKey);
  const columns = ObjectValues(byKey);
  if (hasPrimitives) {
    head.push(kValuesKey);
    columns.push(primitiveCells);
  }
  head.unshift(kIndexKey);
  columns.unshift(indexKeys);
  return renderTable(head, columns);
}

module.exports = { tableFor, renderTable };
