#!/usr/bin/env bash
# `--version` / `-v` print one line, the version (vMAJOR.MINOR.PATCH...), and exit 0; it
# is process.version.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

for opt in --version -v; do
  run "$RT" "$opt"
  assert_status 0
  assert_match "$opt: stdout" '^v[0-9]+\.[0-9]+\.[0-9]+' "$OUT"
  assert_eq "$opt: one line" 1 "$(wc -l <"$SCRATCH/.out" | tr -d ' ')"
  assert_eq "$opt: stderr" "" "$ERR"
done
version=$OUT

# node --version prints process.version; kiln --version prints kiln's own
# version (process.versions.kiln), while process.version names the Node API.
run "$RT" -e 'console.log(process.versions.kiln ? "v" + process.versions.kiln : process.version)'
assert_status 0
assert_eq "process.version" "$version" "$OUT"

finish
