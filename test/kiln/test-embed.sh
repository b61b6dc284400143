#!/usr/bin/env bash
# The embedding API: examples/embed.c creates a runtime, runs a file and the
# loop, and destroys it (closing every handle; the sanitizer build checks
# for leaks), with the script's exit code.
set -u
dir=$(dirname "$RUNTIME")
embed="$dir/examples/embed"
[ -x "$embed" ] || { echo "FAIL: no $embed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/a.js" <<'JS'
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => { console.log('timer', require('path').basename(__filename)); process.exitCode = 3; }, 5);
});
JS
out=$("$embed" "$tmp/a.js" 2>&1)
rc=$?
want=$'immediate\ntimer a.js'
if [ "$out" != "$want" ] || [ $rc -ne 3 ]; then
  echo "FAIL: embed: exit $rc, output:"; echo "$out"; exit 1
fi
out=$("$embed" 2>&1)
[ "$out" = "embedded kiln says 42" ] || { echo "FAIL: embed string: $out"; exit 1; }
# The command line with teardown on, as the embedder gets it.
out=$(KILN_DESTROY=1 "$RUNTIME" "$tmp/a.js" 2>&1)
rc=$?
[ "$out" = "$want" ] && [ $rc -eq 3 ] || { echo "FAIL: KILN_DESTROY=1: exit $rc: $out"; exit 1; }
exit 0
