'use strict';
// fs.WriteStream writes everything: a short write goes on with the rest,
// EAGAIN from options.fs.write is retried, and a write that finishes after
// the stream was destroyed fails with ERR_STREAM_DESTROYED. writeFile and
// appendFile with `flush` call fs.fsync / fs.fsyncSync through the module
// object, so a replaced one is the one called.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-ws-retry-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

{
  // EAGAIN once, then a short write of 2 bytes, then the rest.
  const file = path.join(tmp, 'eagain');
  const calls = [];
  let n = 0;
  const write = (fd, buffer, offset, length, position, cb) => {
    calls.push(buffer.toString('latin1', offset, offset + length));
    n++;
    if (n === 1) {
      cb(Object.assign(new Error('try again'), { code: 'EAGAIN' }), 0, buffer);
    } else if (n === 2) {
      fs.write(fd, buffer, offset, 2, position, cb);
    } else {
      fs.write(fd, buffer, offset, length, position, cb);
    }
  };
  const stream = fs.createWriteStream(file, { fs: { open: fs.open, write, close: fs.close } });
  stream.on('error', common.mustNotCall());
  stream.end('hello', common.mustCall(() => {
    assert.deepStrictEqual(calls, ['hello', 'hello', 'llo']);
    assert.strictEqual(stream.bytesWritten, 5);
    assert.strictEqual(fs.readFileSync(file, 'latin1'), 'hello');
  }));
}

{
  // Nothing ever written: it gives up after the sixth try in a row.
  const file = path.join(tmp, 'stuck');
  let tries = 0;
  const write = (fd, buffer, offset, length, position, cb) => {
    tries++;
    cb(null, 0, buffer);
  };
  const stream = fs.createWriteStream(file, { fs: { open: fs.open, write, close: fs.close } });
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
    assert.strictEqual(err.info, 'write failed');
    assert.strictEqual(tries, 6);
  }));
  stream.write('x');
}

{
  // Destroyed while the write was on its way.
  const file = path.join(tmp, 'destroyed');
  const stream = fs.createWriteStream(file);
  stream.on('open', common.mustCall(() => {
    stream.write('abc', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
    }));
    stream.destroy();
  }));
  stream.on('close', common.mustCall());
}

{
  const realSync = fs.fsyncSync;
  const realAsync = fs.fsync;
  const synced = [];
  fs.fsyncSync = (fd) => {
    synced.push(['sync', typeof fd]);
    return realSync(fd);
  };
  fs.writeFileSync(path.join(tmp, 'f1'), 'a', { flush: true });
  fs.appendFileSync(path.join(tmp, 'f1'), 'b', { flush: true });
  fs.writeFileSync(path.join(tmp, 'f2'), 'a', { flush: false });
  assert.deepStrictEqual(synced, [['sync', 'number'], ['sync', 'number']]);
  assert.strictEqual(fs.readFileSync(path.join(tmp, 'f1'), 'utf8'), 'ab');
  fs.fsyncSync = realSync;

  fs.fsync = common.mustCall(function(fd, cb) {
    assert.strictEqual(arguments.length, 2);
    return realAsync(fd, cb);
  }, 2);
  fs.writeFile(path.join(tmp, 'f3'), 'c', { flush: true }, common.mustSucceed(() => {
    fs.appendFile(path.join(tmp, 'f3'), 'd', { flush: true }, common.mustSucceed(() => {
      fs.fsync = realAsync;
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'f3'), 'utf8'), 'cd');
    }));
  }));
}
