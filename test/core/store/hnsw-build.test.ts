import assert from 'node:assert/strict';
import { Collection } from '../../../nodes/core/store/collection.js';
import { type GraphBuffers, NODES, unreachableNodes } from '../../../nodes/core/store/hnsw-graph.js';
import type { HnswIndex } from '../../../nodes/core/store/hnsw-index.js';
import { clusteredVectors } from '../../support/clustered-vectors.js';
import { indexed } from './hnsw-support.js';

const DIM = 64;

function collection(threads: number, m = 16): Collection {
  const c = new Collection({
    vectors: new Map([['', { size: DIM, distance: 'Cosine' }]]),
    unnamed: true,
    payloadIndexes: {},
    settings: {
      hnsw_config: { m, ef_construct: 100, full_scan_threshold: 10, max_indexing_threads: threads },
      optimizers_config: { indexing_threshold: 1 },
    },
  });
  c.enableHnsw();
  return c;
}

function load(c: Collection, data: Float32Array, from: number, to: number): void {
  for (let start = from; start < to; start += 1000) {
    const points = [];
    for (let i = start; i < Math.min(to, start + 1000); i++)
      points.push({
        id: i,
        payload: null,
        vectors: c.prepareVectors(new Map([['', data.subarray(i * DIM, (i + 1) * DIM)]])),
      });
    c.upsert(points, 1);
  }
}

async function built(
  threads: number,
  data: Float32Array,
  n: number,
  m = 16,
): Promise<{ c: Collection; index: HnswIndex }> {
  const c = collection(threads, m);
  load(c, data, 0, n);
  await indexed(() => c.indexes.state());
  return { c, index: c.indexes.of('') as HnswIndex };
}

/** Nodes (every `step`-th) that a search for their own vector does not return among the first 10. */
function notFoundByOwnVector(index: HnswIndex, data: Float32Array, step: number): number[] {
  const g = index.graph as GraphBuffers;
  const missed: number[] = [];
  for (let node = 0; node < g.header[NODES]; node += step) {
    const row = g.nodeRow[node];
    const hits = index.search(data.subarray(row * DIM, (row + 1) * DIM), 10, 100);
    if (!hits.some((h) => h.row === row)) missed.push(node);
  }
  return missed;
}

describe('embedded store: HNSW build', function () {
  this.timeout(300_000);
  // Small, well separated clusters (40 points each): the shape that cuts nodes off when
  // insertions on parallel workers overwrite each other's links.
  const N = 20_000;
  const data = clusteredVectors(N + 1, DIM, { clusters: 500, seed: 23 });

  it('a parallel build leaves every node reachable from the entry point and found by its own vector', async () => {
    const { c, index } = await built(0, data, N);
    const check = index.lastCheck;
    assert.ok(check, 'the last build worker checked the graph');
    // Before any repair: the insertions themselves must not cut nodes off.
    assert.equal(check.unreachable, 0, `unreachable after the build: ${JSON.stringify(check)}`);
    assert.equal(check.sampled, 500);
    assert.equal(unreachableNodes(index.graph as GraphBuffers).length, 0);
    const missed = notFoundByOwnVector(index, data, 10);
    assert.ok(missed.length <= 2, `${missed.length} of ${N / 10} nodes not found by their own vector`);
    c.indexes.close();
  });

  it('pruning never cuts a node off: one worker, m 4 (the heuristic alone left 75 of 20,000 nodes unreachable)', async () => {
    const few = clusteredVectors(N, DIM, { clusters: 200, seed: 11 });
    const { c, index } = await built(1, few, N, 4);
    assert.equal(index.lastCheck?.unreachable, 0, JSON.stringify(index.lastCheck));
    assert.equal(unreachableNodes(index.graph as GraphBuffers).length, 0);
    c.indexes.close();
  });

  it('levels are drawn from a seed: one worker builds the same graph twice', async () => {
    const a = await built(1, data, 5000);
    const b = await built(1, data, 5000);
    const ga = a.index.graph as GraphBuffers;
    const gb = b.index.graph as GraphBuffers;
    assert.equal(ga.header[NODES], 5000);
    assert.deepEqual(ga.levels.subarray(0, 5000), gb.levels.subarray(0, 5000));
    assert.ok(ga.levels.subarray(0, 5000).some((l) => l > 0));
    assert.deepEqual(ga.links0.subarray(0, 5000 * (ga.m0 + 1)), gb.links0.subarray(0, 5000 * (gb.m0 + 1)));
    a.c.indexes.close();
    b.c.indexes.close();
  });

  it('the check after a build reconnects a node nothing links to', async () => {
    const { c, index } = await built(0, data, 5000);
    const g = index.graph as GraphBuffers;
    // Cut node 1234 off: remove it from every list at every level.
    const victim = 1234;
    const cut = (list: Int32Array, at: number, cap: number) => {
      const n = Math.min(list[at], cap);
      let kept = 0;
      for (let i = 1; i <= n; i++) if (list[at + i] !== victim) list[at + 1 + kept++] = list[at + i];
      list[at] = kept;
    };
    for (let node = 0; node < 5000; node++) {
      cut(g.links0, node * (g.m0 + 1), g.m0);
      for (let l = 1; l <= g.levels[node]; l++) cut(g.upper, g.upperAt[node] + (l - 1) * (g.m + 1), g.m);
    }
    assert.deepEqual(unreachableNodes(g), [victim]);
    const own = data.subarray(victim * DIM, (victim + 1) * DIM);
    // The next build (one new point) finds it and gives it in-links.
    load(c, data, 5000, 5001);
    await indexed(() => c.indexes.state());
    assert.equal(index.lastCheck?.unreachable, 1);
    assert.equal(index.lastCheck?.unreachableAfterRepair, 0);
    assert.ok((index.lastCheck?.repaired ?? 0) >= 1);
    assert.deepEqual(unreachableNodes(index.graph as GraphBuffers), []);
    assert.equal(index.search(own, 1, 100)[0].row, victim);
    c.indexes.close();
  });
});
