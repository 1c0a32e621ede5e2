import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import { Collection, type ScoredPoint } from '../../../nodes/core/store/collection.js';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import type { Distance, QuantizationSearchParams } from '../../../nodes/core/store/types.js';
import { clusteredVectors } from '../../support/clustered-vectors.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

const N = 20_000;
const DIM = 96;
const QUERIES = 60;
const K = 10;

function build(distance: Distance, quantile?: number): { c: Collection; queries: Float32Array } {
  // Queries come from the same clusters as the data (the generator's next points).
  const all = clusteredVectors(N + QUERIES, DIM, { clusters: 200, seed: 5 });
  const c = new Collection({
    vectors: new Map([['', { size: DIM, distance }]]),
    unnamed: true,
    payloadIndexes: {},
    quantization: { scalar: { type: 'int8', ...(quantile ? { quantile } : {}) } },
  });
  for (let start = 0; start < N; start += 1000) {
    const points = [];
    for (let id = start; id < start + 1000; id++)
      points.push({
        id,
        payload: { odd: id % 2 === 1 },
        vectors: c.prepareVectors(new Map([['', all.subarray(id * DIM, (id + 1) * DIM)]])),
      });
    c.upsert(points, 1);
  }
  return { c, queries: all.subarray(N * DIM) };
}

function search(c: Collection, q: Float32Array, quantization?: QuantizationSearchParams, odd = false): ScoredPoint[] {
  return c.search({
    using: '',
    vector: q,
    predicate: odd ? (t) => (t.payload as { odd: boolean }).odd : () => true,
    limit: K,
    offset: 0,
    quantization,
  });
}

/** Mean share of the exact top-10 found. */
function recall(c: Collection, queries: Float32Array, quantization?: QuantizationSearchParams, odd = false): number {
  let found = 0;
  for (let i = 0; i < QUERIES; i++) {
    const q = queries.subarray(i * DIM, (i + 1) * DIM);
    const exact = new Set(search(c, q, { ignore: true }, odd).map((h) => h.record.id));
    found += search(c, q, quantization, odd).filter((h) => exact.has(h.record.id)).length;
  }
  return found / (QUERIES * K);
}

describe('embedded store: scalar int8 quantization', () => {
  for (const distance of ['Cosine', 'Dot', 'Euclid'] as Distance[]) {
    it(`${distance}: recall@10 >= 0.99 after rescoring on clustered data, exact scores returned`, () => {
      const { c, queries } = build(distance);
      const r = recall(c, queries);
      assert.ok(r >= 0.99, `recall@10 ${r}`);
      // Rescored hits carry the exact float score.
      const q = queries.subarray(0, DIM);
      const exact = search(c, q, { ignore: true });
      const rescored = search(c, q);
      assert.deepEqual(
        rescored.map((h) => h.score),
        exact.map((h) => h.score),
      );
      // With a filter, candidates are filtered before rescoring.
      assert.ok(recall(c, queries, undefined, true) >= 0.99);
      for (const h of search(c, q, undefined, true)) assert.equal(Number(h.record.id) % 2, 1);
    });
  }

  it('rescore: false returns approximate int8 scores; oversampling raises the recall of the int8 candidates', () => {
    const { c, queries } = build('Cosine', 0.99);
    const q = queries.subarray(0, DIM);
    const exact = search(c, q, { ignore: true });
    const approx = search(c, q, { rescore: false });
    assert.notDeepEqual(
      approx.map((h) => h.score),
      exact.map((h) => h.score),
    );
    approx.forEach((h, i) => assert.ok(Math.abs(h.score - exact[i].score) < 0.05, `score ${i}`));
    const plain = recall(c, queries, { rescore: false });
    const over4 = recall(c, queries, { oversampling: 4 });
    assert.ok(plain < 1 && plain > 0.6, `without rescoring: ${plain}`);
    assert.ok(over4 >= 0.99, `oversampling 4: ${over4}`);
  });

  it('reflects deletes and updates in the int8 copy', () => {
    const { c, queries } = build('Dot');
    const q = queries.subarray(0, DIM);
    const first = search(c, q)[0].record.id;
    c.delete([first]);
    assert.ok(!search(c, q).some((h) => h.record.id === first));
    c.upsert(
      [{ id: 'new', payload: null, vectors: c.prepareVectors(new Map([['', Array.from(q, (x) => x * 3)]])) }],
      2,
    );
    assert.equal(search(c, q)[0].record.id, 'new');
    assert.ok(recall(c, queries) >= 0.99);
  });
});

describe('embedded store REST API: quantization_config and params.quantization (responses checked against Qdrant v1.19 OpenAPI)', () => {
  const spec = new QdrantSpec();
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;
  let client: QdrantClient;

  const serve = async () => {
    store = EmbeddedStore.open({ path: tmp.dir });
    server = await serveValidated(createStoreHandler({ store, maxBodyBytes: 16 * 1024 * 1024 }), spec);
    client = new QdrantClient({ url: server.url, checkCompatibility: false });
  };
  const stop = async () => {
    await server.close();
    store.close();
    assert.deepEqual(server.problems, [], 'every response matches the Qdrant OpenAPI spec');
  };

  beforeEach(async () => {
    tmp = tempDir();
    await serve();
  });

  afterEach(async () => {
    await stop();
    tmp.remove();
  });

  it('records the config on create and update, as Qdrant returns it, and keeps it across a restart', async () => {
    await client.createCollection('q', {
      vectors: { size: DIM, distance: 'Cosine' },
      quantization_config: { scalar: { type: 'int8', quantile: 0.99, always_ram: true } },
    });
    assert.deepEqual((await client.getCollection('q')).config.quantization_config, {
      scalar: { type: 'int8', quantile: 0.99, always_ram: true },
    });
    const data = clusteredVectors(3000, DIM, { clusters: 30, seed: 9 });
    await client.upsert('q', {
      wait: true,
      points: Array.from({ length: 3000 }, (_, id) => ({
        id,
        vector: Array.from(data.subarray(id * DIM, (id + 1) * DIM)),
      })),
    });
    const query = Array.from(data.subarray(7 * DIM, 8 * DIM));
    const quantized = await client.query('q', { query, limit: 5, params: { quantization: { rescore: false } } });
    const exact = await client.query('q', { query, limit: 5, params: { quantization: { ignore: true } } });
    assert.equal(exact.points[0].id, 7);
    assert.equal(quantized.points[0].id, 7);
    assert.notEqual(quantized.points[0].score, exact.points[0].score, 'rescore: false gives the int8 score');
    // The legacy search route takes params too.
    const response = await fetch(`${server.url}/collections/q/points/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ vector: query, limit: 5, params: { quantization: { oversampling: 2 } } }),
    });
    const rescored = ((await response.json()) as { result: { id: number; score: number }[] }).result;
    assert.deepEqual(
      rescored.map((h) => [h.id, h.score]),
      exact.points.map((h) => [h.id, h.score]),
    );

    await stop();
    await serve();
    assert.deepEqual((await client.getCollection('q')).config.quantization_config, {
      scalar: { type: 'int8', quantile: 0.99, always_ram: true },
    });
    const again = await client.query('q', { query, limit: 5, params: { quantization: { rescore: false } } });
    assert.deepEqual(again.points, quantized.points, 'the int8 copy is rebuilt on load');

    await client.updateCollection('q', { quantization_config: 'Disabled' });
    assert.equal((await client.getCollection('q')).config.quantization_config, null);
    const off = await client.query('q', { query, limit: 5, params: { quantization: { rescore: false } } });
    assert.deepEqual(off.points, exact.points, 'without quantization the search is exact');
    await client.updateCollection('q', { quantization_config: { scalar: { type: 'int8' } } });
    assert.deepEqual((await client.getCollection('q')).config.quantization_config, { scalar: { type: 'int8' } });
    const on = await client.query('q', { query, limit: 5, params: { quantization: { rescore: false } } });
    assert.notEqual(on.points[0].score, exact.points[0].score);
  });

  it('refuses a bad quantization config or search params with a message naming the field', async () => {
    const put = (body: unknown) =>
      fetch(`${server.url}/collections/bad`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    let r = await put({ vectors: { size: 4, distance: 'Dot' }, quantization_config: { scalar: { type: 'int4' } } });
    assert.equal(r.status, 400);
    assert.match(JSON.stringify(await r.json()), /quantization_config\.scalar\.type/);
    r = await put({
      vectors: { size: 4, distance: 'Dot' },
      quantization_config: { scalar: { type: 'int8', quantile: 0.2 } },
    });
    assert.equal(r.status, 422);
    assert.match(JSON.stringify(await r.json()), /quantile/);
    await client.createCollection('ok', { vectors: { size: 4, distance: 'Dot' } });
    r = await fetch(`${server.url}/collections/ok/points/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: [1, 0, 0, 0], params: { quantization: { oversampling: 0.5 } } }),
    });
    assert.equal(r.status, 422);
    assert.match(JSON.stringify(await r.json()), /params\.quantization\.oversampling/);
  });
});
