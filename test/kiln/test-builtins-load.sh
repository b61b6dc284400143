#!/usr/bin/env bash
# Every builtin module compiles and loads. tools/js2c strips comments and
# indentation from lib/ at build time; this catches a source it misread.
set -u
out=$("$RUNTIME" --expose-internals --no-deprecation --no-warnings -e '
  const ids = require("module").builtinModules.concat(natives());
  function natives() {
    return require("internal/modules/builtins").internalIds();
  }
  let n = 0;
  for (const id of ids) { require(id); n++; }
  console.log(n);
' 2>&1)
rc=$?
if [ $rc -ne 0 ] || ! [[ $out =~ ^[0-9]+$ ]] || [ "$out" -lt 20 ]; then
  echo "FAIL: loading every builtin: exit $rc"
  echo "$out"
  exit 1
fi
