'use strict';
// process.getActiveResourcesInfo(), _getActiveHandles() and
// _getActiveRequests(): pending requests first, then ref'd handles, oldest
// first, then timers and immediates; handles listed by their owners
// (Socket, Server, ChildProcess, FSWatcher, ...), unref'd ones left out; a
// request stays listed while its callback runs.
const assert = require('assert');
const childProcess = require('child_process');
const dgram = require('dgram');
const dns = require('dns');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { MessageChannel } = require('worker_threads');

assert.strictEqual(typeof process._getActiveHandles, 'function');
assert.strictEqual(typeof process._getActiveRequests, 'function');
assert.deepStrictEqual(process._getActiveRequests(), []);

// What stdout and stderr hold (Node lists the pipe or terminal under
// one): left out of what the checks below see. They are the oldest
// handles, so the first of their names are theirs.
const stdio = [process.stdout, process.stderr];
const baseNames = process.getActiveResourcesInfo();
const baseHandles = process._getActiveHandles();
for (const h of baseHandles) assert.ok(stdio.includes(h));
function info() {
  const all = process.getActiveResourcesInfo();
  for (const name of baseNames) all.splice(all.indexOf(name), 1);
  return all;
}
const activeHandles = () => process._getActiveHandles().filter((h) => !baseHandles.includes(h));
const handleNames = () => activeHandles().map((h) => h.constructor.name);
const requestNames = () => process._getActiveRequests().map((r) => r.constructor.name);
const count = (list, name) => list.filter((x) => x === name).length;

assert.deepStrictEqual(info(), []);
assert.deepStrictEqual(activeHandles(), []);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-active-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'data');

// fs requests, callback and promise forms; a request is listed while its
// own callback runs.
const statReq = fs.stat(file, (err) => {
  assert.ifError(err);
  assert.ok(info().includes('FSReqCallback'));
});
assert.strictEqual(statReq, undefined);
fs.access(file, () => {});
const promised = fs.promises.stat(file);
assert.deepStrictEqual(info(), ['FSReqCallback', 'FSReqCallback', 'FSReqPromise']);
assert.deepStrictEqual(requestNames(), ['FSReqCallback', 'FSReqCallback', 'FSReqPromise']);

// Timers and immediates come last; unref'd ones are not listed.
const timer = setTimeout(() => {}, 1000);
setTimeout(() => {}, 1000).unref();
const immediate = setImmediate(() => {});
setImmediate(() => {}).unref();
assert.deepStrictEqual(info().slice(3), ['Timeout', 'Immediate']);
clearTimeout(timer);
clearImmediate(immediate);

// The promise settles while its request's callback runs (the callback
// requests may finish before or after it).
promised.then(() => {
  assert.ok(info().includes('FSReqPromise'));
  settle(sockets);
});

function sockets() {
  const accepted = [];
  const server = net.createServer((c) => {
    accepted.push(c);
    c.pause();
  });
  server.listen(0, '127.0.0.1', () => {
    assert.deepStrictEqual(info(), ['TCPServerWrap']);
    assert.deepStrictEqual(activeHandles(), [server]);
    server.unref();
    assert.deepStrictEqual(info(), []);
    server.ref();
    const client = net.connect(server.address().port, '127.0.0.1', function() {
      // Still running the connect request's callback.
      assert.deepStrictEqual(requestNames(), ['TCPConnectWrap']);
      assert.strictEqual(info()[0], 'ConnectWrap');
      // A write the peer does not read stays queued.
      client.write(Buffer.alloc(32 << 20));
      setImmediate(() => {
        assert.ok(requestNames().includes('WriteWrap'));
        assert.ok(info().includes('SimpleWriteWrap'));
        const handles = activeHandles();
        assert.ok(handles.includes(server));
        assert.ok(handles.includes(client));
        assert.ok(handles.includes(accepted[0]));
        assert.strictEqual(count(info(), 'TCPSocketWrap'), 2);
        assert.strictEqual(count(info(), 'TCPServerWrap'), 1);
        client.destroy();
        accepted[0].destroy();
        server.close(() => {
          setImmediate(() => {
            assert.deepStrictEqual(info(), []);
            others();
          });
        });
      });
    });
  });
}

function others() {
  const child = childProcess.spawn(process.execPath, ['-e', 'setTimeout(() => {}, 50)']);
  assert.deepStrictEqual(info(), ['PipeWrap', 'PipeWrap', 'PipeWrap', 'ProcessWrap']);
  assert.deepStrictEqual(handleNames(), ['Socket', 'Socket', 'Socket', 'ChildProcess']);
  assert.strictEqual(activeHandles()[3], child);
  child.unref();
  assert.deepStrictEqual(info(), ['PipeWrap', 'PipeWrap', 'PipeWrap']);
  child.ref();

  // Handles stay listed until their close callbacks ran, which may be
  // after 'close' (the order of the child's exit and its pipes' ends is
  // the system's).
  child.on('close', () => settle(watchers));
}

function settle(next) {
  if (info().length === 0) next();
  else setImmediate(settle, next);
}

function watchers() {
  const udp = dgram.createSocket('udp4');
  const watcher = fs.watch(dir);
  const listener = () => {};
  fs.watchFile(file, { interval: 50 }, listener);
  const { port1, port2 } = new MessageChannel();
  port1.on('message', () => {});
  const before = info();
  assert.deepStrictEqual(before, ['UDPWrap', 'FSEventWrap', 'StatWatcher', 'MessagePort']);
  const handles = activeHandles();
  assert.strictEqual(handles[0], udp);
  assert.strictEqual(handles[1], watcher);
  assert.strictEqual(handles[2].constructor.name, 'StatWatcher');
  assert.strictEqual(handles[3], port1);
  udp.unref();
  watcher.unref();
  port1.unref();
  assert.deepStrictEqual(info(), ['StatWatcher']);
  udp.close();
  watcher.close();
  fs.unwatchFile(file, listener);
  port1.close();
  port2.close();

  dns.lookup('localhost', () => {
    setImmediate(() => {
      assert.deepStrictEqual(info(), []);
      fs.rmSync(dir, { recursive: true });
    });
  });
  assert.deepStrictEqual(requestNames(), ['GetAddrInfoReqWrap']);
}
