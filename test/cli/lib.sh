# test/cli/lib.sh: shared by the command-line tests; each test sources it first.
#
#   RUNTIME=/path/to/kiln bash test/cli/test-x.sh
#   for t in test/cli/test-*.sh; do RUNTIME=build/kiln bash "$t"; done      # all of them
#
# A test prints `ok test-x` and exits 0, or prints each failure and `FAIL test-x (N failed)`
# and exits 1; 2 means it could not start (RUNTIME unset or not executable).
#
# A test runs the runtime as a user would, from a scratch directory, and checks exit status,
# stdout and stderr against what Node 24 does. Every test must pass with RUNTIME set to
# Node 24's binary; a test that does not encodes a guess.
#
# After sourcing, a test has:
#   RT        RUNTIME made absolute (a bare name is looked up on PATH); the tests invoke this.
#   RT_REAL   RT with symlinks resolved: what process.execPath and argv[0] must be.
#   SCRATCH   an empty directory (physical path, no symlinks), the current directory,
#             removed when the test exits.
# and the helpers below. Assertions do not stop the test: every failure is reported, with
# the command and its output, and `finish` exits 1 if there was any.

# RT_REAL, OUT, ERR and the rest are for the tests that source this file.
# shellcheck shell=bash disable=SC2034
set -u

if [[ -z ${RUNTIME:-} ]]; then
  echo "usage: RUNTIME=/path/to/runtime bash $0" >&2
  exit 2
fi

TEST_NAME=$(basename "$0" .sh)
CLI_TIMEOUT=${CLI_TIMEOUT:-30}
FAILS=0

if [[ $RUNTIME == */* ]]; then
  RT=$(cd "$(dirname "$RUNTIME")" 2>/dev/null && pwd)/$(basename "$RUNTIME")
else
  RT=$(command -v "$RUNTIME" || true)
fi
if [[ -z $RT || ! -x $RT || -d $RT ]]; then
  echo "$TEST_NAME: RUNTIME is not an executable: $RUNTIME" >&2
  exit 2
fi
RT_REAL=$(readlink -f "$RT")

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/kiln-cli.XXXXXX") || exit 2
trap 'rm -rf "$SCRATCH"' EXIT
SCRATCH=$(cd "$SCRATCH" && pwd -P)
cd "$SCRATCH" || exit 2

# run [--stdin FILE | --pipe FILE] CMD ARGS...
# Runs CMD with a timeout, stdin from /dev/null (or FILE redirected, or FILE piped through
# cat, so that stdin is a real pipe). Sets STATUS, OUT and ERR (trailing newlines stripped,
# as $(...) does); the exact bytes stay in $SCRATCH/.out and $SCRATCH/.err.
run() {
  local mode=null src=/dev/null
  case $1 in
    --stdin) mode=file src=$2; shift 2 ;;
    --pipe) mode=pipe src=$2; shift 2 ;;
  esac
  RUN_ID=$((${RUN_ID:-0} + 1))
  LAST_CMD=$(printf '%q ' "$@")
  [[ $mode == pipe ]] && LAST_CMD="cat $(printf '%q' "$src") | $LAST_CMD"
  [[ $mode == file ]] && LAST_CMD="$LAST_CMD< $(printf '%q' "$src")"
  if [[ $mode == pipe ]]; then
    # cat, not a redirect: the runtime must see a pipe on stdin, not a file.
    # shellcheck disable=SC2002
    cat "$src" | timeout -k 5 "$CLI_TIMEOUT" "$@" >"$SCRATCH/.out" 2>"$SCRATCH/.err"
  else
    timeout -k 5 "$CLI_TIMEOUT" "$@" <"$src" >"$SCRATCH/.out" 2>"$SCRATCH/.err"
  fi
  STATUS=$?
  OUT=$(cat "$SCRATCH/.out")
  ERR=$(cat "$SCRATCH/.err")
  if ((STATUS == 124)); then
    fail "timed out after ${CLI_TIMEOUT}s"
  fi
}

# show VALUE: VALUE for a failure report: raw, later lines indented, "(empty)" if empty.
show() {
  if [[ -z $1 ]]; then
    echo "(empty)"
  else
    sed '2,$s/^/            /' <<<"$1"
  fi
}

# fail MESSAGE [DETAIL...]: report one failure, and the last command and its output unless
# an earlier failure of the same run showed them.
fail() {
  FAILS=$((FAILS + 1))
  echo "FAIL: $1"
  shift
  local d
  for d in "$@"; do echo "  $d"; done
  if [[ -n ${LAST_CMD:-} && ${SHOWN_ID:-} != "$RUN_ID" ]]; then
    SHOWN_ID=$RUN_ID
    echo "  command: $LAST_CMD"
    echo "  exit status: $STATUS"
    echo "  stdout:   $(show "$(head -c 1500 "$SCRATCH/.out" | sed -n '1,20p')")"
    echo "  stderr:   $(show "$(head -c 1500 "$SCRATCH/.err" | sed -n '1,20p')")"
  fi
}

# assert_eq WHAT EXPECTED ACTUAL
assert_eq() {
  [[ $3 == "$2" ]] || fail "$1" "expected: $(show "$2")" "actual:   $(show "$3")"
}

# assert_status EXPECTED: the last run's exit status.
assert_status() {
  [[ $STATUS == "$1" ]] || fail "exit status" "expected: $1" "actual:   $STATUS"
}

# assert_contains WHAT HAYSTACK NEEDLE (a fixed string)
assert_contains() {
  [[ $2 == *"$3"* ]] || fail "$1" "expected to contain: $(show "$3")"
}

# assert_not_contains WHAT HAYSTACK NEEDLE
assert_not_contains() {
  [[ $2 != *"$3"* ]] || fail "$1" "expected not to contain: $(show "$3")"
}

# assert_match WHAT ERE ACTUAL: ACTUAL matches the extended regular expression.
assert_match() {
  [[ $3 =~ $2 ]] || fail "$1" "expected to match: $2" "actual:   $(show "$3")"
}

# assert_has_line WHAT TEXT EXACT-LINE: some line of TEXT is exactly EXACT-LINE.
assert_has_line() {
  grep -qxF -- "$3" <<<"$2" || fail "$1" "expected a line: $(show "$3")"
}

# line N TEXT: line N (1-based) of TEXT, empty when there are fewer lines.
line() {
  sed -n "$1p" <<<"$2"
}

# json_array ARGS...: the JSON.stringify() of an array of these strings, to compare with what
# a script printed. Escapes backslash, quote and the control characters tests use.
json_array() {
  local out="[" sep="" s
  for s in "$@"; do
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    s=${s//$'\n'/\\n}
    s=${s//$'\t'/\\t}
    out+="$sep\"$s\""
    sep=","
  done
  echo "$out]"
}

# finish: the test's verdict and exit status.
finish() {
  if ((FAILS)); then
    echo "FAIL $TEST_NAME ($FAILS failed)"
    exit 1
  fi
  echo "ok $TEST_NAME"
  exit 0
}

# True when RUNTIME is kiln (for the few places where kiln documents that it
# cannot match Node, see docs/compat.md).
is_kiln() {
  [ "$("$RT" -p 'typeof process.versions.kiln' 2>/dev/null)" = string ]
}
