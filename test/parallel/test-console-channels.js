'use strict';
// diagnostics_channel's console.log, info, debug, warn and error channels
// get a console method's arguments before they are formatted (so a
// subscriber may change what is printed), from the global console and from
// any Console; the methods built on them (trace, assert, count, group,
// timeLog, table, dir) publish through the method they print with.
const assert = require('assert');
const dc = require('diagnostics_channel');
const { Writable } = require('stream');

const seen = [];
for (const m of ['log', 'info', 'debug', 'warn', 'error', 'dir', 'trace', 'table', 'assert', 'timeLog', 'count']) {
  dc.channel(`console.${m}`).subscribe((args) => seen.push([m, args.length]));
}
let out = '';
const sink = new Writable({ write(chunk, encoding, cb) { out += chunk; cb(); } });
const c = new console.Console(sink, sink);
c.log('a', 1);
c.warn('w');
c.dir({});
c.trace('t');
c.table([]);
c.assert(false, 'x');
c.count();
c.group('g');
c.groupEnd();
c.info('i');
c.debug('d');
c.error('e');
c.time('x');
c.timeLog('x', 1);
assert.deepStrictEqual(seen, [['log', 2], ['warn', 1], ['error', 1], ['log', 1], ['warn', 1], ['log', 1],
                              ['log', 1], ['info', 1], ['debug', 1], ['error', 1], ['log', 4]]);

// A subscriber changes an argument before it is formatted.
const bar = { key: 1 };
const channel = dc.channel('console.info');
const change = (args) => { args[1].added = true; };
channel.subscribe(change);
out = '';
c.info('x', bar);
assert.strictEqual(out, 'x { key: 1, added: true }\n');
channel.unsubscribe(change);
