'use strict';
// diagnostics_channel 'udp.socket' announces each new dgram socket, as in
// Node, and only while someone listens.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const dgram = require('dgram');

const seen = [];
const onSocket = common.mustCall(({ socket }) => seen.push(socket), 2);
dc.subscribe('udp.socket', onSocket);
const a = dgram.createSocket('udp4');
const b = dgram.createSocket({ type: 'udp6' });
assert.deepStrictEqual(seen, [a, b]);
dc.unsubscribe('udp.socket', onSocket);
dgram.createSocket('udp4').close();
assert.strictEqual(seen.length, 2);
a.close();
b.close();
