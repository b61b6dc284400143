#!/usr/bin/env bash
# `-p EXPR` / `--print EXPR`: evaluates like -e, then prints the completion value the way
# console.log prints one value: strings raw (no quotes, no format directives), everything
# else through util.inspect.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

check() {  # check EXPR EXPECTED-STDOUT
  local opt
  for opt in -p --print; do
    run "$RT" "$opt" "$1"
    assert_status 0
    assert_eq "$opt $1" "$2" "$OUT"
    assert_eq "$opt $1: stderr" "" "$ERR"
  done
}

check '"str"' 'str'
check "'two' + ' words'" 'two words'
check '"a\nb"' $'a\nb'
check '"%s %d"' '%s %d'
check '42' '42'
check '1.5' '1.5'
check '0.1 + 0.2' '0.30000000000000004'
check '1e21' '1e+21'
check '[1,2]' '[ 1, 2 ]'
check '["a", 1]' "[ 'a', 1 ]"
check '({a: 1})' '{ a: 1 }'
check 'undefined' 'undefined'
check 'null' 'null'
check 'true' 'true'
check '10n' '10n'
check 'Symbol("x")' 'Symbol(x)'
check 'typeof require' 'function'
check 'console.log("side"); 7' $'side\n7'

# The exact bytes: one newline after the value, UTF-8 output.
run "$RT" -p '"h\u00e9 \u2713"'
assert_status 0
assert_eq "-p of a non-ASCII string: bytes" "$(printf 'h\303\251 \342\234\223\n' | od -An -tx1)" \
  "$(od -An -tx1 <"$SCRATCH/.out")"

# Arguments after the expression go to process.argv, as with -e.
run "$RT" -p 'process.argv.slice(1).join(",")' x y
assert_status 0
assert_eq "-p EXPR x y" "x,y" "$OUT"

finish
