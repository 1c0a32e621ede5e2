import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

interface Hit {
  id: number;
  score: number;
  payload?: Record<string, unknown> | null;
  vector?: unknown;
}

/** Qdrant's IDF: ln((n - df + 0.5) / (df + 0.5) + 1). */
const idf = (n: number, df: number) => Math.log((n - df + 0.5) / (df + 0.5) + 1);

/**
 * Four points with a dense vector and a sparse vector "text" (no modifier) and "bm25" (idf):
 *   1: dense [1, 0]     text {1: 1, 2: 2}       lang en
 *   2: dense [0.8, 0.6] text {2: 1, 3: 1}       lang de
 *   3: dense [0, 1]     text {3: 3}             lang en
 *   4: dense [0.6, 0.8] text {9: 1}             lang de
 */
const POINTS = [
  { id: 1, dense: [1, 0], text: { indices: [2, 1], values: [2, 1] }, lang: 'en' },
  { id: 2, dense: [0.8, 0.6], text: { indices: [2, 3], values: [1, 1] }, lang: 'de' },
  { id: 3, dense: [0, 1], text: { indices: [3], values: [3] }, lang: 'en' },
  { id: 4, dense: [0.6, 0.8], text: { indices: [9], values: [1] }, lang: 'de' },
];

describe('embedded store: sparse vectors, prefetch and fusion (as Qdrant v1.19, checked against the spec)', () => {
  const spec = new QdrantSpec();
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as { result?: unknown; status?: { error?: string } | string };
    return {
      status: response.status,
      result: json.result,
      error: typeof json.status === 'object' ? (json.status.error ?? '') : '',
    };
  };
  const query = async (body: Record<string, unknown>): Promise<Hit[]> => {
    const r = await call('POST', '/collections/docs/points/query', body);
    assert.equal(r.status, 200, r.error);
    return (r.result as { points: Hit[] }).points;
  };
  const near = (actual: number, expected: number) =>
    assert.ok(Math.abs(actual - expected) < 1e-5, `${actual} is not ${expected}`);
  const serve = async () => {
    server = await serveValidated(createStoreHandler({ store }), spec);
  };

  beforeEach(async () => {
    tmp = tempDir();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    await serve();
    const created = await call('PUT', '/collections/docs', {
      vectors: { dense: { size: 2, distance: 'Cosine' } },
      sparse_vectors: { text: {}, bm25: { modifier: 'idf' } },
    });
    assert.equal(created.status, 200, created.error);
    const upserted = await call('PUT', '/collections/docs/points?wait=true', {
      points: POINTS.map((p) => ({
        id: p.id,
        vector: { dense: p.dense, text: p.text, bm25: p.text },
        payload: { lang: p.lang },
      })),
    });
    assert.equal(upserted.status, 200, upserted.error);
  });

  afterEach(async () => {
    await server.close();
    store.close();
    tmp.remove();
    assert.deepEqual(server.problems, [], 'every response matches the Qdrant OpenAPI spec');
  });

  it('reports the sparse vectors in collection info, and refuses a name used for both kinds', async () => {
    const info = await call('GET', '/collections/docs');
    const params = (info.result as { config: { params: Record<string, unknown> } }).config.params;
    assert.deepEqual(params.sparse_vectors, { text: {}, bm25: { modifier: 'idf' } });
    const clash = await call('PUT', '/collections/both', {
      vectors: { a: { size: 2, distance: 'Dot' } },
      sparse_vectors: { a: {} },
    });
    assert.equal(clash.status, 400);
    const bad = await call('PUT', '/collections/bad', { sparse_vectors: { a: { modifier: 'bm42' } } });
    assert.equal(bad.status, 400);
    assert.match(bad.error, /modifier/);
  });

  it('returns sparse vectors sorted by index with with_vector, and through the JS client', async () => {
    const r = await call('POST', '/collections/docs/points', { ids: [1], with_vector: ['text'] });
    assert.deepEqual((r.result as { vector: unknown }[])[0].vector, { text: { indices: [1, 2], values: [1, 2] } });
    const client = new QdrantClient({ url: server.url, checkCompatibility: false });
    const [point] = await client.retrieve('docs', { ids: [2], with_vector: true });
    assert.deepEqual(point.vector, {
      dense: [0.8, 0.6],
      text: { indices: [2, 3], values: [1, 1] },
      bm25: { indices: [2, 3], values: [1, 1] },
    });
  });

  it('keeps sparse vectors through payload updates and vector updates; delete_vectors removes a sparse one by name', async () => {
    const text = async (id: number) => {
      const r = await call('POST', '/collections/docs/points', { ids: [id], with_vector: true, with_payload: true });
      return (r.result as { vector: Record<string, unknown>; payload: Record<string, unknown> }[])[0];
    };
    for (const [path, body] of [
      ['/points/payload', { payload: { checked: true }, points: [1] }],
      ['/points/payload', { payload: { lang: 'de' }, points: [1] }],
      ['/points/payload/delete', { keys: ['checked'], points: [1] }],
      ['/points/vectors', { points: [{ id: 1, vector: { dense: [0.6, 0.8] } }] }],
    ] as const) {
      const r = await call(path === '/points/vectors' ? 'PUT' : 'POST', `/collections/docs${path}?wait=true`, body);
      assert.equal(r.status, 200, `${path}: ${r.error}`);
      const point = await text(1);
      assert.deepEqual(point.vector.text, { indices: [1, 2], values: [1, 2] }, `sparse vector kept after ${path}`);
      assert.deepEqual(point.vector.bm25, { indices: [1, 2], values: [1, 2] });
    }
    const deleted = await call('POST', '/collections/docs/points/vectors/delete?wait=true', {
      points: [1],
      vector: ['bm25'],
    });
    assert.equal(deleted.status, 200, deleted.error);
    const point = await text(1);
    assert.equal(point.vector.bm25, undefined);
    assert.deepEqual(point.vector.text, { indices: [1, 2], values: [1, 2] });
  });

  it('refuses malformed sparse vectors naming the field, storing nothing of the batch', async () => {
    const dup = await call('PUT', '/collections/docs/points?wait=true', {
      points: [{ id: 7, vector: { text: { indices: [1, 1], values: [1, 2] } } }],
    });
    assert.equal(dup.status, 422);
    assert.match(dup.error, /points\[0\]\.vector\.\?\.indices: Validation error: must be unique/);
    const uneven = await call('PUT', '/collections/docs/points?wait=true', {
      points: [
        { id: 8, vector: { text: { indices: [1], values: [1] } } },
        { id: 9, vector: { text: { indices: [1, 2], values: [1] } } },
      ],
    });
    assert.equal(uneven.status, 422);
    const unknown = await call('PUT', '/collections/docs/points?wait=true', {
      points: [{ id: 10, vector: { nope: { indices: [1], values: [1] } } }],
    });
    assert.equal(unknown.status, 400);
    assert.match(unknown.error, /Not existing vector name error: nope/);
    const count = await call('POST', '/collections/docs/points/count', {});
    assert.deepEqual(count.result, { count: 4 });
  });

  it('scores a sparse query by dot product over shared dimensions only, with filter, limit and offset', async () => {
    // query {2: 1, 3: 0.5}: p1 = 2, p2 = 1 + 0.5 = 1.5, p3 = 1.5, p4 shares nothing.
    const hits = await query({ query: { indices: [3, 2], values: [0.5, 1] }, using: 'text' });
    assert.deepEqual(
      hits.map((h) => h.id),
      [1, 2, 3],
    );
    near(hits[0].score, 2);
    near(hits[1].score, 1.5);
    near(hits[2].score, 1.5);
    const filtered = await query({
      query: { indices: [3, 2], values: [0.5, 1] },
      using: 'text',
      filter: { must: [{ key: 'lang', match: { value: 'en' } }] },
      limit: 1,
      offset: 1,
      with_payload: true,
    });
    assert.deepEqual(
      filtered.map((h) => [h.id, h.payload]),
      [[3, { lang: 'en' }]],
    );
    const thresholded = await query({ query: { indices: [2], values: [1] }, using: 'text', score_threshold: 1.5 });
    assert.deepEqual(
      thresholded.map((h) => h.id),
      [1],
    );
  });

  it('weighs query terms by Qdrant’s IDF with the idf modifier, following upserts and deletes', async () => {
    // n = 4 vectors; df(2) = 2 (points 1, 2), df(9) = 1 (point 4).
    let hits = await query({ query: { indices: [2, 9], values: [1, 1] }, using: 'bm25' });
    const byId = new Map(hits.map((h) => [h.id, h.score]));
    near(byId.get(1) as number, 2 * idf(4, 2));
    near(byId.get(2) as number, 1 * idf(4, 2));
    near(byId.get(4) as number, 1 * idf(4, 1));
    const del = await call('POST', '/collections/docs/points/delete?wait=true', { points: [2] });
    assert.equal(del.status, 200);
    // n = 3 vectors; df(2) = 1.
    hits = await query({ query: { indices: [2], values: [1] }, using: 'bm25' });
    assert.deepEqual(
      hits.map((h) => h.id),
      [1],
    );
    near(hits[0].score, 2 * idf(3, 1));
  });

  it('counts the IDF over a corpus filter (params.idf.corpus), refused for vectors without the idf modifier', async () => {
    // Corpus lang = en: points 1 and 3, n = 2; df(2) = 1 (point 1), df(3) = 1 (point 3).
    const hits = await query({
      query: { indices: [2, 3], values: [1, 1] },
      using: 'bm25',
      params: { idf: { corpus: { must: [{ key: 'lang', match: { value: 'en' } }] } } },
    });
    const byId = new Map(hits.map((h) => [h.id, h.score]));
    near(byId.get(1) as number, 2 * idf(2, 1));
    near(byId.get(2) as number, idf(2, 1) + idf(2, 1)); // point 2 is scored, with the corpus' statistics
    near(byId.get(3) as number, 3 * idf(2, 1));
    const global = await query({ query: { indices: [3], values: [1] }, using: 'bm25', params: { idf: 'global' } });
    near(global[0].score, 3 * idf(4, 2));
    for (const [q, using] of [
      [[1, 0], 'dense'],
      [{ indices: [3], values: [1] }, 'text'],
    ] as const) {
      const refused = await call('POST', '/collections/docs/points/query', {
        query: q,
        using,
        params: { idf: { corpus: { must: [{ key: 'lang', match: { value: 'en' } }] } } },
      });
      assert.equal(refused.status, 400);
      assert.match(refused.error, /search param `idf` requires a sparse vector with the `idf` modifier/);
    }
  });

  it('changes the modifier by PATCH, kept across a restart from a checkpoint image', async () => {
    const ask = { query: { indices: [3], values: [1] }, using: 'bm25' };
    near((await query(ask))[0].score, 3 * idf(4, 2));
    store.collection('docs').checkpoint(); // the image records idf; config.json the change after it
    const patched = await call('PATCH', '/collections/docs', { sparse_vectors: { bm25: { modifier: 'none' } } });
    assert.equal(patched.status, 200, patched.error);
    near((await query(ask))[0].score, 3);
    await server.close();
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    await serve();
    near((await query(ask))[0].score, 3);
    const info = await call('GET', '/collections/docs');
    const params = (info.result as { config: { params: { sparse_vectors: unknown } } }).config.params;
    assert.deepEqual(params.sparse_vectors, { text: {}, bm25: { modifier: 'none' } });
    const unknown = await call('PATCH', '/collections/docs', { sparse_vectors: { nope: { modifier: 'idf' } } });
    assert.equal(unknown.status, 400);
  });

  it('keeps sparse vectors across a restart (WAL), a checkpoint image and a snapshot', async () => {
    const ask = { query: { indices: [2, 3], values: [1, 1] }, using: 'bm25', with_vector: ['text'] };
    const before = await query(ask);
    await server.close();
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false }); // replays the WAL
    await serve();
    assert.deepEqual(await query(ask), before);
    store.collection('docs').checkpoint();
    await server.close();
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false }); // loads the image
    await serve();
    assert.deepEqual(await query(ask), before);
    const snapshot = await call('POST', '/collections/docs/snapshots?wait=true');
    const name = (snapshot.result as { name: string }).name;
    const file = `file://${store.snapshotsDir}/docs/${name}`;
    const recovered = await call('PUT', '/collections/copy/snapshots/recover', { location: file });
    assert.equal(recovered.status, 200, recovered.error);
    const copy = await call('POST', '/collections/copy/points/query', ask);
    assert.deepEqual((copy.result as { points: Hit[] }).points, before);
  });

  it('fuses prefetches by RRF as Qdrant does (k = 2: 1/(rank + 1)), with weights and k', async () => {
    // dense [1, 0] ranks 1, 2, 4, 3; sparse {3: 1} ranks 3 (3), 2 (1).
    const prefetch = [
      { query: [1, 0], using: 'dense', limit: 4 },
      { query: { indices: [3], values: [1] }, using: 'text', limit: 4 },
    ];
    const hits = await query({ prefetch, query: { fusion: 'rrf' } });
    const expected = new Map([
      [1, 1 / 2],
      [2, 1 / 3 + 1 / 3],
      [4, 1 / 4],
      [3, 1 / 5 + 1 / 2],
    ]);
    assert.deepEqual(
      hits.map((h) => h.id),
      [3, 2, 1, 4],
    );
    for (const h of hits) near(h.score, expected.get(h.id) as number);
    // k = 60 and weights 3:1: 1 / ((pos + 1) / w + k - 1)
    const weighted = await query({ prefetch, query: { rrf: { k: 60, weights: [3, 1] } }, limit: 2 });
    const w = (pos: number, weight: number) => 1 / ((pos + 1) / weight + 59);
    near(weighted[0].score, Math.max(w(3, 3) + w(0, 1), w(1, 3) + w(1, 1), w(0, 3)));
    assert.equal(weighted.length, 2);
    const mismatch = await call('POST', '/collections/docs/points/query', {
      prefetch,
      query: { rrf: { weights: [1] } },
    });
    assert.equal(mismatch.status, 422);
  });

  it('fuses prefetches by DBSF (mean ± 3σ normalisation, sample variance, summed)', async () => {
    const prefetch = [
      { query: { indices: [2, 3], values: [1, 1] }, using: 'text' }, // 1: 2, 2: 2, 3: 3
      { query: { indices: [1, 9], values: [1, 4] }, using: 'text' }, // 4: 4, 1: 1
    ];
    const hits = await query({ prefetch, query: { fusion: 'dbsf' } });
    const norm = (scores: number[]) => {
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      const std = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (scores.length - 1));
      return (s: number) => (s - (mean - 3 * std)) / (6 * std);
    };
    const a = norm([3, 2, 2]);
    const b = norm([4, 1]);
    const expected = new Map([
      [1, a(2) + b(1)],
      [2, a(2)],
      [3, a(3)],
      [4, b(4)],
    ]);
    assert.equal(hits.length, 4);
    for (const h of hits) near(h.score, expected.get(h.id) as number);
    const sorted = [...expected].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    assert.deepEqual(
      hits.map((h) => h.id),
      sorted,
    );
  });

  it('rescores prefetched candidates with a dense query, and passes filters down to the prefetches', async () => {
    // Sparse {2: 1} finds 1 and 2 only; the dense query [0, 1] then orders them: 2 (0.6) before 1 (0).
    const hits = await query({
      prefetch: { query: { indices: [2], values: [1] }, using: 'text' },
      query: [0, 1],
      using: 'dense',
    });
    assert.deepEqual(
      hits.map((h) => h.id),
      [2, 1],
    );
    near(hits[0].score, 0.6);
    near(hits[1].score, 0);
    // The outer filter reaches the nested prefetch: only German points are candidates.
    const nested = await query({
      prefetch: [
        {
          prefetch: [
            { query: [1, 0], using: 'dense' },
            { query: { indices: [9], values: [1] }, using: 'text' },
          ],
          query: { fusion: 'rrf' },
          limit: 5,
        },
      ],
      query: [0, 1],
      using: 'dense',
      filter: { must: [{ key: 'lang', match: { value: 'de' } }] },
    });
    assert.deepEqual(
      nested.map((h) => h.id),
      [4, 2],
    );
  });

  it('leaves points named by id (at the root or in a prefetch) out of the answer, as Qdrant does', async () => {
    // Point 3's text vector {3: 3}: shares dimension 3 with point 2 only, once 3 is left out.
    const like = await query({ query: 3, using: 'text' });
    assert.deepEqual(
      like.map((h) => h.id),
      [2],
    );
    near(like[0].score, 3);
    const fused = await query({
      prefetch: [
        { query: 1, using: 'dense', limit: 4 },
        { query: { indices: [2], values: [1] }, using: 'text' },
      ],
      query: { fusion: 'rrf' },
    });
    assert.ok(!fused.some((h) => h.id === 1), 'point 1 is named in a prefetch');
    assert.deepEqual(
      fused.map((h) => h.id),
      [2, 4, 3],
    );
  });

  it('answers Qdrant’s errors for fusion without prefetch, prefetch without query and kind mismatches', async () => {
    const fusionAlone = await call('POST', '/collections/docs/points/query', { query: { fusion: 'rrf' } });
    assert.equal(fusionAlone.status, 400);
    assert.match(fusionAlone.error, /cannot apply Fusion without prefetches/);
    const noQuery = await call('POST', '/collections/docs/points/query', {
      prefetch: [{ query: [1, 0], using: 'dense' }],
    });
    assert.equal(noQuery.status, 400);
    assert.equal(
      noQuery.error,
      "Bad request: A query is needed to merge the prefetches. Can't have prefetches without defining a query.",
    );
    const fusionUsing = await call('POST', '/collections/docs/points/query', {
      prefetch: [{ query: [1, 0], using: 'dense' }],
      query: { fusion: 'rrf' },
      using: 'dense',
    });
    assert.equal(fusionUsing.status, 400);
    assert.match(fusionUsing.error, /Fusion queries cannot be combined with the 'using' field/);
    const denseOnSparse = await call('POST', '/collections/docs/points/query', { query: [1, 0], using: 'text' });
    assert.equal(denseOnSparse.status, 400);
    const mmr = await call('POST', '/collections/docs/points/query', {
      query: { nearest: { indices: [3], values: [1] }, mmr: { diversity: 0.5 } },
      using: 'text',
    });
    assert.equal(mmr.status, 400);
    assert.match(mmr.error, /mmr.*not supported/);
    const badFusion = await call('POST', '/collections/docs/points/query', {
      prefetch: [{ query: [1, 0], using: 'dense' }],
      query: { fusion: 'max' },
    });
    assert.equal(badFusion.status, 400);
    assert.match(badFusion.error, /fusion/);
  });
});
