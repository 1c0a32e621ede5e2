import type { Measure } from './hnsw-graph.js';
import type { KernelFn, Kernels, WasmMemory } from './simd-kernel.js';
import type { Distance } from './types.js';

/** Rows scored per gather call: the offsets and the scores both fit in a slot's scores area. */
const MAX_GATHER = 256;
/** Byte offsets, from `outAt`, of the gather offsets and of their scores. */
const OFFSETS_AT = 64;
const GATHERED_AT = OFFSETS_AT + 4 * MAX_GATHER;

/**
 * Distances for the HNSW graph computed by the SIMD kernels, one row per call, straight from the
 * shared row memory: dot product negated for Cosine/Dot (lower is nearer), squared L2 for Euclid,
 * L1 for Manhattan. `outAt` is a scratch area (a slot's scores area) owned by the calling thread.
 */
export class KernelMeasure implements Measure {
  private readonly fn: KernelFn;
  private readonly negate: boolean;
  private readonly out: Float32Array;
  private readonly gather: KernelFn;
  private readonly offsets: Int32Array;
  private readonly gathered: Float32Array;
  /** Byte offset of the query: a row (insertion) or a scratch query area (search). */
  queryAt = 0;

  constructor(
    kernels: Kernels,
    private readonly memory: WasmMemory,
    distance: Distance,
    private readonly stride: number,
    private readonly base: number,
    private readonly outAt: number,
  ) {
    this.fn = distance === 'Euclid' ? kernels.l2 : distance === 'Manhattan' ? kernels.l1 : kernels.dot;
    this.negate = distance === 'Cosine' || distance === 'Dot';
    // A view of the scratch float: shared memory never detaches, so it stays valid as rows grow.
    this.out = new Float32Array(memory.buffer, outAt, 1);
    this.gather = distance === 'Euclid' ? kernels.l2At : distance === 'Manhattan' ? kernels.l1At : kernels.dotAt;
    this.offsets = new Int32Array(memory.buffer, outAt + OFFSETS_AT, MAX_GATHER);
    this.gathered = new Float32Array(memory.buffer, outAt + GATHERED_AT, MAX_GATHER);
  }

  /** Makes row `row` the query (inserting it). */
  queryRow(row: number): void {
    this.queryAt = this.base + row * this.stride;
  }

  /** Copies a prepared query into the scratch area at `at` (padded with zeros) and makes it the query. */
  queryVector(vector: Float32Array, at: number): void {
    const floats = new Float32Array(this.memory.buffer, at, this.stride / 4);
    floats.fill(0);
    floats.set(vector);
    this.queryAt = at;
  }

  toRow(row: number): number {
    this.fn(this.queryAt, this.base + row * this.stride, this.stride, 1, this.outAt);
    return this.negate ? -this.out[0] : this.out[0];
  }

  toRows(rows: Int32Array, n: number, out: Float64Array): void {
    this.gatherFrom(this.queryAt, rows, n, out);
  }

  betweenRows(row: number, rows: Int32Array, n: number, out: Float64Array): void {
    this.gatherFrom(this.base + row * this.stride, rows, n, out);
  }

  /** Scores rows[0..n) against the vector at byte `at` in gather calls (their misses overlap). */
  private gatherFrom(at: number, rows: Int32Array, n: number, out: Float64Array): void {
    const { offsets, gathered, base, stride } = this;
    for (let start = 0; start < n; start += MAX_GATHER) {
      const count = Math.min(MAX_GATHER, n - start);
      for (let i = 0; i < count; i++) offsets[i] = base + rows[start + i] * stride;
      this.gather(at, offsets.byteOffset, stride, count, gathered.byteOffset);
      if (this.negate) for (let i = 0; i < count; i++) out[start + i] = -gathered[i];
      else for (let i = 0; i < count; i++) out[start + i] = gathered[i];
    }
  }

  between(rowA: number, rowB: number): number {
    this.fn(this.base + rowA * this.stride, this.base + rowB * this.stride, this.stride, 1, this.outAt);
    return this.negate ? -this.out[0] : this.out[0];
  }
}

/** The score Qdrant reports for a graph distance (see KernelMeasure). */
export function scoreOf(distance: Distance, dist: number): number {
  if (distance === 'Cosine' || distance === 'Dot') return -dist;
  if (distance === 'Euclid') return Math.sqrt(Math.max(0, dist));
  return dist;
}
