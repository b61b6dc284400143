'use strict';
// The cluster's own messages between primary and workers: objects with
// cmd 'NODE_CLUSTER' on the IPC channel, which the channel delivers as
// 'internalMessage'. A message that wants an answer carries a sequence
// number; the answer names it in `ack` and goes to the waiting callback
// instead of the ordinary handler.

const pending = new Map();
let nextSeq = 0;

// Sends message (and a handle, if any) over proc's channel; cb(reply,
// handle) runs when the other side acknowledges. False when the channel
// is gone.
function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  const seq = nextSeq++;
  if (typeof cb === 'function') pending.set(seq, cb);
  return proc.send({ cmd: 'NODE_CLUSTER', ...message, seq }, handle);
}

// An 'internalMessage' listener: acknowledgements go to the callback that
// waits for them, other cluster messages to onMessage, both called with
// `self` as this.
function internal(self, onMessage) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = onMessage;
    if (message.ack !== undefined) {
      const waiting = pending.get(message.ack);
      if (waiting !== undefined) {
        pending.delete(message.ack);
        fn = waiting;
      }
    }
    fn.call(self, message, handle);
  };
}

module.exports = { sendHelper, internal };
