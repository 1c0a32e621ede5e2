import { CHUNK_ROWS } from './row-memory.js';
import type { KernelName, Kernels, WasmMemory } from './simd-kernel.js';
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
  memory: WasmMemory;
  present: Uint8Array;
  kernel: KernelName;
  /** Bytes per row, byte offset of row 0, and of the int8 tail within a row. */
  stride: number;
  base: number;
  tail: number;
  /** The scratch slot the query bytes and scores go to (set when the pool sends the job). */
  slot: number;
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

/** Rows scored per kernel call in a batch: each block of rows is read from memory once, then hit in cache. */
const BLOCK_ROWS = 256;

/**
 * Runs jobs over the same memory together: each block of rows is scored for every job while it is
 * in the CPU cache, so a batch of queries costs little more memory bandwidth than one (the scan is
 * bandwidth-bound). Used by the workers (and tests).
 */
export function runScanJobs(jobs: ScanJob[], kernels: Kernels): ScanResult[] {
  const buffer = jobs[0].memory.buffer;
  const bytes = new Uint8Array(buffer);
  const floats = new Float32Array(buffer);
  const tops = jobs.map((job) => {
    const queryAt = job.slot * (job.stride + CHUNK_ROWS * 4);
    bytes.set(job.query, queryAt);
    return { queryAt, scoresAt: queryAt + job.stride, top: new TopK(job.k) };
  });
  const rows = Math.max(...jobs.map((j) => j.rows));
  for (let start = 0; start < rows; start += BLOCK_ROWS) {
    jobs.forEach((job, j) => {
      const n = Math.min(BLOCK_ROWS, job.rows - start);
      if (n <= 0) return;
      const { queryAt, scoresAt, top } = tops[j];
      kernels[job.kernel](queryAt, job.base + start * job.stride, job.stride, n, scoresAt);
      collect(job, floats, scoresAt / 4, start, n, top);
    });
  }
  return tops.map(({ top }) => {
    const sorted = top.sorted();
    return { rows: sorted.map((e) => e.row), goodness: sorted.map((e) => e.goodness) };
  });
}

/** Turns n kernel outputs (at float index `at`) of rows start.. into goodness and keeps the best. */
function collect(job: ScanJob, floats: Float32Array, at: number, start: number, n: number, top: TopK): void {
  const { present, mode, qScale, qNorm2, threshold } = job;
  for (let r = 0; r < n; r++) {
    if (!present[start + r]) continue;
    const raw = floats[at + r];
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
