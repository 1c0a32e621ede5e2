import assert from 'node:assert/strict';
import { REWRITE_SLICE_POINTS } from '../../../nodes/core/store/point-updates.js';
import type { PointInput } from '../../../nodes/core/store/types.js';
import { StoreHarness } from './store-harness.js';

const POINTS = 5_000;
const DIM = 32;

describe('embedded store: updates by filter copy and write the selected points a slice at a time', function () {
  this.timeout(120_000);
  let h: StoreHarness;
  let upserts: number[];

  beforeEach(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('docs', {
      vectors: { a: { size: DIM, distance: 'Dot' }, b: { size: DIM, distance: 'Dot' } },
    });
    for (let start = 0; start < POINTS; start += 1000) {
      const points = Array.from({ length: 1000 }, (_, k) => ({
        id: start + k,
        vector: { a: Array.from({ length: DIM }, (_, d) => start + k + d), b: Array.from({ length: DIM }, () => 1) },
        payload: { n: start + k, kind: 'chunk' },
      }));
      await h.client.upsert('docs', { points, wait: true });
    }
    // Every point the update copies reaches the collection through upsert: the size of each call
    // is what the update holds in memory at once.
    const c = h.store.collection('docs');
    const original = c.upsert.bind(c);
    upserts = [];
    c.upsert = (points: PointInput[]) => {
      upserts.push(points.length);
      return original(points);
    };
  });
  afterEach(async () => h.stop());

  const all = async () =>
    (
      (await h.ok('POST', '/collections/docs/points/scroll', {
        limit: POINTS + 1,
        with_payload: true,
        with_vector: true,
      })) as { points: { id: number; payload: Record<string, unknown>; vector: Record<string, number[]> }[] }
    ).points;

  it('set_payload with an empty filter: every point changed, at most REWRITE_SLICE_POINTS copied at once', async () => {
    await h.ok('POST', '/collections/docs/points/payload?wait=true', { payload: { reviewed: true }, filter: {} });
    assert.ok(Math.max(...upserts) <= REWRITE_SLICE_POINTS, `slices of ${upserts.join(', ')}`);
    assert.equal(
      upserts.reduce((a, b) => a + b, 0),
      POINTS,
    );
    const points = await all();
    assert.equal(points.length, POINTS);
    for (const p of points) {
      assert.deepEqual(p.payload, { n: p.id, kind: 'chunk', reviewed: true });
      assert.equal(p.vector.a[1], p.id + 1);
    }
  });

  it('delete_vectors by filter: sliced the same way, the other vector and the payload kept', async () => {
    await h.ok('POST', '/collections/docs/points/vectors/delete?wait=true', {
      vector: ['b'],
      filter: { must: [{ key: 'kind', match: { value: 'chunk' } }] },
    });
    assert.ok(Math.max(...upserts) <= REWRITE_SLICE_POINTS, `slices of ${upserts.join(', ')}`);
    assert.ok(upserts.length >= Math.ceil(POINTS / REWRITE_SLICE_POINTS));
    const points = await all();
    for (const p of points) {
      assert.deepEqual(Object.keys(p.vector), ['a']);
      assert.equal(p.vector.a[0], p.id);
      assert.equal(p.payload.n, p.id);
    }
  });

  it('listed ids that do not all exist: 404 and nothing changed', async () => {
    const r = await h.call('POST', '/collections/docs/points/payload?wait=true', {
      payload: { reviewed: true },
      points: [1, 2, POINTS + 7],
    });
    assert.equal(r.status, 404, r.text);
    assert.deepEqual(upserts, []);
  });
});
