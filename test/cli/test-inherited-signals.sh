#!/usr/bin/env bash
# Signals the parent left ignored take their default action again (Node
# resets them at start): a program started from a script with SIGINT and
# SIGTERM ignored still stops on them, with status 128 + the signal.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

for sig in INT TERM HUP; do
  (
    trap '' INT TERM HUP
    exec "$RT" -e 'setTimeout(() => {}, 10000); require("fs").writeFileSync("ready", "")'
  ) &
  pid=$!
  for _ in $(seq 100); do [ -e ready ] && break; sleep 0.05; done
  kill -s "$sig" "$pid"
  { wait "$pid"; } 2>/dev/null
  status=$?
  rm -f ready
  case $sig in INT) want=130 ;; TERM) want=143 ;; HUP) want=129 ;; esac
  assert_eq "status after SIG$sig" "$want" "$status"
done

# A listener still takes the signal (and the process goes on).
(
  trap '' INT
  exec "$RT" -e '
    process.on("SIGINT", () => { console.log("got SIGINT"); process.exit(0); });
    setTimeout(() => {}, 10000);
    require("fs").writeFileSync("ready", "");'
) >out.txt &
pid=$!
for _ in $(seq 100); do [ -e ready ] && break; sleep 0.05; done
kill -s INT "$pid"
{ wait "$pid"; } 2>/dev/null
assert_eq "status with a listener" "0" "$?"
assert_eq "listener output" "got SIGINT" "$(cat out.txt)"
finish
