import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { backupCollections } from '../../../nodes/core/backup/backup.js';
import { listBackups, pruneBackups } from '../../../nodes/core/backup/backup-dir.js';
import type { BackupEvent } from '../../../nodes/core/backup/observer.js';
import { restoreBackup, verifyBackupFile } from '../../../nodes/core/backup/restore.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { startEmbeddedQdrant } from '../../../nodes/core/store/embedded.js';
import { allPoints, fillCollection, ingestChunks } from '../../support/backup-fixtures.js';
import { closedPort } from '../../support/ports.js';
import { proxyTo } from '../../support/proxy.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { startStoreProcess } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';

const KEY = 'backup-test-key';

interface World {
  gw: QdrantGateway;
  url: string;
  validated: ValidatedServer;
  close(): Promise<void>;
}

const spec = new QdrantSpec();

/** Both ways to reach a store, each behind a check of every JSON answer against Qdrant's own spec. */
const stores: { name: string; start(dir: string): Promise<World> }[] = [
  {
    name: 'the embedded store in this process',
    async start(dir) {
      const e = await startEmbeddedQdrant({ path: dir, apiKey: KEY, fsync: false });
      const v = await serveValidated(proxyTo(e.url), spec);
      return {
        gw: new QdrantGateway({ url: v.url, apiKey: KEY }),
        url: v.url,
        validated: v,
        close: async () => {
          await v.close();
          await e.close();
        },
      };
    },
  },
  {
    name: 'a `ragwire store` process over HTTP',
    async start(dir) {
      const p = await startStoreProcess(['--path', dir, '--no-fsync'], { RAGWIRE_STORE_API_KEY: KEY });
      const v = await serveValidated(proxyTo(p.url), spec);
      return {
        gw: new QdrantGateway({ url: v.url, apiKey: KEY }),
        url: v.url,
        validated: v,
        close: async () => {
          await v.close();
          await p.stop();
        },
      };
    },
  },
];

function mode(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

for (const store of stores) {
  describe(`backups and restores on ${store.name}`, function () {
    this.timeout(60_000);
    let tmp: ReturnType<typeof tempDir>;
    let world: World;
    let dest: string;

    before(async () => {
      tmp = tempDir();
      dest = path.join(tmp.dir, 'backups');
      world = await store.start(path.join(tmp.dir, 'store'));
    });
    after(async () => {
      await world.close();
      tmp.remove();
    });

    afterEach(() => {
      assert.deepEqual(world.validated.problems, [], "every answer the backups read is as Qdrant's spec says");
    });

    it('restore drill: 10,000 chunks ingested, backed up, the collection deleted, restored with identical ids, vectors and payloads', async () => {
      assert.equal(await ingestChunks(world.gw, 'drill'), 10_000);
      const before = await allPoints(world.gw, 'drill');
      assert.equal(before.length, 10_000);
      const events: BackupEvent[] = [];
      const result = await backupCollections(world.gw, {
        dest,
        collections: ['drill'],
        observer: { finished: (e) => events.push(e) },
      });
      const [backup] = result.backups;
      assert.equal(backup.collection, 'drill');
      assert.equal(backup.points, 10_000);
      assert.equal(fs.statSync(backup.path).size, backup.size);
      assert.equal((await verifyBackupFile(backup.path)).sha256, backup.sha256);
      assert.equal(mode(backup.path), 0o600);
      assert.equal(mode(backup.path + '.json'), 0o600);
      assert.equal(mode(path.dirname(backup.path)), 0o700);
      assert.equal(mode(dest), 0o700);
      assert.deepEqual(await world.gw.listSnapshots('drill'), [], 'the server keeps no copy');
      assert.deepEqual(
        events.map((e) => [e.operation, e.collection, e.outcome, e.bytes]),
        [['backup', 'drill', 'success', backup.size]],
      );

      assert.equal(await world.gw.deleteCollection('drill'), true);
      const restored = await restoreBackup(world.gw, {
        file: backup.path,
        observer: { finished: (e) => events.push(e) },
      });
      assert.deepEqual([restored.collection, restored.points, restored.replaced], ['drill', 10_000, false]);
      const after = await allPoints(world.gw, 'drill');
      assert.deepEqual(after, before, 'ids, vectors and payloads exactly as they were');
      assert.equal(events.at(-1)?.operation, 'restore');
      assert.equal(events.at(-1)?.outcome, 'success');
    });

    it('refuses a truncated or altered backup before anything is touched, and keeps the collection', async () => {
      await fillCollection(world.gw, 'keep', 300, 8);
      const [backup] = (await backupCollections(world.gw, { dest, collections: ['keep'] })).backups;
      await world.gw.delete('keep', { ids: [1, 2] });
      const state = await allPoints(world.gw, 'keep');

      const truncated = path.join(tmp.dir, 'truncated.snapshot');
      fs.copyFileSync(backup.path, truncated);
      fs.copyFileSync(backup.path + '.json', truncated + '.json');
      fs.truncateSync(truncated, backup.size - 100);
      const altered = path.join(tmp.dir, 'altered.snapshot');
      const bytes = fs.readFileSync(backup.path);
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      fs.writeFileSync(altered, bytes);
      fs.copyFileSync(backup.path + '.json', altered + '.json');
      const unverifiable = path.join(tmp.dir, 'no-manifest.snapshot');
      fs.copyFileSync(backup.path, unverifiable);

      // A server that is not even there: the refusal must come first.
      const nowhere = new QdrantGateway({ url: `http://127.0.0.1:${await closedPort()}`, retries: 0 });
      await assert.rejects(restoreBackup(nowhere, { file: truncated }), /is damaged: \d+ bytes, the manifest says/);
      const events: BackupEvent[] = [];
      await assert.rejects(
        restoreBackup(world.gw, { file: altered, observer: { finished: (e) => events.push(e) } }),
        /altered\.snapshot is damaged: its sha256 is [0-9a-f]{64}, expected [0-9a-f]{64}; nothing was restored/,
      );
      assert.deepEqual(
        events.map((e) => [e.operation, e.collection, e.outcome, e.errorType]),
        [['restore', 'keep', 'failure', 'BackupInputError']],
      );
      await assert.rejects(restoreBackup(world.gw, { file: unverifiable }), /has no manifest .* no checksum was given/);
      await assert.rejects(
        restoreBackup(world.gw, { file: unverifiable, collection: 'keep', checksum: 'ab'.repeat(32) }),
        /is damaged/,
      );
      assert.deepEqual(await allPoints(world.gw, 'keep'), state, 'the collection is as it was');

      // With the right checksum given, a file without a manifest restores.
      const r = await restoreBackup(world.gw, { file: unverifiable, collection: 'keep', checksum: backup.sha256 });
      assert.equal(r.points, 300);
      assert.equal(r.replaced, true);
    });

    it('a restore cut off mid-upload leaves the existing collection as it was', async () => {
      await fillCollection(world.gw, 'cut', 2000, 8);
      const [backup] = (await backupCollections(world.gw, { dest, collections: ['cut'] })).backups;
      await world.gw.delete('cut', { ids: [5, 6, 7] });
      const state = await allPoints(world.gw, 'cut');
      // Forwards everything, but an upload only half-way, then drops both connections.
      const forward = proxyTo(world.url);
      const proxy = http.createServer((req, res) => {
        if (!req.url?.includes('/snapshots/upload')) return forward(req, res);
        const target = new URL(world.url);
        const upstream = http.request({
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        });
        upstream.on('error', () => undefined);
        let sent = 0;
        req.on('data', (chunk: Buffer) => {
          if (sent > backup.size / 2) {
            upstream.destroy();
            req.socket.destroy();
            return;
          }
          sent += chunk.length;
          upstream.write(chunk);
        });
      });
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
      try {
        const via = new QdrantGateway({
          url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
          apiKey: KEY,
        });
        await assert.rejects(restoreBackup(via, { file: backup.path }), /restore snapshot on collection "cut" failed/);
      } finally {
        proxy.closeAllConnections();
        proxy.close();
      }
      assert.deepEqual(await allPoints(world.gw, 'cut'), state, 'the collection is as it was');
    });

    it('backs up all collections, lists them newest first, and prunes by count and age', async () => {
      await fillCollection(world.gw, 'many', 50, 4);
      const dir = path.join(tmp.dir, 'rotation');
      const days = [1, 2, 3, 4].map((d) => new Date(Date.UTC(2026, 0, d, 2)));
      for (const day of days) await backupCollections(world.gw, { dest: dir, collections: 'all', now: () => day });
      const names = (await world.gw.listCollections()).sort();
      const listed = listBackups(dir);
      assert.deepEqual([...new Set(listed.map((b) => b.collection))], names);
      const many = listBackups(dir, ['many']);
      assert.deepEqual(
        many.map((b) => b.createdAt),
        [...days].reverse().map((d) => d.toISOString()),
      );
      // Keep 3: the oldest goes.
      const byCount = pruneBackups(dir, { keep: 3, collections: ['many'] });
      assert.deepEqual(
        byCount.deleted.map((d) => d.createdAt),
        [days[0].toISOString()],
      );
      assert.equal(fs.existsSync(many[3].path), false);
      assert.equal(fs.existsSync(many[3].path + '.json'), false);
      // Older than 36 hours on Jan 4th, 12:00: Jan 2nd goes, Jan 3rd stays.
      const byAge = pruneBackups(dir, {
        maxAgeMs: 36 * 3600 * 1000,
        collections: ['many'],
        now: new Date(Date.UTC(2026, 0, 4, 12)),
      });
      assert.deepEqual(
        byAge.deleted.map((d) => d.createdAt),
        [days[1].toISOString()],
      );
      // Long after, everything is too old, but the newest backup of a collection is never deleted by age.
      const late = pruneBackups(dir, { maxAgeMs: 1000, collections: ['many'], now: new Date(Date.UTC(2027, 0, 1)) });
      assert.deepEqual(
        late.deleted.map((d) => d.createdAt),
        [days[2].toISOString()],
      );
      assert.deepEqual(
        listBackups(dir, ['many']).map((b) => b.createdAt),
        [days[3].toISOString()],
      );
      assert.throws(() => pruneBackups(dir, { keep: 0 }), /keep: expected a whole number of backups of at least 1/);
      // backup with keep prunes as it goes
      const events: BackupEvent[] = [];
      await backupCollections(world.gw, {
        dest: dir,
        collections: ['many'],
        keep: 1,
        observer: { finished: (e) => events.push(e) },
      });
      assert.equal(listBackups(dir, ['many']).length, 1);
      assert.deepEqual(
        events.map((e) => [e.operation, e.collection, e.outcome, e.bytes > 0]),
        [
          ['backup', 'many', 'success', true],
          ['prune', 'many', 'success', true],
        ],
      );
    });

    it('names the failing collection, backs up the others, and leaves no partial file', async () => {
      const dir = path.join(tmp.dir, 'failing');
      const events: BackupEvent[] = [];
      await assert.rejects(
        backupCollections(world.gw, {
          dest: dir,
          collections: ['many', 'missing'],
          observer: { finished: (e) => events.push(e) },
        }),
        /backup failed for 1 of 2 collections: missing: Qdrant count on collection "missing" failed: Not found/,
      );
      assert.equal(listBackups(dir, ['many']).length, 1);
      assert.deepEqual(
        events.map((e) => [e.collection, e.outcome]),
        [
          ['many', 'success'],
          ['missing', 'failure'],
        ],
      );
      const files = fs.readdirSync(dir, { recursive: true }).map(String);
      assert.ok(!files.some((f) => f.includes('missing') || f.includes('.partial')), files.join(', '));
    });
  });
}

describe('backup downloads that go wrong', () => {
  it('a download damaged in transit is retried, and never left looking like a backup', async function () {
    this.timeout(30_000);
    const tmp = tempDir();
    const e = await startEmbeddedQdrant({ path: path.join(tmp.dir, 'store'), apiKey: KEY, fsync: false });
    let damage = 0;
    const forward = proxyTo(e.url);
    // Flips a byte of the first `damage` snapshot downloads.
    const proxy = http.createServer((req, res) => {
      if (req.method !== 'GET' || !/\/snapshots\/[^/]+\.snapshot$/.test(req.url ?? '') || damage <= 0)
        return forward(req, res);
      damage--;
      void fetch(`${e.url}${req.url}`, { headers: { 'api-key': KEY } }).then(async (r) => {
        const bytes = Buffer.from(await r.arrayBuffer());
        bytes[10] ^= 1;
        res.writeHead(200, { 'content-length': bytes.length });
        res.end(bytes);
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const gw = new QdrantGateway({ url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, apiKey: KEY });
      await fillCollection(gw, 'docs', 100, 4);
      damage = 1;
      const ok = await backupCollections(gw, { dest: path.join(tmp.dir, 'b'), collections: ['docs'] });
      assert.equal(ok.backups.length, 1, 'the second attempt succeeded');
      damage = 10;
      await assert.rejects(
        backupCollections(gw, { dest: path.join(tmp.dir, 'b'), collections: ['docs'], downloadAttempts: 2 }),
        /download snapshot on collection "docs" failed: the download is damaged: sha256 [0-9a-f]+, the server announced/,
      );
      assert.equal(listBackups(path.join(tmp.dir, 'b')).length, 1, 'only the good backup');
      const left = fs.readdirSync(path.join(tmp.dir, 'b', 'docs'));
      assert.equal(left.length, 2, left.join(', '));
      assert.deepEqual(await gw.listSnapshots('docs'), [], 'the server snapshots are deleted either way');
    } finally {
      proxy.closeAllConnections();
      proxy.close();
      await e.close();
      tmp.remove();
    }
  });

  it('a download that stalls half-way times out (the timeout restarts with every chunk) and leaves nothing', async function () {
    this.timeout(30_000);
    const tmp = tempDir();
    const e = await startEmbeddedQdrant({ path: path.join(tmp.dir, 'store'), apiKey: KEY, fsync: false });
    const forward = proxyTo(e.url);
    const stalled: http.ServerResponse[] = [];
    const proxy = http.createServer((req, res) => {
      if (req.method !== 'GET' || !/\/snapshots\/[^/]+\.snapshot$/.test(req.url ?? '')) return forward(req, res);
      void fetch(`${e.url}${req.url}`, { headers: { 'api-key': KEY } }).then(async (r) => {
        const bytes = Buffer.from(await r.arrayBuffer());
        res.writeHead(200, { 'content-length': bytes.length });
        // Half the file in small pieces 100 ms apart (longer in all than the timeout), then nothing.
        const half = bytes.subarray(0, bytes.length / 2);
        for (let i = 0; i < 5; i++) {
          res.write(half.subarray((i * half.length) / 5, ((i + 1) * half.length) / 5));
          await new Promise((w) => setTimeout(w, 100));
        }
        stalled.push(res);
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      await fillCollection(new QdrantGateway({ url: e.url, apiKey: KEY }), 'docs', 2000, 8);
      const gw = new QdrantGateway({ url, apiKey: KEY, timeoutMs: 300 });
      const dest = path.join(tmp.dir, 'b');
      const started = Date.now();
      await assert.rejects(
        backupCollections(gw, { dest, collections: ['docs'] }),
        /backup failed for 1 of 1 collection: docs: Qdrant download snapshot on collection "docs" failed: timed out/,
      );
      assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
      assert.deepEqual(fs.readdirSync(path.join(dest, 'docs')), [], 'no partial file');
    } finally {
      stalled.forEach((r) => r.destroy());
      proxy.closeAllConnections();
      proxy.close();
      await e.close();
      tmp.remove();
    }
  });
});
