import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { QdrantGateway, type GatewayPoint } from '../../../nodes/core/qdrant/gateway.js';
import { QdrantGatewayError } from '../../../nodes/core/qdrant/gateway-error.js';
import { startEmbeddedQdrant } from '../../../nodes/core/store/embedded.js';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { proxyTo } from '../../support/proxy.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { startStoreProcess, type StoreProcess } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';

const KEY = 'gateway-test-key';

function points(n: number, dim = 4): GatewayPoint[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    vector: Array.from({ length: dim }, (_, d) => Math.sin(i * 7 + d)),
    payload: { doc: `d${i % 10}`, n: i },
  }));
}

interface Target {
  url: string;
  close(): Promise<void>;
}

/** Both ways Ragwire reaches the store: in this process, and a separate `ragwire store` over HTTP. */
const targets: {
  name: string;
  start(spec: QdrantSpec, dir: string): Promise<Target & { validated: ValidatedServer }>;
}[] = [
  {
    name: 'in-process embedded store',
    async start(spec, dir) {
      const store = EmbeddedStore.open({ path: dir });
      const validated = await serveValidated(createStoreHandler({ store, apiKey: KEY }), spec);
      return {
        url: validated.url,
        validated,
        close: async () => {
          await validated.close();
          store.close();
        },
      };
    },
  },
  {
    name: '`ragwire store` process over HTTP',
    async start(spec, dir) {
      const proc: StoreProcess = await startStoreProcess(['--path', dir], { RAGWIRE_STORE_API_KEY: KEY });
      const validated = await serveValidated(proxyTo(proc.url), spec);
      return {
        url: validated.url,
        validated,
        close: async () => {
          await validated.close();
          assert.equal(await proc.stop('SIGTERM'), 0, 'the store process exits cleanly on SIGTERM');
        },
      };
    },
  },
];

for (const target of targets) {
  describe(`Qdrant gateway against the ${target.name}`, () => {
    const spec = new QdrantSpec();
    let tmp: ReturnType<typeof tempDir>;
    let running: Target & { validated: ValidatedServer };
    let gw: QdrantGateway;

    beforeEach(async () => {
      tmp = tempDir();
      running = await target.start(spec, tmp.dir);
      gw = new QdrantGateway({ url: running.url, apiKey: KEY, timeoutMs: 10_000 });
    });

    afterEach(async () => {
      await running.close();
      tmp.remove();
      assert.deepEqual(running.validated.problems, []);
      assert.ok(running.validated.checked > 0, 'responses were checked against the spec');
    });

    it('reports the server version', async () => {
      assert.match(await gw.version(), /^1\.19\./);
    });

    it('ensures a collection once, and names the collection and sizes on a dimension mismatch', async () => {
      assert.equal(await gw.ensureCollection('docs', { size: 4, distance: 'Cosine' }), 'created');
      assert.equal(await gw.ensureCollection('docs', { size: 4, distance: 'Cosine' }), 'exists');
      await assert.rejects(gw.ensureCollection('docs', { size: 384, distance: 'Cosine' }), (e: unknown) => {
        assert.ok(e instanceof QdrantGatewayError);
        assert.match(e.message, /collection "docs".*4-dimension Cosine.*384-dimension Cosine/);
        return true;
      });
      await assert.rejects(
        gw.ensureCollection('docs', { size: 4, distance: 'Dot' }),
        /4-dimension Cosine vectors but the embedder produces 4-dimension Dot/,
      );
      assert.equal(await gw.ensureCollection('named', { size: 3, distance: 'Dot', name: 'text' }), 'created');
      await assert.rejects(
        gw.ensureCollection('named', { size: 3, distance: 'Dot', name: 'image' }),
        /no vector named "image"/,
      );
      assert.deepEqual((await gw.listCollections()).sort(), ['docs', 'named']);
    });

    it('upserts in batches, queries with filter and threshold, counts and deletes', async () => {
      await gw.ensureCollection('docs', { size: 4, distance: 'Cosine' });
      const all = points(1000);
      assert.equal(await gw.upsert('docs', all, { batchSize: 256 }), 1000);
      assert.equal(await gw.count('docs'), 1000);
      assert.equal(await gw.count('docs', { must: [{ key: 'doc', match: { value: 'd3' } }] }), 100);
      const hits = await gw.query('docs', {
        vector: all[42].vector,
        limit: 5,
        filter: { must: [{ key: 'doc', match: { value: 'd2' } }] },
      });
      assert.equal(hits[0].id, 43);
      assert.ok(Math.abs(hits[0].score - 1) < 1e-5);
      assert.ok(hits.every((h) => h.payload.doc === 'd2'));
      const strict = await gw.query('docs', { vector: all[42].vector, limit: 100, scoreThreshold: 0.99 });
      assert.ok(strict.length >= 1 && strict.every((h) => h.score >= 0.99));
      await gw.upsert('docs', [{ ...all[0], payload: { doc: 'replaced' } }]);
      assert.equal(await gw.count('docs'), 1000, 'same id replaces, never duplicates');
      await gw.delete('docs', { ids: [1, 2, 3] });
      await gw.delete('docs', { filter: { must: [{ key: 'doc', match: { value: 'd9' } }] } });
      assert.equal(await gw.count('docs'), 1000 - 3 - 100);
      assert.equal(await gw.deleteCollection('docs'), true);
    });

    it('snapshots: create, list, download bytes, restore by upload with checksum, delete', async () => {
      await gw.ensureCollection('docs', { size: 4, distance: 'Dot' });
      await gw.upsert('docs', points(300));
      const snap = await gw.createSnapshot('docs');
      assert.deepEqual(
        (await gw.listSnapshots('docs')).map((s) => s.name),
        [snap.name],
      );
      const bytes = await gw.downloadSnapshot('docs', snap.name);
      assert.equal(bytes.length, snap.size);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), snap.checksum);
      await gw.delete('docs', { ids: [1, 2, 3] });
      await gw.uploadSnapshot('docs', bytes, { checksum: snap.checksum ?? undefined });
      assert.equal(await gw.count('docs'), 300, 'restored to the snapshot');
      await gw.uploadSnapshot('copy', bytes);
      assert.equal(await gw.count('copy'), 300);
      await assert.rejects(
        gw.uploadSnapshot('docs', bytes, { checksum: 'ab'.repeat(32) }),
        /restore snapshot on collection "docs" failed: .*checksum mismatch/,
      );
      await gw.deleteSnapshot('docs', snap.name);
      assert.deepEqual(await gw.listSnapshots('docs'), []);
    });

    it("reports a missing collection with Qdrant's message and status", async () => {
      await assert.rejects(gw.query('nope', { vector: [1, 2, 3, 4], limit: 1 }), (e: unknown) => {
        assert.ok(e instanceof QdrantGatewayError);
        assert.equal(e.status, 404);
        assert.equal(
          e.message,
          'Qdrant query on collection "nope" failed: Not found: Collection `nope` doesn\'t exist! (HTTP 404)',
        );
        return true;
      });
    });
  });
}

describe('Qdrant gateway failure handling', () => {
  it('times out a call to a server that never answers, naming the collection', async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent = http.createServer(() => undefined);
    silent.on('connection', (s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const gw = new QdrantGateway({
      url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      timeoutMs: 300,
      retries: 0,
    });
    try {
      const started = Date.now();
      await assert.rejects(gw.count('docs'), /Qdrant count on collection "docs" failed: timed out/);
      assert.ok(Date.now() - started < 5000);
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });

  it('explains an unreachable server', async () => {
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const gw = new QdrantGateway({ url: `http://127.0.0.1:${port}`, timeoutMs: 1000, retries: 1 });
    await assert.rejects(gw.listCollections(), /Qdrant list collections failed: .*ECONNREFUSED/);
  });

  it('retries idempotent calls on 503 but never a snapshot creation', async () => {
    const tmp = tempDir();
    const store = EmbeddedStore.open({ path: tmp.dir });
    const real = createStoreHandler({ store });
    let failNext = 0;
    const flaky = http.createServer((req, res) => {
      if (failNext > 0) {
        failNext--;
        res
          .writeHead(503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: { error: 'Service unavailable' }, time: 0 }));
        return;
      }
      real(req, res);
    });
    await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r));
    const gw = new QdrantGateway({ url: `http://127.0.0.1:${(flaky.address() as AddressInfo).port}`, retries: 2 });
    try {
      await gw.ensureCollection('docs', { size: 2, distance: 'Dot' });
      failNext = 2;
      assert.equal(await gw.count('docs'), 0, 'succeeds on the third attempt');
      failNext = 1;
      await assert.rejects(
        gw.createSnapshot('docs'),
        /create snapshot on collection "docs" failed: Service unavailable \(HTTP 503\)/,
      );
      assert.deepEqual(await gw.listSnapshots('docs'), [], 'no second snapshot was attempted');
    } finally {
      flaky.closeAllConnections();
      flaky.close();
      store.close();
      tmp.remove();
    }
  });

  it('runs the embedded store in-process on loopback behind a random API key', async () => {
    const tmp = tempDir();
    const embedded = await startEmbeddedQdrant({ path: tmp.dir });
    try {
      assert.match(embedded.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(embedded.apiKey.length >= 24);
      assert.equal((await fetch(`${embedded.url}/collections`)).status, 401, 'no key, no access');
      const gw = new QdrantGateway({ url: embedded.url, apiKey: embedded.apiKey });
      assert.equal(await gw.ensureCollection('docs', { size: 2, distance: 'Cosine' }), 'created');
    } finally {
      await embedded.close();
      tmp.remove();
    }
  });
});
