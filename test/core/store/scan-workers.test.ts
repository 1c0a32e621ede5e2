import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import { Collection, type SearchRequest } from '../../../nodes/core/store/collection.js';
import { compileFilter } from '../../../nodes/core/store/filter.js';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { scanPool } from '../../../nodes/core/store/scan-pool.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import type { Distance } from '../../../nodes/core/store/types.js';
import { clusteredVectors } from '../../support/clustered-vectors.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

function filled(distance: Distance, n: number, dim: number, quantized = false): { c: Collection; data: Float32Array } {
  const data = clusteredVectors(n + 20, dim, { clusters: 100, seed: 21 });
  const c = new Collection({
    vectors: new Map([['', { size: dim, distance }]]),
    unnamed: true,
    payloadIndexes: {},
    ...(quantized ? { quantization: { scalar: { type: 'int8' as const } } } : {}),
  });
  for (let start = 0; start < n; start += 1000) {
    const points = [];
    for (let id = start; id < Math.min(n, start + 1000); id++)
      points.push({
        id,
        payload: { id },
        vectors: c.prepareVectors(new Map([['', data.subarray(id * dim, (id + 1) * dim)]])),
      });
    c.upsert(points, 1);
  }
  return { c, data: data.subarray(n * dim) };
}

describe('embedded store: scans on worker threads', () => {
  const pool = scanPool();

  it('has a pool on this runtime', () => {
    assert.ok(pool && pool.size >= 1);
  });

  for (const distance of ['Cosine', 'Euclid', 'Manhattan'] as Distance[]) {
    for (const quantized of [false, true]) {
      it(`${distance}${quantized ? ' with int8' : ''}: the worker's answer is the event loop's, offset and threshold included`, async () => {
        const dim = 100;
        const { c, data } = filled(distance, 30_000, dim, quantized);
        for (let i = 0; i < 5; i++) {
          const vector = data.subarray(i * dim, (i + 1) * dim);
          const base: SearchRequest = { using: '', vector, predicate: compileFilter(undefined), limit: 7, offset: 2 };
          const inThread = c.search(base);
          const before = pool?.inFlight ?? 0;
          const promise = c.searchAsync(base);
          assert.equal(pool?.inFlight, before + 1, 'the scan went to a worker');
          const onWorker = await promise;
          assert.deepEqual(onWorker, inThread);
          const t = inThread[3].score;
          const withThreshold = { ...base, scoreThreshold: t };
          assert.deepEqual(await c.searchAsync(withThreshold), c.search(withThreshold));
        }
      });
    }
  }

  it('filtered searches scan on a worker too, over the rows the filter selects; small ones stay on the event loop', async () => {
    const { c, data } = filled('Dot', 30_000, 100, true);
    const vector = data.subarray(0, 100);
    for (const quantization of [{ ignore: true }, {}]) {
      const filtered: SearchRequest = {
        using: '',
        vector,
        predicate: compileFilter({
          must: [{ key: 'id', range: { lt: 20_000 } }],
          must_not: [{ key: 'id', match: { any: [0, 1, 2] } }],
        }),
        limit: 5,
        offset: 1,
        quantization,
      };
      const before = pool?.inFlight ?? 0;
      const p = c.searchAsync(filtered);
      assert.equal(pool?.inFlight, before + 1, 'the filtered scan went to a worker');
      const hits = await p;
      assert.deepEqual(hits, c.search(filtered));
      for (const h of hits) assert.ok(Number(h.record.id) < 20_000 && Number(h.record.id) > 2);
    }
    const small = filled('Dot', 1000, 100).c;
    const before = pool?.inFlight ?? 0;
    const p = small.searchAsync({ using: '', vector, predicate: compileFilter(undefined), limit: 3, offset: 0 });
    assert.equal(pool?.inFlight, before, 'no worker for a small collection');
    assert.equal((await p).length, 3);
  });

  it('a write during a worker scan is reflected', async () => {
    const { c, data } = filled('Dot', 30_000, 100);
    const vector = data.subarray(0, 100);
    // A point written while the worker scans is in the answer (the search runs again).
    const req: SearchRequest = { using: '', vector, predicate: compileFilter(undefined), limit: 1, offset: 0 };
    const pending = c.searchAsync(req);
    c.upsert(
      [{ id: 'late', payload: null, vectors: c.prepareVectors(new Map([['', Array.from(vector, (x) => x * 10)]])) }],
      2,
    );
    assert.equal((await pending)[0].record.id, 'late');
  });

  describe('over REST (responses checked against Qdrant v1.19 OpenAPI)', () => {
    const spec = new QdrantSpec();
    let tmp: ReturnType<typeof tempDir>;
    let store: EmbeddedStore;
    let server: ValidatedServer;

    beforeEach(async () => {
      tmp = tempDir();
      store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
      server = await serveValidated(createStoreHandler({ store, maxBodyBytes: 64 * 1024 * 1024 }), spec);
    });

    afterEach(async () => {
      await server.close();
      store.close();
      tmp.remove();
      assert.deepEqual(server.problems, []);
    });

    it('answers health checks and writes while large scans run', async function () {
      this.timeout(120_000);
      const client = new QdrantClient({ url: server.url, checkCompatibility: false });
      const dim = 384;
      const n = 40_000;
      await client.createCollection('big', { vectors: { size: dim, distance: 'Cosine' } });
      const data = clusteredVectors(n, dim, { seed: 4 });
      for (let start = 0; start < n; start += 5000) {
        await client.upsert('big', {
          wait: true,
          points: Array.from({ length: 5000 }, (_, i) => ({
            id: start + i,
            vector: Array.from(data.subarray((start + i) * dim, (start + i + 1) * dim)),
          })),
        });
      }
      const query = Array.from(data.subarray(0, dim));
      // Many scans queued on the workers: seconds of scanning in all (exact: a ready HNSW index would answer from its graph).
      let answered = 0;
      const scans = Array.from({ length: 40 }, () =>
        client.query('big', { query, limit: 3, params: { exact: true } }).then((r) => {
          answered++;
          return r;
        }),
      );
      while ((pool?.inFlight ?? 0) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      await client.upsert('big', { wait: true, points: [{ id: n, vector: query }] });
      assert.ok(answered < scans.length, `health check and write answered while scans were queued (${answered} done)`);
      for (const r of await Promise.all(scans)) assert.ok([0, n].includes(Number(r.points[0].id)));
    });
  });
});
