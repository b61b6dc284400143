'use strict';
// process.loadEnvFile(), --env-file and --env-file-if-exists: the file's
// variables join process.env, variables already in the environment win,
// later files override earlier ones, a missing --env-file is fatal (9).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-env-file-'));
const first = path.join(dir, 'first.env');
const second = path.join(dir, 'second.env');
fs.writeFileSync(first, 'ENVF_A=1\nENVF_B="two words"\n# a comment\nENVF_KEEP=from-file\n');
fs.writeFileSync(second, 'ENVF_A=2\n');

function run(args, env = {}) {
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, ENVF_A: undefined, ENVF_B: undefined, ENVF_KEEP: undefined, ...env },
  });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
}
const show = 'console.log([process.env.ENVF_A, process.env.ENVF_B, process.env.ENVF_KEEP].join("|"))';

try {
  // process.loadEnvFile
  delete process.env.ENVF_A;
  delete process.env.ENVF_B;
  process.env.ENVF_KEEP = 'from-env';
  process.loadEnvFile(first);
  assert.strictEqual(process.env.ENVF_A, '1');
  assert.strictEqual(process.env.ENVF_B, 'two words');
  assert.strictEqual(process.env.ENVF_KEEP, 'from-env');
  process.loadEnvFile(new URL(`file://${second}`));
  assert.strictEqual(process.env.ENVF_A, '1', 'a variable already set is kept');

  assert.throws(() => process.loadEnvFile(path.join(dir, 'missing.env')), {
    code: 'ENOENT', syscall: 'open', path: path.join(dir, 'missing.env'),
  });
  assert.throws(() => process.loadEnvFile(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5)',
  });
  assert.strictEqual(process.loadEnvFile.length, 0);

  // The default is ./.env
  const r0 = spawnSync(process.execPath, ['-e', 'process.loadEnvFile(); console.log(process.env.ENVF_A)'],
                       { cwd: dir, encoding: 'utf8' });
  assert.match(r0.stderr, /ENOENT: no such file or directory, open '\.env'/);
  assert.notStrictEqual(r0.status, 0);

  // --env-file
  assert.deepStrictEqual(run([`--env-file=${first}`, '-e', show]),
                         { status: 0, stdout: '1|two words|from-file', stderr: '' });
  assert.deepStrictEqual(run(['--env-file', first, '-e', show], { ENVF_KEEP: 'env' }),
                         { status: 0, stdout: '1|two words|env', stderr: '' });
  assert.deepStrictEqual(run([`--env-file=${first}`, `--env-file=${second}`, '-e', show]),
                         { status: 0, stdout: '2|two words|from-file', stderr: '' });
  const missing = path.join(dir, 'nope.env');
  const r1 = run([`--env-file=${missing}`, '-e', 'console.log("ran")']);
  assert.strictEqual(r1.status, 9);
  assert.strictEqual(r1.stdout, '');
  assert.strictEqual(r1.stderr, `${process.execPath}: ${missing}: not found`);

  // --env-file-if-exists
  const r2 = run([`--env-file-if-exists=${missing}`, '-e', 'console.log("ran")']);
  assert.deepStrictEqual(r2, { status: 0, stdout: 'ran', stderr: `${missing} not found. Continuing without it.` });
  assert.deepStrictEqual(run([`--env-file-if-exists=${first}`, '-e', show]),
                         { status: 0, stdout: '1|two words|from-file', stderr: '' });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
