#!/usr/bin/env bash
# --trace-sigint and util.setTraceSigInt(): SIGINT prints
# "KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`" to
# stderr, then the stack of the code that was running (if any) and a blank
# line, and the process ends as SIGINT ends it (status 130). Off again, or
# with a listener of the program's, SIGINT does what it does without it.
# shellcheck source=lib.sh source-path=SCRIPTDIR
. "$(dirname "$0")/lib.sh"

header='KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`'

# Starts the runtime with the arguments given in the background, waits for
# the file "ready", sends SIGINT, and leaves the status in STATUS, stderr in
# err.txt and stdout in out.txt.
interrupt() {
  rm -f ready
  "$RT" "$@" >out.txt 2>err.txt &
  local pid=$!
  for _ in $(seq 200); do [ -e ready ] && break; sleep 0.05; done
  sleep 0.2
  kill -s INT "$pid"
  { wait "$pid"; } 2>/dev/null
  STATUS=$?
}

# Running code, from the command line's flag: the header, the frames from
# the interrupted function down, a blank line. (Which line of the function
# an engine names for the interrupted loop differs.)
cat > spin.js <<'JS'
function spinForever() {
  require('fs').writeFileSync('ready', '');
  for (;;);
}
spinForever();
JS
interrupt --trace-sigint spin.js
assert_eq "busy: status" 130 "$STATUS"
assert_eq "busy: first line" "$header" "$(sed -n 1p err.txt)"
assert_match "busy: the interrupted function" '^    at spinForever \(.*spin\.js:[0-9]+:' "$(sed -n 2p err.txt)"
assert_match "busy: its caller" '^    at .*spin\.js:5:' "$(sed -n 3p err.txt)"
assert_eq "busy: ends with a blank line" "" "$(tail -n 1 err.txt)"
assert_eq "busy: nothing on stdout" "" "$(cat out.txt)"

# Waiting in the event loop, from util.setTraceSigInt(true): the header alone.
cat > idle.js <<'JS'
require('util').setTraceSigInt(true);
setTimeout(() => {}, 20000);
require('fs').writeFileSync('ready', '');
JS
interrupt idle.js
assert_eq "idle: status" 130 "$STATUS"
assert_eq "idle: stderr" "$header" "$(cat err.txt)"

# Turned on, then off: SIGINT as without it.
cat > off.js <<'JS'
const util = require('util');
util.setTraceSigInt(true);
util.setTraceSigInt(false);
setTimeout(() => {}, 20000);
require('fs').writeFileSync('ready', '');
JS
interrupt off.js
assert_eq "off: status" 130 "$STATUS"
assert_eq "off: stderr" "" "$(cat err.txt)"

# Set from a timer callback, then busy in another: the callback's frames.
cat > later.js <<'JS'
setTimeout(() => {
  require('util').setTraceSigInt(true);
  setTimeout(function busyTimer() {
    require('fs').writeFileSync('ready', '');
    for (;;);
  }, 1);
}, 1);
JS
interrupt later.js
assert_eq "later: status" 130 "$STATUS"
assert_eq "later: first line" "$header" "$(sed -n 1p err.txt)"
assert_match "later: the timer's function" '^    at .*busyTimer.* \(.*later\.js:[0-9]+:' "$(sed -n 2p err.txt)"

# A listener of the program's takes the signal.
cat > listener.js <<'JS'
process.on('SIGINT', () => { console.log('listener'); process.exit(3); });
setTimeout(() => {}, 20000);
require('fs').writeFileSync('ready', '');
JS
interrupt --trace-sigint listener.js
assert_eq "listener: status" 3 "$STATUS"
assert_eq "listener: stdout" "listener" "$(cat out.txt)"
assert_eq "listener: stderr" "" "$(cat err.txt)"
finish
