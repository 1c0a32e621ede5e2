import { parentPort } from 'node:worker_threads';
import {
  type BuildCheck,
  DONE,
  type GraphBuffers,
  GraphWalker,
  NEXT,
  RUNNING,
  unreachableNodes,
} from './hnsw-graph.js';
import { KernelMeasure } from './hnsw-measure.js';
import { bindKernels, kernelModule, type WasmMemory } from './simd-kernel.js';
import type { Distance } from './types.js';

/** One share of a build: insert nodes [NEXT, to) taken one at a time from the shared counter. */
export interface BuildJob {
  graph: GraphBuffers;
  memory: WasmMemory;
  distance: Distance;
  /** Bytes per row and byte offset of row 0 in the row memory. */
  stride: number;
  base: number;
  /** This worker's scratch float in the row memory. */
  outAt: number;
  /** The build's nodes are [from, to). */
  from: number;
  to: number;
}

/** New nodes the check after a build searches for by their own vector. */
const CHECK_SAMPLE = 500;
/** Rounds of repair (a forced link may cut another node off, which the next round reconnects). */
const REPAIR_ROUNDS = 3;

/**
 * The check after a build (defence in depth: a build must leave every node reachable): finds live
 * nodes the entry point cannot reach and gives them in-links, then searches a sample of the new
 * nodes by their own vectors and reconnects those not returned.
 */
export function checkBuild(walker: GraphWalker, measure: KernelMeasure, from: number, to: number): BuildCheck {
  const g = walker.g;
  let lost = unreachableNodes(g);
  const check: BuildCheck = {
    unreachable: lost.length,
    unreachableAfterRepair: 0,
    sampled: 0,
    notFound: 0,
    repaired: 0,
  };
  const reconnect = (node: number) => {
    measure.queryRow(g.nodeRow[node]);
    if (walker.reconnect(node)) check.repaired++;
  };
  for (let round = 0; round < REPAIR_ROUNDS && lost.length > 0; round++) {
    for (const node of lost) reconnect(node);
    lost = unreachableNodes(g);
  }
  const step = Math.max(1, Math.floor((to - from) / CHECK_SAMPLE));
  for (let node = from; node < to; node += step) {
    const row = g.nodeRow[node];
    if (row < 0) continue;
    check.sampled++;
    measure.queryRow(row);
    if (walker.search(g.efConstruct).nodes.includes(node)) continue;
    check.notFound++;
    reconnect(node);
  }
  check.unreachableAfterRepair = unreachableNodes(g).length;
  return check;
}

/**
 * An HNSW build worker: inserts nodes into the shared graph while other workers do the same, so a
 * build uses every core and never runs on the event loop. The last worker to finish checks the graph.
 */
parentPort?.on('message', (job: BuildJob) => {
  try {
    const module = kernelModule();
    if (!module) throw new Error('WebAssembly SIMD is not available in this worker');
    const kernels = bindKernels(module, job.memory);
    const measure = new KernelMeasure(kernels, job.memory, job.distance, job.stride, job.base, job.outAt);
    const g: GraphBuffers = job.graph;
    const walker = new GraphWalker(g, measure, true);
    for (;;) {
      const node = Atomics.add(g.header, NEXT, 1);
      if (node >= job.to) break;
      const row = g.nodeRow[node];
      if (row >= 0) {
        measure.queryRow(row);
        walker.insert(node);
      }
      Atomics.add(g.header, DONE, 1);
    }
    const last = Atomics.sub(g.header, RUNNING, 1) === 1;
    const check = last ? checkBuild(walker, measure, job.from, job.to) : undefined;
    parentPort?.postMessage({ done: true, check });
  } catch (err) {
    parentPort?.postMessage({ error: String((err as Error)?.message ?? err) });
  }
});
