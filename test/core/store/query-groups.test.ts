import assert from 'node:assert/strict';
import { StoreHarness } from './store-harness.js';

type Groups = {
  groups: {
    id: string | number;
    hits: { id: number; score: number; payload?: unknown }[];
    lookup?: { id: unknown; payload: unknown };
  }[];
};

/** Chunks of documents: doc `d<k>` has chunks whose vectors lie at growing distance from the query. */
const CHUNKS = [
  { id: 1, doc: 'd1', v: [1, 0] },
  { id: 2, doc: 'd1', v: [0.99, 0.1] },
  { id: 3, doc: 'd1', v: [0.98, 0.2] },
  { id: 4, doc: 'd2', v: [0.97, 0.25] },
  { id: 5, doc: 'd2', v: [0.5, 0.8] },
  { id: 6, doc: 'd3', v: [0.9, 0.3] },
  { id: 7, doc: 'd3', v: [0.1, 1] },
  { id: 8, doc: 'd4', v: [-1, 0] },
  { id: 9, doc: ['d2', 'd4'], v: [0.95, 0.28] },
  { id: 10, doc: 7, v: [0.6, 0.6] },
  { id: 11, doc: null, v: [1, 0] },
];

describe('embedded store: query/groups (one result per source document, checked against the spec)', () => {
  let h: StoreHarness;
  beforeEach(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('chunks', { vectors: { size: 2, distance: 'Cosine' } });
    await h.client.upsert('chunks', {
      wait: true,
      points: CHUNKS.map((c) => ({ id: c.id, vector: c.v, payload: { doc: c.doc, n: c.id } })),
    });
    await h.client.createCollection('documents', { vectors: { size: 2, distance: 'Cosine' } });
    await h.client.upsert('documents', {
      wait: true,
      points: [{ id: 7, vector: [1, 1], payload: { title: 'Seven' } }],
    });
  });
  afterEach(async () => h.stop());

  /** The reference answer: every hit of the plain query, grouped here. */
  async function reference(groupSize: number, limit: number, filter?: unknown) {
    const all = (await h.ok('POST', '/collections/chunks/points/query', {
      query: [1, 0],
      limit: 100,
      filter,
      with_payload: true,
    })) as { points: { id: number; payload: { doc: unknown } }[] };
    const groups = new Map<unknown, number[]>();
    for (const p of all.points) {
      for (const value of [p.payload.doc].flat()) {
        if (typeof value !== 'string' && typeof value !== 'number') continue;
        if (!groups.has(value) && groups.size === limit) continue;
        const hits = groups.get(value) ?? [];
        if (hits.length < groupSize) hits.push(p.id);
        groups.set(value, hits);
      }
    }
    return [...groups].map(([id, hits]) => ({ id, hits }));
  }

  it('groups hits by a payload key: best group first, group_size hits each, limit groups, same as grouping every hit', async () => {
    for (const [groupSize, limit] of [
      [1, 2],
      [2, 3],
      [3, 10],
      [1, 1],
    ]) {
      const r = (await h.ok('POST', '/collections/chunks/points/query/groups', {
        query: [1, 0],
        group_by: 'doc',
        group_size: groupSize,
        limit,
      })) as Groups;
      assert.deepEqual(
        r.groups.map((g) => ({ id: g.id, hits: g.hits.map((p) => p.id) })),
        await reference(groupSize, limit),
        `group_size ${groupSize}, limit ${limit}`,
      );
      for (const g of r.groups)
        for (let i = 1; i < g.hits.length; i++) assert.ok(g.hits[i - 1].score >= g.hits[i].score, 'hits best first');
    }
    // Concretely: the best chunk of each document, documents by their best chunk.
    const best = (await h.ok('POST', '/collections/chunks/points/query/groups', {
      query: [1, 0],
      group_by: 'doc',
      group_size: 1,
      limit: 10,
      with_payload: ['n'],
    })) as Groups;
    assert.deepEqual(
      best.groups.map((g) => [g.id, g.hits[0].id]),
      [
        ['d1', 1],
        ['d2', 4],
        ['d4', 9],
        ['d3', 6],
        [7, 10],
      ],
      'a point with two values joins both groups; null is no group',
    );
    assert.deepEqual(best.groups[0].hits[0].payload, { n: 1 }, 'with_payload applies to hits');
  });

  it('takes filter and with_lookup (the group id looked up in another collection)', async () => {
    const filter = { must_not: [{ key: 'doc', match: { value: 'd1' } }] };
    const r = (await h.ok('POST', '/collections/chunks/points/query/groups', {
      query: [1, 0],
      group_by: 'doc',
      group_size: 2,
      limit: 10,
      filter,
      with_lookup: { collection: 'documents', with_payload: true },
    })) as Groups;
    assert.deepEqual(
      r.groups.map((g) => ({ id: g.id, hits: g.hits.map((p) => p.id) })),
      await reference(2, 10, filter),
    );
    const seven = r.groups.find((g) => g.id === 7);
    assert.deepEqual(seven?.lookup, { id: 7, payload: { title: 'Seven' }, vector: null });
    assert.equal(r.groups.find((g) => g.id === 'd2')?.lookup, undefined, 'no point with that id: no lookup');
  });

  it('answers errors as Qdrant: missing group_by 400, limit 0 422, missing collection 404', async () => {
    const noKey = await h.call('POST', '/collections/chunks/points/query/groups', { query: [1, 0] });
    assert.equal(noKey.status, 400);
    assert.equal(noKey.error, 'Format error in JSON body: missing field `group_by`');
    const zero = await h.call('POST', '/collections/chunks/points/query/groups', {
      query: [1, 0],
      group_by: 'doc',
      limit: 0,
    });
    assert.equal(zero.status, 422);
    assert.match(zero.error, /limit: value 0 invalid, must be 1 or larger/);
    const missing = await h.call('POST', '/collections/none/points/query/groups', { query: [1, 0], group_by: 'doc' });
    assert.equal(missing.status, 404);
    assert.equal(missing.error, "Not found: Collection `none` doesn't exist!");
    const lookup = await h.call('POST', '/collections/chunks/points/query/groups', {
      query: [1, 0],
      group_by: 'doc',
      with_lookup: 'nowhere',
    });
    assert.equal(lookup.status, 404);
    assert.equal(lookup.error, 'Not found: Collection nowhere not found');
  });

  it('works through @qdrant/js-client-rest', async () => {
    const r = await h.client.queryGroups('chunks', {
      query: [1, 0],
      group_by: 'doc',
      group_size: 1,
      limit: 2,
      with_payload: true,
      with_lookup: 'documents',
    });
    assert.deepEqual(
      r.groups.map((g) => [g.id, g.hits.map((p) => p.id)]),
      [
        ['d1', [1]],
        ['d2', [4]],
      ],
    );
  });
});
