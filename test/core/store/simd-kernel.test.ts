import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Collection, type ScoredPoint } from '../../../nodes/core/store/collection.js';
import * as kernel from '../../../nodes/core/store/simd-kernel.js';
import type { ScanKernel } from '../../../nodes/core/store/vector-space.js';
import type { Distance } from '../../../nodes/core/store/types.js';

const DISTANCES: Distance[] = ['Cosine', 'Dot', 'Euclid', 'Manhattan'];

function collection(distance: Distance, dim: number): Collection {
  return new Collection({ vectors: new Map([['', { size: dim, distance }]]), unnamed: true, payloadIndexes: {} });
}

function search(c: Collection, vector: number[], limit: number, kernel: ScanKernel): ScoredPoint[] {
  return c.search({ using: '', vector, predicate: () => true, limit, offset: 0, kernel });
}

/** Same ids in the same order, scores equal up to float32 summation order. */
function assertSameTop(simd: ScoredPoint[], plain: ScoredPoint[], what: string): void {
  assert.deepEqual(
    simd.map((h) => h.record.id),
    plain.map((h) => h.record.id),
    what,
  );
  simd.forEach((h, i) =>
    assert.ok(
      Math.abs(h.score - plain[i].score) <= 1e-4 * Math.max(1, Math.abs(plain[i].score)),
      `${what}: score ${i}`,
    ),
  );
}

describe('embedded store: the WebAssembly SIMD scan kernel', () => {
  it('is the default scan on this runtime (WebAssembly SIMD and shared memory present)', () => {
    const c = collection('Dot', 5);
    assert.notEqual(c.space('').rows.kernels, null);
    assert.notEqual(c.space('').rows.memory, null);
  });

  it('gives the same top-k as the plain scan for every distance, over dimensions that are not multiples of 4, with deletes and updates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DISTANCES),
        fc.integer({ min: 1, max: 70 }).filter((d) => d % 4 !== 0),
        fc.integer({ min: 1, max: 1300 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer(),
        (distance, dim, n, limit, seed) => {
          let s = seed >>> 0;
          const random = () => {
            s = (s * 1664525 + 1013904223) >>> 0;
            return s / 2 ** 32 - 0.5;
          };
          const vec = () => Array.from({ length: dim }, random);
          const c = collection(distance, dim);
          for (let start = 0; start < n; start += 500) {
            const points = [];
            for (let id = start; id < Math.min(n, start + 500); id++)
              points.push({ id, payload: null, vectors: c.prepareVectors(new Map([['', vec()]])) });
            c.upsert(points, 1);
          }
          // Deletes move the last row into the gap; updates overwrite rows in place.
          c.delete(Array.from({ length: Math.floor(n / 5) }, (_, i) => i * 3));
          for (let id = 1; id < n; id += 7)
            c.upsert([{ id, payload: null, vectors: c.prepareVectors(new Map([['', vec()]])) }], 2);
          const query = vec();
          const simd = search(c, query, limit, 'simd');
          const plain = search(c, query, limit, 'plain');
          assertSameTop(simd, plain, `${distance} dim ${dim} n ${n}`);
          for (const h of simd) assert.ok(c.has(h.record.id));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reflects deletes and updates: a deleted point never comes back, an updated one is found at its new place', () => {
    for (const distance of DISTANCES) {
      const dim = 13;
      const c = collection(distance, dim);
      // Points on a circle, 0.002 rad apart: every distance ranks the same point nearest.
      const at = (x: number) =>
        Array.from({ length: dim }, (_, i) => (i === 0 ? Math.cos(x) : i === 1 ? Math.sin(x) : 0));
      for (let id = 0; id < 3000; id++)
        c.upsert([{ id, payload: null, vectors: c.prepareVectors(new Map([['', at(id * 0.002)]])) }], 1);
      const target = at(1500 * 0.002);
      assert.equal(search(c, target, 1, 'simd')[0].record.id, 1500, distance);
      c.delete([1500]);
      const after = search(c, target, 3, 'simd').map((h) => h.record.id);
      assert.ok(!after.includes(1500), `${distance}: deleted point returned`);
      assertSameTop(search(c, target, 3, 'simd'), search(c, target, 3, 'plain'), distance);
      c.upsert([{ id: 7, payload: null, vectors: c.prepareVectors(new Map([['', target]])) }], 2);
      assert.equal(search(c, target, 1, 'simd')[0].record.id, 7, `${distance}: updated point`);
    }
  });

  it('keeps named vectors apart and skips points without the searched vector', () => {
    const c = new Collection({
      vectors: new Map([
        ['a', { size: 3, distance: 'Dot' }],
        ['b', { size: 9, distance: 'Euclid' }],
      ]),
      unnamed: false,
      payloadIndexes: {},
    });
    c.upsert([{ id: 1, payload: null, vectors: c.prepareVectors(new Map([['a', [1, 0, 0]]])) }], 1);
    c.upsert(
      [
        {
          id: 2,
          payload: null,
          vectors: c.prepareVectors(
            new Map([
              ['a', [0, 1, 0]],
              ['b', new Array(9).fill(1)],
            ]),
          ),
        },
      ],
      1,
    );
    const hitsB = c.search({ using: 'b', vector: new Array(9).fill(1), predicate: () => true, limit: 5, offset: 0 });
    assert.deepEqual(
      hitsB.map((h) => [h.record.id, h.score]),
      [[2, 0]],
    );
    const hitsA = c.search({ using: 'a', vector: [1, 0, 0], predicate: () => true, limit: 5, offset: 0 });
    assert.deepEqual(
      hitsA.map((h) => [h.record.id, h.score]),
      [
        [1, 1],
        [2, 0],
      ],
    );
  });

  it('without shared WebAssembly memory (e.g. address space used up) keeps the rows in a plain buffer and scans in JavaScript', async () => {
    const real = kernel.sharedMemory;
    (kernel as { sharedMemory: typeof real }).sharedMemory = () => null;
    let c: Collection;
    try {
      c = new Collection({
        vectors: new Map([['', { size: 7, distance: 'Euclid' }]]),
        unnamed: true,
        payloadIndexes: {},
        quantization: { scalar: { type: 'int8' } },
      });
    } finally {
      (kernel as { sharedMemory: typeof real }).sharedMemory = real;
    }
    assert.equal(c.space('').rows.memory, null);
    assert.equal(c.space('').isQuantized, false);
    const vec = (i: number) => Array.from({ length: 7 }, (_, d) => Math.sin(i * 7 + d));
    for (let start = 0; start < 6000; start += 1000)
      c.upsert(
        Array.from({ length: 1000 }, (_, j) => ({
          id: start + j,
          payload: null,
          vectors: c.prepareVectors(new Map([['', vec(start + j)]])),
        })),
        1,
      );
    c.delete([5, 6, 7]);
    const hits = await c.searchAsync({ using: '', vector: vec(4321), predicate: () => true, limit: 3, offset: 0 });
    assert.equal(hits[0].record.id, 4321);
    assert.equal(hits[0].score, 0);
    assert.deepEqual(hits, search(c, vec(4321), 3, 'plain'));
  });
});
