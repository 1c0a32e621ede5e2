import assert from 'node:assert/strict';
import { clusteredVectors } from '../../support/clustered-vectors.js';
import { indexed } from './hnsw-support.js';
import { StoreHarness } from './store-harness.js';

const N = 3000;
const DIM = 32;
const QUERIES = 25;

/**
 * One query path: a prefetch is a search like any other, with its own `params` (as Qdrant plans a
 * leaf prefetch into a core search with the prefetch's params). The graph is deliberately poor
 * (m 4, ef_construct 8), so a search through it and an exact one give different answers.
 */
describe('embedded store: points/query params in prefetches (one query path, as Qdrant)', function () {
  this.timeout(300_000);
  const data = clusteredVectors(N + QUERIES, DIM, { clusters: 40, seed: 9 });
  const vector = (i: number) => Array.from(data.subarray(i * DIM, (i + 1) * DIM));
  let h: StoreHarness;

  before(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('docs', {
      vectors: { size: DIM, distance: 'Cosine' },
      hnsw_config: { m: 4, ef_construct: 8, full_scan_threshold: 10 },
      optimizers_config: { indexing_threshold: 1 },
    });
    const points = Array.from({ length: N }, (_, i) => ({
      id: i,
      vector: vector(i),
      payload: { i, g: i % 50 === 0 ? `rare-${i}` : 'common' },
    }));
    await h.client.upsert('docs', { points, wait: true });
    await indexed(() => h.store.collection('docs').indexState());
  });
  after(async () => h.stop());

  const ids = (r: { points: { id: unknown }[] }) => r.points.map((p) => p.id);
  const queries = () => Array.from({ length: QUERIES }, (_, q) => vector(N + q));

  it('precondition: the graph and an exact search disagree on some queries', async () => {
    let differ = 0;
    for (const q of queries()) {
      const graph = await h.client.query('docs', { query: q, limit: 10 });
      const exact = await h.client.query('docs', { query: q, limit: 10, params: { exact: true } });
      if (ids(graph).join() !== ids(exact).join()) differ++;
    }
    assert.ok(differ > 0, 'every graph answer is exact: the tests below could not fail');
  });

  it('a prefetch with params.exact searches exactly', async () => {
    for (const q of queries()) {
      const exact = await h.client.query('docs', { query: q, limit: 10, params: { exact: true } });
      const viaPrefetch = await h.client.query('docs', {
        prefetch: { query: q, limit: 10, params: { exact: true } },
        query: q,
        limit: 10,
      });
      assert.deepEqual(ids(viaPrefetch), ids(exact));
    }
  });

  it('a prefetch with params.hnsw_ef searches the graph with that beam', async () => {
    for (const q of queries()) {
      const wide = await h.client.query('docs', { query: q, limit: 10, params: { hnsw_ef: 300 } });
      const viaPrefetch = await h.client.query('docs', {
        prefetch: { query: q, limit: 10, params: { hnsw_ef: 300 } },
        query: q,
        limit: 10,
      });
      assert.deepEqual(ids(viaPrefetch), ids(wide));
    }
  });

  it("the request's own params do not reach its prefetches (Qdrant plans them with their own)", async () => {
    for (const q of queries()) {
      const graph = await h.client.query('docs', { query: q, limit: 10 });
      const rootExact = await h.client.query('docs', {
        prefetch: { query: q, limit: 10 },
        query: q,
        limit: 10,
        params: { exact: true },
      });
      assert.deepEqual(ids(rootExact), ids(graph));
    }
  });

  it("a prefetch's params are checked as the request's are", async () => {
    const r = await h.call('POST', '/collections/docs/points/query', {
      prefetch: { query: vector(0), limit: 10, params: { hnsw_ef: 0 } },
      query: vector(0),
    });
    assert.ok(r.status === 400 || r.status === 422, r.text);
    assert.match(r.error, /prefetch\[0\]\.params\.hnsw_ef/);
  });

  it('query/groups: groups deep in the ranking are the exact answer of grouping every hit', async () => {
    // 'common' takes the best hits; the other groups (one point each) lie far down the ranking.
    for (const q of queries().slice(0, 5)) {
      const all = await h.client.query('docs', { query: q, limit: N, with_payload: true, params: { exact: true } });
      const reference = new Map<unknown, unknown[]>();
      for (const p of all.points) {
        const g = (p.payload as { g: string }).g;
        if (!reference.has(g) && reference.size === 6) continue;
        const hits = reference.get(g) ?? [];
        if (hits.length < 2) hits.push(p.id);
        reference.set(g, hits);
      }
      for (const params of [undefined, { exact: true }]) {
        const r = await h.client.queryGroups('docs', { query: q, group_by: 'g', limit: 6, group_size: 2, params });
        assert.deepEqual(
          r.groups.map((g) => [g.id, g.hits.map((hit) => hit.id)]),
          [...reference].map(([g, hits]) => [g, hits]),
        );
      }
    }
  });
});
