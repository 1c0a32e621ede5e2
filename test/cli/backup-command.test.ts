import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { listBackups } from '../../nodes/core/backup/backup-dir.js';
import { connectEndpoint } from '../../nodes/core/backup/endpoint.js';
import { QdrantGateway } from '../../nodes/core/qdrant/gateway.js';
import { allPoints, fillCollection } from '../support/backup-fixtures.js';
import { closedPort } from '../support/ports.js';
import { proxyTo } from '../support/proxy.js';
import { RAGWIRE_BIN, startStoreProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

const execFileAsync = promisify(execFile);
const KEY = 'cli-backup-key';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function ragwire(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return execFileAsync(process.execPath, [RAGWIRE_BIN, ...args], {
    env: { ...process.env, QDRANT_URL: '', QDRANT_API_KEY: '', ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({
      code: err.code,
      stdout: err.stdout,
      stderr: err.stderr,
    }),
  );
}

describe('ragwire backup and ragwire restore (as a CronJob runs them)', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  let server: StoreProcess;
  let gw: QdrantGateway;
  let dest: string;
  const env = { STORE_KEY: KEY };

  before(async () => {
    tmp = tempDir();
    dest = path.join(tmp.dir, 'backups');
    server = await startStoreProcess(['--path', path.join(tmp.dir, 'store'), '--no-fsync'], {
      RAGWIRE_STORE_API_KEY: KEY,
    });
    gw = new QdrantGateway({ url: server.url, apiKey: KEY });
    await fillCollection(gw, 'docs', 500, 8);
    await fillCollection(gw, 'faq', 40, 8);
  });
  after(async () => {
    await server.stop();
    tmp.remove();
  });

  const backup = (extra: string[] = []) =>
    ragwire(['backup', '--url', server.url, '--api-key-env', 'STORE_KEY', '--dest', dest, ...extra], env);

  it('backs up all collections, keeps the newest N, exits 0', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await backup(['--collections', 'all', '--keep', '2']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /backed up docs: 500 points, [\d.]+ MB, sha256 [0-9a-f]{64} -> /);
      assert.match(r.stdout, /backed up faq: 40 points/);
      assert.match(r.stdout, /2 collection\(s\) backed up to /);
      if (i === 2) assert.match(r.stdout, /deleted old backup of docs from /);
    }
    assert.equal(listBackups(dest, ['docs']).length, 2);
    assert.equal(listBackups(dest, ['faq']).length, 2);
  });

  it('fails with exit code 1 and a clear message, leaving no backup behind', async () => {
    const other = path.join(tmp.dir, 'failed');
    const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
      [
        ['--dest', other, '--url', server.url, '--api-key-env', 'NOT_SET'],
        {},
        /--api-key-env: the environment variable NOT_SET is not set/,
      ],
      [['--dest', other, '--url', server.url, '--api-key-env', 'STORE_KEY'], { STORE_KEY: 'wrong' }, /Unauthorized/],
      [['--dest', other, '--url', `http://127.0.0.1:${await closedPort()}`], {}, /ECONNREFUSED/],
      [
        ['--dest', other, '--url', server.url, '--api-key-env', 'STORE_KEY', '--collections', 'docs,nope'],
        env,
        /backup failed for 1 of 2 collections: nope: .*doesn't exist/,
      ],
      [['--url', server.url], {}, /--dest: name the backup directory/],
      [['--dest', other], {}, /--url: name the store .* or set QDRANT_URL/],
      [
        ['--dest', other, '--url', server.url, '--keep', '0'],
        {},
        /--keep: expected a whole number of at least 1, got 0/,
      ],
    ];
    for (const [args, e, message] of cases) {
      const r = await ragwire(['backup', ...args], e);
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, /^ragwire backup: /);
      assert.match(r.stderr, message);
    }
    assert.deepEqual(
      listBackups(other).map((b) => b.collection),
      ['docs'],
      'only the collection that could be backed up',
    );
  });

  it('restores: refuses to replace without --yes, refuses a damaged file, then restores exactly', async () => {
    const [latest] = listBackups(dest, ['docs']);
    const before = await allPoints(gw, 'docs');
    await gw.delete('docs', { ids: [2, 3, 5] });
    const restore = (extra: string[]) =>
      ragwire(['restore', '--url', server.url, '--api-key-env', 'STORE_KEY', ...extra], env);

    const unconfirmed = await restore(['--file', latest.path]);
    assert.equal(unconfirmed.code, 1);
    assert.match(
      unconfirmed.stderr,
      /collection "docs" exists in Qdrant at http\S+ and would be replaced by the backup: pass --yes to confirm/,
    );

    const damaged = path.join(tmp.dir, 'damaged.snapshot');
    fs.copyFileSync(latest.path, damaged);
    fs.copyFileSync(latest.path + '.json', damaged + '.json');
    fs.appendFileSync(damaged, 'x');
    const refused = await restore(['--file', damaged, '--yes']);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /damaged\.snapshot is damaged: \d+ bytes, the manifest says \d+ \(truncated\?\); nothing was restored/,
    );
    assert.equal(await gw.count('docs'), 497, 'untouched');

    const ok = await restore(['--file', latest.path, '--yes']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(
      ok.stdout,
      /restored docs from .* \(sha256 [0-9a-f]{64} verified\): 500 points, replacing the collection/,
    );
    assert.deepEqual(await allPoints(gw, 'docs'), before);

    const copy = await restore(['--file', latest.path, '--collection', 'docs-copy']);
    assert.equal(copy.code, 0, copy.stderr);
    assert.deepEqual(await allPoints(gw, 'docs-copy'), before);
  });
});

describe('ragwire copy from an embedded store folder to a `ragwire store` process', function () {
  this.timeout(60_000);

  it('is killed mid-way, run again, continues where it stopped and ends identical', async () => {
    const tmp = tempDir();
    const folder = path.join(tmp.dir, 'embedded');
    const source = connectEndpoint(folder);
    await fillCollection(await source.get(), 'kb', 10_000);
    const expected = await allPoints(await source.get(), 'kb');
    await source.close();
    const server = await startStoreProcess(['--path', path.join(tmp.dir, 'server'), '--no-fsync'], {
      RAGWIRE_STORE_API_KEY: KEY,
    });
    // The target as the copy sees it: after 20 batches it stops answering, so the kill is deterministic.
    let upserts = 0;
    let stall = true;
    const forward = proxyTo(server.url);
    const proxy = http.createServer((req, res) => {
      if (req.method === 'PUT' && /\/points\?/.test(req.url ?? '') && stall && ++upserts > 20) return;
      forward(req, res);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const to = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const progress = path.join(tmp.dir, 'progress.json');
    const args = [
      'copy',
      '--from',
      folder,
      '--to',
      to,
      '--to-api-key-env',
      'STORE_KEY',
      '--progress',
      progress,
      '--batch-size',
      '200',
    ];
    try {
      const first = execFile(process.execPath, [RAGWIRE_BIN, ...args], { env: { ...process.env, STORE_KEY: KEY } });
      const exited = new Promise<number | null>((r) =>
        first.once('exit', (code, signal) => r(code ?? (signal ? -1 : null))),
      );
      const deadline = Date.now() + 20_000;
      while (upserts <= 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.ok(upserts > 20, 'the copy reached the stall');
      first.kill('SIGKILL');
      assert.equal(await exited, -1);
      const recorded = JSON.parse(fs.readFileSync(progress, 'utf8')) as { collections: { kb: { copied: number } } };
      assert.equal(recorded.collections.kb.copied, 20 * 200);

      stall = false;
      const second = await ragwire(args, { STORE_KEY: KEY });
      assert.equal(second.code, 0, second.stderr);
      assert.match(
        second.stdout,
        /copied kb: 10000 points \(resumed after 4000\), counts equal, 100 sampled points identical/,
      );
      assert.equal(fs.existsSync(progress), false);
      const gw = new QdrantGateway({ url: server.url, apiKey: KEY });
      assert.deepEqual(await allPoints(gw, 'kb'), expected);

      const again = await ragwire(args, { STORE_KEY: KEY });
      assert.equal(again.code, 1);
      assert.match(
        again.stderr,
        /^ragwire copy: copy failed for 1 of 1 collection: kb: collection "kb" already exists at http\S+: delete it there, or copy with overwrite \(--overwrite\)/,
      );
    } finally {
      proxy.closeAllConnections();
      proxy.close();
      await server.stop();
      tmp.remove();
    }
  });
});

describe('ragwire backup and restore on an embedded store folder', function () {
  this.timeout(60_000);

  it('backs up and restores the folder in place; a folder another process holds is named', async () => {
    const tmp = tempDir();
    try {
      const folder = path.join(tmp.dir, 'ragwire-data');
      const dest = path.join(tmp.dir, 'backups');
      const store = connectEndpoint(folder);
      await fillCollection(await store.get(), 'kb', 300, 8);
      const expected = await allPoints(await store.get(), 'kb');
      await store.close();

      const made = await ragwire(['backup', '--url', folder, '--dest', dest]);
      assert.equal(made.code, 0, made.stderr);
      assert.match(made.stdout, /backed up kb: 300 points/);
      const [backup] = listBackups(dest);
      assert.equal(backup.source.store, 'ragwire-embedded');
      const restored = await ragwire(['restore', '--url', folder, '--file', backup.path, '--collection', 'kb-copy']);
      assert.equal(restored.code, 0, restored.stderr);
      const check = connectEndpoint(folder);
      assert.deepEqual(await allPoints(await check.get(), 'kb-copy'), expected);
      await check.close();

      const holder = await startStoreProcess(['--path', folder]);
      try {
        const locked = await ragwire(['backup', '--url', folder, '--dest', dest]);
        assert.equal(locked.code, 1);
        assert.match(locked.stderr, /^ragwire backup: /);
        assert.match(locked.stderr, /is already open in process \d+/);
      } finally {
        await holder.stop();
      }
    } finally {
      tmp.remove();
    }
  });
});
