import assert from 'node:assert/strict';
import { Collection, type ScoredPoint } from '../../../nodes/core/store/collection.js';
import { MATCH_ALL, type Predicate } from '../../../nodes/core/store/filter.js';
import type { PointId } from '../../../nodes/core/store/types.js';
import { clusteredVectors } from '../../support/clustered-vectors.js';
import { indexed } from './hnsw-support.js';

const N = 20_000;
const DIM = 128;
const QUERIES = 50;
const K = 10;

function collection(): Collection {
  const c = new Collection({
    vectors: new Map([['', { size: DIM, distance: 'Cosine' }]]),
    unnamed: true,
    payloadIndexes: {},
    // Index from the first points, and search through the graph at any size (Qdrant's KB units).
    settings: {
      hnsw_config: { m: 16, ef_construct: 100, full_scan_threshold: 10 },
      optimizers_config: { indexing_threshold: 1 },
    },
  });
  c.enableHnsw();
  return c;
}

function load(c: Collection, data: Float32Array, from: number, to: number, id = (i: number) => i): void {
  for (let start = from; start < to; start += 1000) {
    const points = [];
    for (let i = start; i < Math.min(to, start + 1000); i++)
      points.push({
        id: id(i),
        payload: { odd: i % 2 === 1, rare: i % 2000 === 0 },
        vectors: c.prepareVectors(new Map([['', data.subarray(i * DIM, (i + 1) * DIM)]])),
      });
    c.upsert(points, 1);
  }
}

function search(
  c: Collection,
  q: ArrayLike<number>,
  options: { exact?: boolean; predicate?: Predicate; ef?: number } = {},
) {
  return c.search({
    using: '',
    vector: q,
    predicate: options.predicate ?? MATCH_ALL,
    limit: K,
    offset: 0,
    exact: options.exact,
    hnswEf: options.ef,
  });
}

/** The exact answer, from the plain JavaScript scan (which never uses the index). */
function reference(c: Collection, q: ArrayLike<number>, predicate: Predicate = MATCH_ALL): ScoredPoint[] {
  return c.search({ using: '', vector: q, predicate, limit: K, offset: 0, kernel: 'plain' });
}

const ids = (hits: ScoredPoint[]): PointId[] => hits.map((h) => h.record.id);

function recall(c: Collection, queries: Float32Array, predicate?: Predicate): number {
  let found = 0;
  for (let i = 0; i < QUERIES; i++) {
    const q = queries.subarray(i * DIM, (i + 1) * DIM);
    const exact = new Set(ids(reference(c, q, predicate)));
    found += search(c, q, { predicate }).filter((h) => exact.has(h.record.id)).length;
  }
  return found / (QUERIES * K);
}

describe('embedded store: HNSW index', function () {
  this.timeout(300_000);
  const all = clusteredVectors(N + QUERIES + 100, DIM, { clusters: 200, seed: 11 });
  const queries = all.subarray(N * DIM, (N + QUERIES) * DIM);
  const spare = all.subarray((N + QUERIES) * DIM);
  let c: Collection;

  before(() => {
    c = collection();
    load(c, all, 0, N);
  });
  after(() => c.indexes.close());

  it('searches exactly while the index is being built (status optimizing), then through the graph', async () => {
    assert.equal(c.indexes.state().optimizing, true);
    const index = c.indexes.of('');
    assert.ok(index);
    assert.equal(index.usable(), false, 'no graph yet: exact search');
    const q = queries.subarray(0, DIM);
    assert.deepEqual(ids(search(c, q)), ids(reference(c, q)));
    await indexed(() => c.indexes.state());
    const state = c.indexes.state();
    assert.equal(state.indexedVectors, N);
    assert.equal(state.builds, 1);
    assert.equal(index.usable(), true);
  });

  it('recall@10 >= 0.95 on clustered data, with the scores exact search gives', () => {
    const r = recall(c, queries);
    assert.ok(r >= 0.95, `recall@10 ${r}`);
    const q = queries.subarray(DIM, 2 * DIM);
    const hits = search(c, q);
    const exact = new Map(reference(c, q).map((h) => [h.record.id, h.score]));
    for (const h of hits)
      if (exact.has(h.record.id)) assert.ok(Math.abs(h.score - (exact.get(h.record.id) as number)) < 1e-5);
  });

  it('exact: true gives the exact answer; hnsw_ef trades speed for recall', () => {
    const found = (ef: number) => {
      let n = 0;
      for (let i = 0; i < QUERIES; i++) {
        const q = queries.subarray(i * DIM, (i + 1) * DIM);
        const exact = new Set(ids(reference(c, q)));
        n += search(c, q, { ef }).filter((h) => exact.has(h.record.id)).length;
      }
      return n;
    };
    for (let i = 0; i < QUERIES; i++) {
      const q = queries.subarray(i * DIM, (i + 1) * DIM);
      assert.deepEqual(ids(search(c, q, { exact: true })), ids(reference(c, q)));
    }
    const narrow = found(K);
    const wide = found(400);
    assert.ok(wide >= narrow, `hnsw_ef 400 found ${wide}, hnsw_ef 10 found ${narrow}`);
    assert.ok(wide / (QUERIES * K) >= 0.99, `recall@10 with hnsw_ef 400: ${wide / (QUERIES * K)}`);
  });

  it('filters: a selective filter is answered exactly, a broad one through the graph with matching points only', () => {
    const rare: Predicate = (t) => (t.payload as { rare: boolean }).rare;
    const odd: Predicate = (t) => (t.payload as { odd: boolean }).odd;
    for (let i = 0; i < 10; i++) {
      const q = queries.subarray(i * DIM, (i + 1) * DIM);
      // 10 points match `rare`: fewer than full_scan_threshold in vectors (10 KB = 20 vectors of 512 bytes).
      assert.deepEqual(ids(search(c, q, { predicate: rare })), ids(reference(c, q, rare)));
      for (const h of search(c, q, { predicate: odd })) assert.equal(Number(h.record.id) % 2, 1);
    }
    const r = recall(c, queries, odd);
    assert.ok(r >= 0.9, `filtered recall@10 ${r}`);
  });

  it('deleted points are never returned; updated vectors are found at once and after re-indexing', async () => {
    const q = queries.subarray(2 * DIM, 3 * DIM);
    const before = ids(search(c, q));
    c.delete(before.slice(0, 5));
    const after = ids(search(c, q));
    for (const id of before.slice(0, 5)) assert.ok(!after.includes(id), `deleted ${String(id)} returned`);
    assert.deepEqual(after.slice(0, 5), before.slice(5, 10));
    // Moving points elsewhere: ids 7 and 8 get vectors right at another query.
    const target = queries.subarray(3 * DIM, 4 * DIM);
    c.upsert(
      [7, 8].map((id) => ({ id, payload: null, vectors: c.prepareVectors(new Map([['', target]])) })),
      2,
    );
    const found = ids(search(c, target));
    assert.deepEqual(found.slice(0, 2).sort(), [7, 8]);
    // A point replaced far away is not found near its old place.
    const oldPlace = all.subarray(7 * DIM, 8 * DIM);
    assert.ok(!ids(search(c, oldPlace)).includes(7));
    await indexed(() => c.indexes.state());
    assert.equal(c.indexes.state().indexedVectors, N - 5);
    assert.deepEqual(ids(search(c, target)).slice(0, 2).sort(), [7, 8]);
    assert.deepEqual(ids(search(c, q)), ids(reference(c, q)).slice(0, K));
    // New points (never indexed before) join the graph too.
    load(c, spare, 0, 100, (i) => 100_000 + i);
    assert.deepEqual(ids(search(c, spare.subarray(0, DIM))).slice(0, 1), [100_000]);
    await indexed(() => c.indexes.state());
    assert.equal(c.indexes.state().indexedVectors, N - 5 + 100);
    assert.deepEqual(ids(search(c, spare.subarray(DIM * 50, DIM * 51))).slice(0, 1), [100_050]);
  });

  for (const distance of ['Cosine', 'Euclid', 'Dot', 'Manhattan'] as const) {
    it(`${distance}: recall@10 >= 0.95 and the scores exact search gives`, async () => {
      const dim = 32;
      const n = 5000;
      const data = clusteredVectors(n + 20, dim, { clusters: 50, seed: 5 });
      const d = new Collection({
        vectors: new Map([['v', { size: dim, distance }]]),
        unnamed: false,
        payloadIndexes: {},
        settings: { hnsw_config: { full_scan_threshold: 10 }, optimizers_config: { indexing_threshold: 1 } },
      });
      d.enableHnsw();
      d.upsert(
        Array.from({ length: n }, (_, id) => ({
          id,
          payload: null,
          vectors: d.prepareVectors(new Map([['v', data.subarray(id * dim, (id + 1) * dim)]])),
        })),
        1,
      );
      await indexed(() => d.indexes.state());
      let found = 0;
      for (let i = 0; i < 20; i++) {
        const q = data.subarray((n + i) * dim, (n + i + 1) * dim);
        const req = { using: 'v', vector: q, predicate: MATCH_ALL, limit: K, offset: 0 };
        const exact = d.search({ ...req, kernel: 'plain' });
        const scores = new Map(exact.map((h) => [h.record.id, h.score]));
        for (const h of d.search(req)) {
          if (!scores.has(h.record.id)) continue;
          found++;
          assert.ok(Math.abs(h.score - (scores.get(h.record.id) as number)) <= 1e-4 * Math.max(1, Math.abs(h.score)));
        }
      }
      assert.ok(found / (20 * K) >= 0.95, `recall@10 ${found / (20 * K)}`);
      d.indexes.close();
    });
  }

  it('m = 0 disables the index (search stays exact, nothing to optimize)', () => {
    const plain = new Collection({
      vectors: new Map([['', { size: DIM, distance: 'Cosine', hnsw_config: { m: 0 } }]]),
      unnamed: true,
      payloadIndexes: {},
      settings: { optimizers_config: { indexing_threshold: 1 } },
    });
    plain.enableHnsw();
    load(plain, all, 0, 2000);
    assert.equal(plain.indexes.state().optimizing, false);
    assert.equal(plain.indexes.of('')?.enabled, false);
    // A bare collection (not the store's) has no index unless enabled.
    const bare = new Collection({
      vectors: new Map([['', { size: DIM, distance: 'Cosine' }]]),
      unnamed: true,
      payloadIndexes: {},
    });
    load(bare, all, 0, 2000);
    assert.equal(bare.indexes.of(''), undefined);
    plain.indexes.close();
  });
});
