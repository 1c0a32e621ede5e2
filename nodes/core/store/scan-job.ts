import { CHUNK_ROWS } from './row-memory.js';
import type { KernelName, Kernels } from './simd-kernel.js';
import { TopK } from './top-k.js';

/**
 * One unfiltered scan, as the event loop hands it to a worker thread: everything the worker
 * needs to score rows [0, rows) of a shared memory and keep the k best, with no access to
 * the collection itself.
 */
export interface ScanJob {
  id: number;
  /** Identifies the memory across jobs, so a worker binds the kernels to it once. */
  memoryId: number;
  memory: WebAssembly.Memory;
  present: Uint8Array;
  kernel: KernelName;
  /** Bytes per row, byte offset of row 0, and of the int8 tail within a row. */
  stride: number;
  base: number;
  tail: number;
  /** The worker's scratch slot: query bytes go at `queryAt`, scores come out at `scoresAt`. */
  queryAt: number;
  scoresAt: number;
  /** The prepared query, padded: f32 components, or int8 ones for the dot8 kernel. */
  query: Uint8Array;
  rows: number;
  k: number;
  /** How a kernel output becomes goodness (higher is better), see goodness(). */
  mode: 'similarity' | 'sqrt-distance' | 'distance' | 'int8-similarity' | 'int8-distance';
  qScale: number;
  qNorm2: number;
  /** Goodness below this is skipped (a score threshold, float scans only). */
  threshold: number;
}

export interface ScanResult {
  rows: number[];
  goodness: number[];
}

/** Runs a job with kernels bound to its memory; used by the workers (and tests). */
export function runScanJob(job: ScanJob, kernels: Kernels): ScanResult {
  const buffer = job.memory.buffer;
  const bytes = new Uint8Array(buffer);
  const floats = new Float32Array(buffer);
  bytes.set(job.query, job.queryAt);
  const scores = floats.subarray(job.scoresAt / 4, job.scoresAt / 4 + CHUNK_ROWS);
  const fn = kernels[job.kernel];
  const top = new TopK(job.k);
  const { present, mode, qScale, qNorm2, threshold } = job;
  for (let start = 0; start < job.rows; start += CHUNK_ROWS) {
    const n = Math.min(CHUNK_ROWS, job.rows - start);
    fn(job.queryAt, job.base + start * job.stride, job.stride, n, job.scoresAt);
    for (let r = 0; r < n; r++) {
      if (!present[start + r]) continue;
      const raw = scores[r];
      let g: number;
      if (mode === 'similarity') g = raw;
      else if (mode === 'sqrt-distance') g = -Math.sqrt(raw);
      else if (mode === 'distance') g = -raw;
      else if (mode === 'int8-similarity') g = qScale * raw;
      else g = -(qNorm2 + floats[(job.base + (start + r) * job.stride + job.tail) / 4 + 1] - 2 * qScale * raw);
      if (g < threshold || g <= top.threshold) continue;
      top.push(start + r, g);
    }
  }
  const sorted = top.sorted();
  return { rows: sorted.map((e) => e.row), goodness: sorted.map((e) => e.goodness) };
}
