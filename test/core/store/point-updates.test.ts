import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { startStoreProcess } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';
import { filesHolding, StoreHarness } from './store-harness.js';

type Point = { id: number; payload: Record<string, unknown> | null; vector: Record<string, number[]> | number[] };

describe('embedded store: payload and vector updates, points/batch (Qdrant v1.19 semantics, checked against the spec)', () => {
  let h: StoreHarness;
  const point = async (id: number, collection = 'docs') =>
    (await h.ok('GET', `/collections/${collection}/points/${id}`)) as Point;

  beforeEach(async () => {
    h = await new StoreHarness({ erasureDelayMs: 50 }).start();
    await h.client.createCollection('docs', {
      vectors: { dense: { size: 2, distance: 'Dot' }, title: { size: 3, distance: 'Euclid' } },
    });
    await h.client.upsert('docs', {
      wait: true,
      points: [1, 2, 3, 4].map((id) => ({
        id,
        vector: { dense: [id, 1], title: [id, 0, 0] },
        payload: { doc: id <= 2 ? 'a' : 'b', meta: { lang: 'de', pages: id }, tags: ['x'] },
      })),
    });
  });
  afterEach(async () => h.stop());

  it('sets (merging top-level keys or at a nested `key`), overwrites, deletes keys and clears payload, by ids or filter; kept on restart', async () => {
    await h.ok('POST', '/collections/docs/points/payload?wait=true', { payload: { doc: 'A', new: 1 }, points: [1] });
    assert.deepEqual((await point(1)).payload, { doc: 'A', new: 1, meta: { lang: 'de', pages: 1 }, tags: ['x'] });

    await h.ok('POST', '/collections/docs/points/payload', {
      payload: { lang: 'en', src: 's' },
      key: 'meta',
      points: [2],
    });
    assert.deepEqual(
      (await point(2)).payload?.meta,
      { lang: 'en', pages: 2, src: 's' },
      'merged into the nested object',
    );
    await h.ok('POST', '/collections/docs/points/payload', { payload: { x: 1 }, key: 'deep.er', points: [2] });
    assert.deepEqual((await point(2)).payload?.deep, { er: { x: 1 } }, 'a missing path is created');

    const byFilter = (await h.ok('POST', '/collections/docs/points/payload?wait=true', {
      payload: { group: 'B' },
      filter: { must: [{ key: 'doc', match: { value: 'b' } }] },
    })) as { status: string; operation_id: number };
    assert.equal(byFilter.status, 'completed');
    assert.equal((await point(3)).payload?.group, 'B');
    assert.equal((await point(4)).payload?.group, 'B');
    assert.equal((await point(1)).payload?.group, undefined, 'the filter chose which points');

    await h.ok('PUT', '/collections/docs/points/payload', { payload: { only: true }, points: [3] });
    assert.deepEqual((await point(3)).payload, { only: true });

    await h.ok('POST', '/collections/docs/points/payload/delete', { keys: ['meta.lang', 'tags'], points: [4] });
    assert.deepEqual((await point(4)).payload, { doc: 'b', meta: { pages: 4 }, group: 'B' });

    await h.ok('POST', '/collections/docs/points/payload/clear', { points: [1] });
    assert.deepEqual((await point(1)).payload, {});
    assert.deepEqual((await point(1)).vector, { dense: [1, 1], title: [1, 0, 0] }, 'vectors untouched');

    await h.restart();
    assert.deepEqual((await point(1)).payload, {});
    assert.deepEqual((await point(3)).payload, { only: true });
    assert.deepEqual((await point(4)).payload, { doc: 'b', meta: { pages: 4 }, group: 'B' });
    assert.deepEqual((await point(2)).payload?.meta, { lang: 'en', pages: 2, src: 's' });
  });

  it('set_payload `key` and delete_payload keys are JSON paths: array index, every element, quoted keys', async () => {
    await h.ok('PUT', '/collections/docs/points/payload', {
      payload: { list: [{ a: { x: 1 } }, { b: { x: 2 } }], 'dot.ted': { k: 1 } },
      points: [1],
    });
    await h.ok('POST', '/collections/docs/points/payload', { payload: { x: 9 }, key: 'list[0].a', points: [1] });
    await h.ok('POST', '/collections/docs/points/payload', { payload: { y: 0 }, key: 'list[].b', points: [1] });
    await h.ok('POST', '/collections/docs/points/payload', { payload: { z: 5 }, key: 'list[7].a', points: [1] });
    await h.ok('POST', '/collections/docs/points/payload', { payload: { k: 2 }, key: '"dot.ted"', points: [1] });
    assert.deepEqual((await point(1)).payload, {
      list: [{ a: { x: 9 }, b: { y: 0 } }, { b: { x: 2, y: 0 } }],
      'dot.ted': { k: 2 },
    });
    await h.ok('POST', '/collections/docs/points/payload/delete', { keys: ['list[].b.x', 'list[0].a'], points: [1] });
    assert.deepEqual((await point(1)).payload?.list, [{ b: { y: 0 } }, { b: { y: 0 } }]);
    const bad = await h.call('POST', '/collections/docs/points/payload', {
      payload: { a: 1 },
      key: 'a[x]',
      points: [1],
    });
    assert.equal(bad.status, 400);
    assert.match(bad.error, /key: "a\[x\]" is not a valid JSON path/);
  });

  it('answers errors as Qdrant: missing point 404, missing collection 404, malformed bodies 400, nothing changed', async () => {
    const missing = await h.call('POST', '/collections/docs/points/payload', { payload: { a: 1 }, points: [1, 99] });
    assert.equal(missing.status, 404, missing.text);
    assert.equal(missing.error, 'Not found: No point with id 99 found');
    assert.equal((await point(1)).payload?.a, undefined, 'point 1 was not changed either');

    // Ids beyond 2^53 stay exact, in the error too.
    const bigMissing = await fetch(`${h.server.url}/collections/docs/points/payload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"payload": {"a": 1}, "points": [424242424242424242]}',
    });
    assert.equal(bigMissing.status, 404);
    assert.match(await bigMissing.text(), /No point with id 424242424242424242 found/);
    const noVectors = await h.call('PUT', '/collections/docs/points/vectors', { points: [{ id: 1, vector: {} }] });
    assert.equal(noVectors.status, 422);
    assert.equal(
      noVectors.error,
      'Validation error in JSON body: [points[0].vector: must specify vectors to update for point]',
    );

    const noCollection = await h.call('POST', '/collections/nope/points/payload', { payload: { a: 1 }, points: [1] });
    assert.equal(noCollection.status, 404);
    assert.equal(noCollection.error, "Not found: Collection `nope` doesn't exist!");

    for (const [method, path, body, wording] of [
      ['POST', '/collections/docs/points/payload', { points: [1] }, /missing field `payload`/],
      ['POST', '/collections/docs/points/payload', { payload: { a: 1 } }, /`points`.*or `filter`/],
      ['POST', '/collections/docs/points/payload/delete', { points: [1] }, /missing field `keys`/],
      ['PUT', '/collections/docs/points/vectors', { points: [{ id: 1 }] }, /missing field `vector`/],
      ['POST', '/collections/docs/points/vectors/delete', { points: [1] }, /missing field `vector`/],
      ['POST', '/collections/docs/points/batch', { ops: [] }, /missing field `operations`/],
      ['POST', '/collections/docs/points/batch', { operations: [{ jump: {} }] }, /operations\[0\]: expected one of/],
    ] as const) {
      const r = await h.call(method, path, body);
      assert.equal(r.status, 400, `${path} ${JSON.stringify(body)}: ${r.text}`);
      assert.match(r.error, /^Format error in JSON body: /);
      assert.match(r.error, wording);
    }
    const empty = await h.call('PUT', '/collections/docs/points/vectors', { points: [] });
    assert.equal(empty.status, 422, empty.text);
    assert.match(empty.error, /^Validation error in JSON body: \[points: must contain at least 1 item\]/);
  });

  it('updates some named vectors and deletes others, keeping the rest; unknown names and wrong sizes are refused; kept on restart', async () => {
    await h.ok('PUT', '/collections/docs/points/vectors?wait=true', {
      points: [
        { id: 1, vector: { dense: [8, 8] } },
        { id: 1, vector: { dense: [9, 9] } },
        { id: 2, vector: { title: [7, 7, 7] } },
        { id: 2, vector: { dense: [2, 1] } },
      ],
    });
    assert.deepEqual((await point(2)).vector, { dense: [2, 1], title: [7, 7, 7] }, 'entries for one point merge');
    await h.ok('PUT', '/collections/docs/points/vectors', { points: [{ id: 2, vector: { title: [2, 0, 0] } }] });
    // update_filter: only points that match it are updated.
    await h.ok('PUT', '/collections/docs/points/vectors', {
      points: [
        { id: 3, vector: { dense: [0, 3] } },
        { id: 4, vector: { dense: [0, 4] } },
      ],
      update_filter: { must: [{ key: 'meta.pages', match: { value: 4 } }] },
    });
    assert.deepEqual((await point(3)).vector, { dense: [3, 1], title: [3, 0, 0] });
    assert.deepEqual((await point(4)).vector, { dense: [0, 4], title: [4, 0, 0] });
    await h.ok('PUT', '/collections/docs/points/vectors', { points: [{ id: 4, vector: { dense: [4, 1] } }] });
    assert.deepEqual((await point(1)).vector, { dense: [9, 9], title: [1, 0, 0] });
    const found = (await h.ok('POST', '/collections/docs/points/query', {
      query: [1, 0],
      using: 'dense',
      limit: 1,
    })) as { points: { id: number }[] };
    assert.equal(found.points[0].id, 1, 'search sees the new vector');

    await h.ok('POST', '/collections/docs/points/vectors/delete', { points: [2], vector: ['title'] });
    assert.deepEqual((await point(2)).vector, { dense: [2, 1] });
    await h.ok('POST', '/collections/docs/points/vectors/delete', {
      filter: { must: [{ key: 'doc', match: { value: 'b' } }] },
      vector: ['dense'],
    });
    assert.deepEqual((await point(3)).vector, { title: [3, 0, 0] });
    assert.deepEqual((await point(2)).payload?.doc, 'a', 'payload untouched');

    const unknown = await h.call('PUT', '/collections/docs/points/vectors', {
      points: [{ id: 1, vector: { nope: [1, 2] } }],
    });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.error, 'Wrong input: Not existing vector name error: nope');
    const unknownDelete = await h.call('POST', '/collections/docs/points/vectors/delete', {
      points: [1],
      vector: ['nope'],
    });
    assert.equal(unknownDelete.status, 400);
    assert.equal(unknownDelete.error, 'Wrong input: Not existing vector name error: nope');
    const size = await h.call('PUT', '/collections/docs/points/vectors', {
      points: [{ id: 1, vector: { dense: [1, 2, 3] } }],
    });
    assert.equal(size.status, 400);
    assert.equal(size.error, 'Wrong input: Vector dimension error: expected dim: 2, got 3');
    const gone = await h.call('PUT', '/collections/docs/points/vectors', {
      points: [{ id: 42, vector: { dense: [1, 2] } }],
    });
    assert.equal(gone.status, 404);
    assert.equal(gone.error, 'Not found: No point with id 42 found');

    await h.restart();
    assert.deepEqual((await point(1)).vector, { dense: [9, 9], title: [1, 0, 0] });
    assert.deepEqual((await point(2)).vector, { dense: [2, 1] });
    assert.deepEqual((await point(3)).vector, { title: [3, 0, 0] });
  });

  it('points/batch applies its operations in order and answers one result each; a failing one stops the batch after the earlier ones', async () => {
    const results = (await h.ok('POST', '/collections/docs/points/batch?wait=true', {
      operations: [
        { upsert: { points: [{ id: 10, vector: { dense: [1, 2] }, payload: { doc: 'c' } }] } },
        { set_payload: { payload: { seen: true }, points: [10] } },
        { overwrite_payload: { payload: { doc: 'd' }, points: [1] } },
        { delete_payload: { keys: ['tags'], points: [2] } },
        { clear_payload: { points: [3] } },
        { update_vectors: { points: [{ id: 10, vector: { title: [1, 1, 1] } }] } },
        { delete_vectors: { points: [10], vector: ['dense'] } },
        { delete: { points: [4] } },
      ],
    })) as { operation_id: number; status: string }[];
    assert.equal(results.length, 8);
    assert.ok(results.every((r) => r.status === 'completed'));
    assert.ok(
      results.every((r, i) => i === 0 || r.operation_id > results[i - 1].operation_id),
      'in order',
    );
    const check = async () => {
      assert.deepEqual(await point(10), { id: 10, payload: { doc: 'c', seen: true }, vector: { title: [1, 1, 1] } });
      assert.deepEqual((await point(1)).payload, { doc: 'd' });
      assert.equal((await point(2)).payload?.tags, undefined);
      assert.deepEqual((await point(3)).payload, {});
      assert.equal((await h.call('GET', '/collections/docs/points/4')).status, 404);
    };
    await check();
    await h.restart();
    await check();

    const failing = await h.call('POST', '/collections/docs/points/batch', {
      operations: [
        { set_payload: { payload: { step: 1 }, points: [1] } },
        { set_payload: { payload: { step: 2 }, points: [404] } },
        { set_payload: { payload: { step: 3 }, points: [1] } },
      ],
    });
    assert.equal(failing.status, 404);
    assert.equal(failing.error, 'Not found: No point with id 404 found');
    assert.equal((await point(1)).payload?.step, 1, 'the first applied, the third not');

    const invalid = await h.call('POST', '/collections/docs/points/batch', {
      operations: [{ set_payload: { payload: { step: 9 }, points: [1] } }, { delete_payload: { points: [1] } }],
    });
    assert.equal(invalid.status, 400);
    assert.equal((await point(1)).payload?.step, 1, 'a malformed batch changes nothing');
  });

  it('works through @qdrant/js-client-rest', async () => {
    const c = h.client;
    await c.setPayload('docs', { payload: { via: 'client' }, points: [1], wait: true });
    await c.setPayload('docs', { payload: { n: 1 }, key: 'meta', points: [1], wait: true });
    await c.overwritePayload('docs', { payload: { only: 1 }, points: [2], wait: true });
    await c.deletePayload('docs', { keys: ['tags'], filter: { must: [{ key: 'doc', match: { value: 'b' } }] } });
    await c.clearPayload('docs', { points: [4], wait: true });
    await c.updateVectors('docs', { points: [{ id: 1, vector: { dense: [5, 5] } }], wait: true });
    await c.deleteVectors('docs', { points: [2], vector: ['title'], wait: true });
    const batch = await c.batchUpdate('docs', {
      operations: [{ set_payload: { payload: { b: 1 }, points: [3] } }, { delete: { points: [4] } }],
      wait: true,
    });
    assert.equal(batch.length, 2);
    const [p1, p2, p3] = await c.retrieve('docs', { ids: [1, 2, 3], with_vector: true });
    assert.deepEqual(p1.payload, { doc: 'a', meta: { lang: 'de', pages: 1, n: 1 }, tags: ['x'], via: 'client' });
    assert.deepEqual(p1.vector, { dense: [5, 5], title: [1, 0, 0] });
    assert.deepEqual(p2.payload, { only: 1 });
    assert.deepEqual(p2.vector, { dense: [2, 1] });
    assert.deepEqual(p3.payload, { doc: 'b', meta: { lang: 'de', pages: 3 }, b: 1 });
    assert.equal((await c.count('docs')).count, 3);
    await assert.rejects(
      c.setPayload('docs', { payload: { a: 1 }, points: [77] }),
      (err: { status?: number; data?: { status?: { error?: string } } }) =>
        err.status === 404 && err.data?.status?.error === 'Not found: No point with id 77 found',
    );
  });

  it('a replaced or deleted payload is erased from every file within the erasure bound', async () => {
    const secret = `Erika Mustermann ${Date.now()}`;
    await h.ok('POST', '/collections/docs/points/payload?wait=true', { payload: { name: secret }, points: [1, 2, 3] });
    h.store.collection('docs').checkpoint(); // in the image too, not only the WAL
    assert.ok(filesHolding(h.tmp.dir, secret).length > 0, 'the test can see the marker on disk');
    await h.ok('PUT', '/collections/docs/points/payload', { payload: { name: 'x' }, points: [1] });
    await h.ok('POST', '/collections/docs/points/payload/delete', { keys: ['name'], points: [2] });
    await h.ok('POST', '/collections/docs/points/payload/clear', { filter: { must: [{ has_id: [3] }] } });
    await new Promise((r) => setTimeout(r, 50));
    const deadline = Date.now() + 500;
    while (filesHolding(h.tmp.dir, secret).length > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(filesHolding(h.tmp.dir, secret), []);
  });

  it('acknowledged updates and alias changes survive a SIGKILL of `ragwire store` (replayed from the WAL, twice the same)', async () => {
    const dir = tempDir();
    try {
      const proc = await startStoreProcess(['--path', dir.dir]);
      try {
        const c = new QdrantClient({ url: proc.url, checkCompatibility: false });
        await c.createCollection('kill', {
          vectors: { a: { size: 2, distance: 'Dot' }, b: { size: 2, distance: 'Dot' } },
        });
        await c.upsert('kill', {
          wait: true,
          points: [1, 2, 3].map((id) => ({ id, vector: { a: [id, 0], b: [0, id] }, payload: { n: id } })),
        });
        await c.setPayload('kill', { payload: { set: true }, points: [1], wait: true });
        await c.overwritePayload('kill', { payload: { only: 2 }, points: [2], wait: true });
        await c.updateVectors('kill', { points: [{ id: 3, vector: { a: [7, 7] } }], wait: true });
        await c.deleteVectors('kill', { points: [3], vector: ['b'], wait: true });
        await c.batchUpdate('kill', {
          operations: [{ delete_payload: { keys: ['n'], points: [1] } }, { clear_payload: { points: [3] } }],
          wait: true,
        });
        await c.updateCollectionAliases({ actions: [{ create_alias: { collection_name: 'kill', alias_name: 'k' } }] });
      } finally {
        await proc.stop('SIGKILL');
      }
      for (let open = 0; open < 2; open++) {
        const store = EmbeddedStore.open({ path: dir.dir, fsync: false });
        try {
          const k = store.collection('k');
          assert.deepEqual(k.get(1)?.payload, { set: true });
          assert.deepEqual(k.get(2)?.payload, { only: 2 });
          assert.deepEqual(k.get(3)?.payload, {});
          assert.deepEqual([...(k.get(3)?.vectors.entries() ?? [])], [['a', Float32Array.from([7, 7])]]);
          assert.deepEqual(k.get(1)?.vectors.get('b'), Float32Array.from([0, 1]));
        } finally {
          store.close();
        }
      }
    } finally {
      dir.remove();
    }
  });
});
