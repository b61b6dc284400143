'use strict';
// internal/assert/myers_diff, for code run with --expose-internals that
// reaches for Node's diff module: myersDiff(actual, expected) over two
// strings or arrays of lines. The script is util.diff's ([op, value] pairs,
// 0 in both, 1 actual only, -1 expected only); what Node promises here is
// the size limit, the combined length must stay below 2^31, since the
// rounds are indexed with 32-bit integers.

const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
const { diff } = require('internal/util/diff');

const kMaxInputSize = 2 ** 31;

function myersDiff(actual, expected) {
  const size = actual.length + expected.length;
  if (size >= kMaxInputSize) {
    throw new ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', size);
  }
  return diff(actual, expected);
}

module.exports = { myersDiff };
