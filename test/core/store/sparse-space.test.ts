import assert from 'node:assert/strict';
import { idf, parseSparseVector, SparseSpace } from '../../../nodes/core/store/sparse-space.js';
import type { SparseVector } from '../../../nodes/core/store/types.js';

/** Deterministic pseudo-random numbers. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

function vector(next: (n: number) => number, dims: number): SparseVector {
  const chosen = new Set<number>();
  const size = 1 + next(12);
  while (chosen.size < size) chosen.add(next(dims));
  const indices = [...chosen].sort((a, b) => a - b);
  return { indices: Uint32Array.from(indices), values: Float32Array.from(indices.map(() => (1 + next(100)) / 10)) };
}

/** What the inverted index must answer, computed from the vectors by brute force. */
function expected(rows: (SparseVector | undefined)[], query: SparseVector, useIdf: boolean): Map<number, number> {
  const stored = rows.filter((v) => v !== undefined);
  const out = new Map<number, number>();
  rows.forEach((v, row) => {
    if (!v) return;
    let score = 0;
    let shared = false;
    query.indices.forEach((dim, i) => {
      const at = v.indices.indexOf(dim);
      if (at < 0) return;
      shared = true;
      const df = stored.filter((s) => s.indices.includes(dim)).length;
      score += query.values[i] * (useIdf ? idf(stored.length, df) : 1) * v.values[at];
    });
    if (shared) out.set(row, score);
  });
  return out;
}

describe('embedded store: the sparse inverted index', () => {
  it('answers as a brute-force scan through upserts, replacements, deletes (rows moving) and compactions', () => {
    const next = random(7);
    const space = new SparseSpace({ modifier: 'idf' });
    const model: (SparseVector | undefined)[] = [];
    // Row-dense as Collection keeps it: a delete moves the last row into the gap.
    for (let step = 0; step < 6000; step++) {
      const op = next(10);
      if (op < 5 || model.length < 10) {
        const v = next(5) === 0 ? undefined : vector(next, 60);
        space.set(model.length, v);
        model.push(v);
      } else if (op < 7) {
        const row = next(model.length);
        const v = vector(next, 60);
        space.set(row, v);
        model[row] = v;
      } else {
        const row = next(model.length);
        const last = model.length - 1;
        if (row !== last) {
          space.move(last, row);
          model[row] = model[last];
        }
        space.truncate(last);
        model.pop();
      }
      if (step % 500 === 0 || step === 5999) {
        const query = vector(next, 60);
        const got = new Map<number, number>();
        space.scan(query, (row, score) => got.set(row, score));
        const want = expected(model, query, true);
        assert.deepEqual(
          [...got.keys()].sort((a, b) => a - b),
          [...want.keys()].sort((a, b) => a - b),
          `step ${step}`,
        );
        for (const [row, score] of want)
          assert.ok(Math.abs((got.get(row) as number) - score) < 1e-4 * Math.max(1, score));
        assert.equal(space.count, model.filter((v) => v).length);
        model.forEach((v, row) => assert.equal(space.get(row), v));
      }
    }
  });

  it('reads {indices, values} as Qdrant takes them: sorted on the way in, u32 indices, finite float32 values', () => {
    const v = parseSparseVector({ indices: [9, 2, 5], values: [0.9, 0.2, 0.5] }, 'v');
    assert.deepEqual(Array.from(v.indices), [2, 5, 9]);
    assert.deepEqual(Array.from(v.values), [0.2, 0.5, 0.9].map(Math.fround));
    assert.throws(() => parseSparseVector({ indices: [-1], values: [1] }, 'v'), /v\.indices\[0\]/);
    assert.throws(() => parseSparseVector({ indices: [2 ** 32], values: [1] }, 'v'), /unsigned 32-bit/);
    assert.throws(() => parseSparseVector({ indices: [1], values: [1e39] }, 'v'), /v\.values\[0\]/);
    assert.throws(() => parseSparseVector({ indices: [1] }, 'v'), /missing field `values`/);
  });
});
