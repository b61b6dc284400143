'use strict';
// child_process.fork and the IPC channel: messages both ways in both
// serializations, disconnect from either side, errors, the order of
// 'disconnect', 'exit' and 'close', silent children, and spawn() with 'ipc'.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork, spawn } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fork-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
function script(name, source) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  return file;
}

const echo = script('echo.js', `
process.on('message', (m) => {
  if (m === 'bye') { process.send({ bye: true, connected: process.connected }); process.disconnect(); return; }
  process.send({ echo: m, argv: process.argv.slice(2), env: process.env.NODE_CHANNEL_FD });
});
`);
const quiet = script('quiet.js', `
// No 'message' listener: the channel does not keep the child alive.
console.log(typeof process.send, process.connected, typeof process.channel.ref);
`);
const sender = script('sender.js', `
process.send({ hello: 'parent' }, () => {
  process.disconnect();
  // After disconnect: a callback gets the error, no callback means 'error'.
  process.send('late', (err) => {
    process.stdout.write(err.code + ' ' + err.message + '\\n');
    process.on('error', (e) => process.stdout.write('error event ' + e.code + '\\n'));
    process.disconnect();
  });
});
`);
const waiter = script('waiter.js', `
process.on('disconnect', () => console.log('child saw disconnect'));
process.on('message', () => {});
`);

const tests = [];
function test(name, fn) { tests.push({ name, fn }); }
function collect(child) {
  const events = [];
  const messages = [];
  child.on('message', (m) => { events.push('message'); messages.push(m); });
  child.on('disconnect', () => events.push('disconnect'));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  return new Promise((resolve) => child.on('close', (code, signal) => {
    events.push(`close ${code} ${signal}`);
    resolve({ events, messages });
  }));
}

test('json messages both ways, child disconnects', async () => {
  const child = fork(echo, ['a', 'b']);
  assert.strictEqual(child.connected, true);
  assert.strictEqual(typeof child.channel.ref, 'function');
  const done = collect(child);
  assert.strictEqual(child.send('hi'), true);
  child.send({ nested: [1, { two: 2 }], text: 'é\u2028' });
  let acked = false;
  child.send('bye', (err) => { acked = err === null; });
  const { events, messages } = await done;
  assert.ok(acked);
  assert.deepStrictEqual(messages, [
    { echo: 'hi', argv: ['a', 'b'] },
    { echo: { nested: [1, { two: 2 }], text: 'é\u2028' }, argv: ['a', 'b'] },
    { bye: true, connected: true },
  ]);
  assert.deepStrictEqual(events, ['message', 'message', 'message', 'disconnect', 'exit 0 null', 'close 0 null']);
  assert.strictEqual(child.connected, false);
});

test('advanced serialization', async () => {
  const child = fork(echo, [], { serialization: 'advanced' });
  const done = collect(child);
  const value = { big: 12345678901234567890n, map: new Map([[1, 'one']]), set: new Set([2]),
                  date: new Date(7), bytes: new Uint8Array([1, 2]), undef: undefined, neg: -0 };
  value.self = value;
  child.send(value);
  assert.throws(() => child.send({ f() {} }), { name: 'Error', message: /could not be cloned\.$/ });
  child.send('bye');
  const { messages } = await done;
  const got = messages[0].echo;
  assert.strictEqual(got.self, got);
  assert.strictEqual(got.big, 12345678901234567890n);
  assert.deepStrictEqual(got.map, new Map([[1, 'one']]));
  assert.deepStrictEqual(got.set, new Set([2]));
  assert.deepStrictEqual(got.date, new Date(7));
  assert.deepStrictEqual(got.bytes, new Uint8Array([1, 2]));
  assert.ok('undef' in got);
  assert.ok(Object.is(got.neg, -0));
});

test('send argument errors', async () => {
  const child = fork(echo);
  const done = collect(child);
  assert.throws(() => child.send(), {
    code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified',
  });
  assert.throws(() => child.send(Symbol('s')), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "message" argument must be one of type string, object, number, or boolean. ' +
      'Received type symbol (Symbol(s))',
  });
  child.send('bye');
  await done;
});

test('parent disconnects; send afterwards fails', async () => {
  const child = fork(waiter, [], { silent: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const done = collect(child);
  child.disconnect();
  assert.strictEqual(child.connected, false);
  let errorEvent;
  child.on('error', (err) => { errorEvent = err; });
  child.disconnect(); // a second time: an 'error' event
  let cbErr;
  assert.strictEqual(child.send('x', (err) => { cbErr = err; }), false);
  const { events } = await done;
  assert.strictEqual(errorEvent.code, 'ERR_IPC_DISCONNECTED');
  assert.strictEqual(errorEvent.message, 'IPC channel is already disconnected');
  assert.strictEqual(cbErr.code, 'ERR_IPC_CHANNEL_CLOSED');
  assert.strictEqual(cbErr.message, 'Channel closed');
  assert.strictEqual(out, 'child saw disconnect\n');
  assert.strictEqual(events[0], 'disconnect');
  assert.deepStrictEqual(events.slice(-2), ['exit 0 null', 'close 0 null']);
});

test('a child without listeners exits; silent pipes its output', async () => {
  const child = fork(quiet, [], { silent: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const { events } = await collect(child);
  assert.strictEqual(out, 'function true function\n');
  assert.ok(events.includes('exit 0 null'));
});

test('child sends, then disconnects itself; errors after', async () => {
  const child = fork(sender, [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const { messages } = await collect(child);
  assert.deepStrictEqual(messages, [{ hello: 'parent' }]);
  assert.strictEqual(out, 'ERR_IPC_CHANNEL_CLOSED Channel closed\nerror event ERR_IPC_DISCONNECTED\n');
});

test("spawn with 'ipc' in stdio", async () => {
  const child = spawn(process.execPath, [echo], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  const done = collect(child);
  child.send('via spawn');
  child.send('bye');
  const { messages } = await done;
  assert.deepStrictEqual(messages[0], { echo: 'via spawn', argv: [] });
});

const handles = script('handles.js', `
process.on('message', (m, handle) => {
  if (m === 'server') {
    handle.on('connection', (sock) => sock.end('served by the child\\n'));
    process.send('got server');
  } else if (m === 'socket') {
    handle.end('written by the child\\n');
    process.send('got socket');
  } else if (m === 'bye') {
    process.exit(0);
  }
});
`);

test('a server and a socket sent to the child', async () => {
  const net = require('net');
  const child = fork(handles);
  const next = () => new Promise((resolve) => child.once('message', resolve));
  const read = (port) => new Promise((resolve, reject) => {
    let text = '';
    net.connect(port).on('data', (d) => { text += d; }).on('end', () => resolve(text)).on('error', reject);
  });
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, resolve));
  const port = server.address().port;
  child.send('server', server);
  assert.strictEqual(await next(), 'got server');
  server.close(); // the child's copy keeps listening
  assert.strictEqual(await read(port), 'served by the child\n');

  const relay = net.createServer((conn) => child.send('socket', conn));
  await new Promise((resolve) => relay.listen(0, resolve));
  const text = read(relay.address().port);
  assert.strictEqual(await next(), 'got socket');
  assert.strictEqual(await text, 'written by the child\n');
  relay.close();
  assert.throws(() => child.send('x', {}), { code: 'ERR_INVALID_HANDLE_TYPE' });
  child.send('bye');
  await new Promise((resolve) => child.on('exit', resolve));
});

test('fork checks stdio', () => {
  assert.throws(() => fork(echo, [], { stdio: ['pipe', 'pipe', 'pipe'] }), {
    code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  });
  assert.throws(() => spawn(process.execPath, [echo], { stdio: ['ipc', 'ipc'] }), {
    code: 'ERR_IPC_ONE_PIPE',
  });
});

test('a process that was not forked has no channel', () => {
  assert.strictEqual(process.send, undefined);
  assert.strictEqual(process.connected, undefined);
  assert.strictEqual(process.channel, undefined);
});

(async () => {
  for (const { name, fn } of tests) {
    try {
      await fn();
    } catch (err) {
      err.message = `${name}: ${err.message}`;
      throw err;
    }
  }
})();
