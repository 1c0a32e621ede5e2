import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeGraphs, writeGraphsInBackground, type SavedGraph } from '../nodes/core/store/hnsw-file.js';
import { allocateGraph, NODES } from '../nodes/core/store/hnsw-graph.js';
import { round } from './support.js';

/**
 * Saving an HNSW graph of N nodes (RAGWIRE_BENCH_GRAPH_N, default 1,000,000; m = 16, UUID point
 * ids) while the store serves: the longest the event loop is held (the gap between 1 ms timers) by
 * the background save, against the synchronous save of the same graph in the same run (the
 * baseline: what every save did before). Three rounds each; the median is reported.
 */
const N = Number(process.env.RAGWIRE_BENCH_GRAPH_N ?? 1_000_000);

async function longestGap(work: () => unknown): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await work();
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  return longest;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function benchStoreGraphSave(): Promise<Record<string, unknown>> {
  const graph = allocateGraph(16, 100, N, 1024);
  graph.header[NODES] = N;
  for (let i = 0; i < graph.links0.length; i++) graph.links0[i] = (i * 7919) % N;
  const ids = Array.from({ length: N }, (_, i) => `6f1c2a9e-1d2b-4c3d-9e8f-${String(i).padStart(12, '0')}`);
  const saved: SavedGraph[] = [
    {
      name: '',
      m: 16,
      efConstruct: 100,
      size: 384,
      distance: 'Cosine',
      graph,
      upperUsed: 0,
      ids,
      versions: new Float64Array(N),
    },
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-graph-save-'));
  try {
    const sync: number[] = [];
    const background: number[] = [];
    for (let round = 0; round < 3; round++) {
      sync.push(await longestGap(() => writeGraphs(path.join(dir, 'sync.bin'), saved)));
      background.push(
        await longestGap(() =>
          writeGraphsInBackground(
            path.join(dir, 'bg.bin'),
            path.join(dir, 'bg.tmp'),
            saved,
            () => true,
            () => false,
          ),
        ),
      );
    }
    const same = fs.readFileSync(path.join(dir, 'sync.bin')).equals(fs.readFileSync(path.join(dir, 'bg.bin')));
    return {
      nodes: N,
      fileMiB: round(fs.statSync(path.join(dir, 'sync.bin')).size / 2 ** 20, 1),
      syncLongestBlockMs: round(median(sync), 0),
      backgroundLongestBlockMs: round(median(background), 0),
      backgroundVsSync: round(median(background) / median(sync), 3),
      sameBytes: same,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
