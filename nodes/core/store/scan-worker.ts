import { parentPort } from 'node:worker_threads';
import { runScanJobs, type ScanJob } from './scan-job.js';
import { bindKernels, kernelModule, type Kernels } from './simd-kernel.js';

/**
 * A scan worker: scores rows of shared memories for the event loop (see ScanPool). It keeps the
 * kernels bound to the memories it has seen, the most recent first, so a dropped collection's
 * memory is released once enough others have been used.
 */
const KEEP = 32;
const bound = new Map<number, Kernels>();

/** A batch of jobs over one memory (see ScanPool). */
parentPort?.on('message', (jobs: ScanJob[]) => {
  const job = jobs[0];
  try {
    let kernels = bound.get(job.memoryId);
    if (kernels) bound.delete(job.memoryId);
    else {
      const module = kernelModule();
      if (!module) throw new Error('WebAssembly SIMD is not available in this worker');
      kernels = bindKernels(module, job.memory);
    }
    bound.set(job.memoryId, kernels);
    if (bound.size > KEEP) bound.delete(bound.keys().next().value as number);
    const results = runScanJobs(jobs, kernels);
    parentPort?.postMessage(jobs.map((j, i) => ({ id: j.id, result: results[i] })));
  } catch (err) {
    parentPort?.postMessage(jobs.map((j) => ({ id: j.id, error: String((err as Error)?.message ?? err) })));
  }
});
