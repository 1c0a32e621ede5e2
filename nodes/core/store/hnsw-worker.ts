import { parentPort } from 'node:worker_threads';
import { DONE, type GraphBuffers, GraphWalker, NEXT } from './hnsw-graph.js';
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
  to: number;
}

/**
 * An HNSW build worker: inserts nodes into the shared graph while other workers do the same, so a
 * build uses every core and never runs on the event loop.
 */
parentPort?.on('message', (job: BuildJob) => {
  try {
    const module = kernelModule();
    if (!module) throw new Error('WebAssembly SIMD is not available in this worker');
    const kernels = bindKernels(module, job.memory);
    const measure = new KernelMeasure(kernels, job.memory, job.distance, job.stride, job.base, job.outAt);
    const g = job.graph;
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
    parentPort?.postMessage({ done: true });
  } catch (err) {
    parentPort?.postMessage({ error: String((err as Error)?.message ?? err) });
  }
});
