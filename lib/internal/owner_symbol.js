'use strict';
// The key under which a libuv handle's wrapper names the object that owns
// it (net's Socket and Server, dgram's Socket, a ChildProcess, an
// FSWatcher or StatWatcher, a MessagePort), as Node's owner_symbol:
// process._getActiveHandles() lists owners, not handles.
module.exports = Symbol('owner_symbol');
