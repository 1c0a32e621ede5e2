import assert from 'node:assert/strict';
import { Collection } from '../../../nodes/core/store/collection.js';
import { StoreError } from '../../../nodes/core/store/errors.js';
import { compileFilter } from '../../../nodes/core/store/filter.js';
import type { Distance } from '../../../nodes/core/store/types.js';

/** A small deterministic generator, so failures reproduce. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function reference(distance: Distance, a: number[], b: number[]): number {
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  switch (distance) {
    case 'Cosine':
      return a.reduce((s, x, i) => s + x * b[i], 0) / (norm(a) * norm(b));
    case 'Dot':
      return a.reduce((s, x, i) => s + x * b[i], 0);
    case 'Euclid':
      return Math.sqrt(a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0));
    case 'Manhattan':
      return a.reduce((s, x, i) => s + Math.abs(x - b[i]), 0);
  }
}

function build(distance: Distance, n: number, dim: number, seed = 1) {
  const random = rng(seed);
  const c = new Collection({ vectors: new Map([['', { size: dim, distance }]]), unnamed: true, payloadIndexes: {} });
  const raw = new Map<number, number[]>();
  for (let id = 0; id < n; id++) {
    const v = Array.from({ length: dim }, () => random() * 2 - 1);
    raw.set(id, v);
    c.upsert([{ id, payload: { even: id % 2 === 0, id }, vectors: c.prepareVectors(new Map([['', v]])) }], id + 1);
  }
  return { c, raw, random };
}

describe('in-memory collection: exact search', () => {
  for (const distance of ['Cosine', 'Dot', 'Euclid', 'Manhattan'] as Distance[]) {
    it(`${distance}: same ranking and scores as a reference computation, with filter, offset and threshold`, () => {
      const { c, raw, random } = build(distance, 3000, 16);
      const q = Array.from({ length: 16 }, () => random() * 2 - 1);
      const better =
        distance === 'Euclid' || distance === 'Manhattan'
          ? (a: number, b: number) => a - b
          : (a: number, b: number) => b - a;
      const expected = [...raw]
        .filter(([id]) => id % 2 === 0)
        .map(([id, v]) => ({ id, score: reference(distance, v, q) }))
        .sort((a, b) => better(a.score, b.score));
      const threshold = expected[30].score;
      const hits = c.search({
        using: '',
        vector: q,
        predicate: compileFilter({ must: [{ key: 'even', match: { value: true } }] }),
        limit: 10,
        offset: 5,
        scoreThreshold: threshold,
      });
      assert.deepEqual(
        hits.map((h) => h.record.id),
        expected.slice(5, 15).map((e) => e.id),
      );
      hits.forEach((h, i) => assert.ok(Math.abs(h.score - expected[5 + i].score) < 1e-4));
      const all = c.search({
        using: '',
        vector: q,
        predicate: () => true,
        limit: 1000,
        offset: 0,
        scoreThreshold: threshold,
      });
      assert.ok(
        all.every((h) => better(h.score, threshold) <= 0),
        'no hit is worse than score_threshold',
      );
    });
  }

  it('deleting keeps every remaining point findable with its own vector and payload', () => {
    const { c, raw } = build('Cosine', 2500, 8, 7);
    const doomed = [...raw.keys()].filter((id) => id % 3 === 0);
    assert.equal(c.delete([...doomed, 999999]), doomed.length);
    assert.equal(c.size, 2500 - doomed.length);
    for (const [id, v] of raw) {
      const p = c.get(id);
      if (id % 3 === 0) assert.equal(p, undefined);
      else {
        assert.equal((p?.payload as { id: number }).id, id);
        const [top] = c.search({ using: '', vector: v, predicate: () => true, limit: 1, offset: 0 });
        assert.equal(top.record.id, id);
      }
    }
  });

  it('scroll pages in id order: integers before UUIDs', () => {
    const c = new Collection({
      vectors: new Map([['', { size: 2, distance: 'Dot' }]]),
      unnamed: true,
      payloadIndexes: {},
    });
    const ids = [5, 'ffffffff-0000-0000-0000-000000000000', 1, '00000000-0000-0000-0000-000000000001', 3];
    c.upsert(
      ids.map((id) => ({ id, payload: null, vectors: c.prepareVectors(new Map([['', [1, 1]]])) })),
      1,
    );
    const first = c.scroll(() => true, 2);
    assert.deepEqual(
      first.points.map((p) => p.id),
      [1, 3],
    );
    assert.equal(first.next, 5);
    const second = c.scroll(() => true, 10, first.next ?? undefined);
    assert.deepEqual(
      second.points.map((p) => p.id),
      [5, '00000000-0000-0000-0000-000000000001', 'ffffffff-0000-0000-0000-000000000000'],
    );
    assert.equal(second.next, null);
  });

  it('refuses wrong dimensions and unknown vector names before changing anything', () => {
    const c = new Collection({
      vectors: new Map([
        ['text', { size: 3, distance: 'Cosine' }],
        ['image', { size: 2, distance: 'Dot' }],
      ]),
      unnamed: false,
      payloadIndexes: {},
    });
    assert.throws(
      () => c.prepareVectors(new Map([['text', [1, 2]]])),
      (e: unknown) => e instanceof StoreError && e.status === 400 && /expected dim: 3, got 2/.test(e.message),
    );
    assert.throws(() => c.prepareVectors(new Map([['audio', [1]]])), /Not existing vector name/);
    c.upsert([{ id: 1, payload: null, vectors: c.prepareVectors(new Map([['image', [1, 0]]])) }], 1);
    assert.equal(
      c.search({ using: 'text', vector: [1, 0, 0], predicate: () => true, limit: 5, offset: 0 }).length,
      0,
      'a point without the named vector is not a text hit',
    );
    assert.equal(c.search({ using: 'image', vector: [1, 0], predicate: () => true, limit: 5, offset: 0 }).length, 1);
  });

  it('refuses NaN, infinite and out-of-float32-range components with 400, naming the point and the vector', () => {
    const c = new Collection({
      vectors: new Map([['text', { size: 3, distance: 'Cosine' }]]),
      unnamed: false,
      payloadIndexes: {},
    });
    for (const bad of [NaN, Infinity, -Infinity, 1e39]) {
      assert.throws(
        () => c.preparePoints([{ id: 7, payload: null, vectors: new Map([['text', [1, bad, 0]]]) }]),
        (e: unknown) =>
          e instanceof StoreError && e.status === 400 && /points\[0\] \(id 7\): vector "text"\[1\]/.test(e.message),
        String(bad),
      );
    }
    assert.throws(
      () => c.search({ using: 'text', vector: [NaN, 0, 0], predicate: () => true, limit: 1, offset: 0 }),
      (e: unknown) => e instanceof StoreError && e.status === 400,
    );
    assert.equal(c.size, 0);
  });
});
