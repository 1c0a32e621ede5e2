import { parentPort } from 'node:worker_threads';
import { runScanJob, type ScanJob } from './scan-job.js';
import { bindKernels, kernelModule, type Kernels } from './simd-kernel.js';

/**
 * A scan worker: scores rows of shared memories for the event loop (see ScanPool). It keeps the
 * kernels bound to the memories it has seen, the most recent first, so a dropped collection's
 * memory is released once enough others have been used.
 */
const KEEP = 32;
const bound = new Map<number, Kernels>();

parentPort?.on('message', (job: ScanJob) => {
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
    parentPort?.postMessage({ id: job.id, result: runScanJob(job, kernels) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: String((err as Error)?.message ?? err) });
  }
});
