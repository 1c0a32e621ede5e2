import { DiskRows } from './disk-rows.js';
import { QuantizedRows } from './quantized.js';
import type { ScanJob } from './scan-job.js';
import { CHUNK_ROWS, PresenceFlags, RowMemory } from './row-memory.js';
import { FLOAT_STRIDE_ALIGN, type Kernels, type WasmMemory } from './simd-kernel.js';
import type { Distance, VectorParams } from './types.js';

/** Which scan computes the scores: the SIMD kernel (default where available) or plain JavaScript. */
export type ScanKernel = 'simd' | 'plain';

/**
 * The vectors of one (named or unnamed) vector of a collection, stored row by row at a fixed
 * stride (the size rounded up to 8 floats, zero padded) in one shared WebAssembly memory, where the
 * SIMD kernels score them in place. Row numbers are shared with the collection's id and payload columns.
 *
 * With `on_disk` (Qdrant's option) the floats live in a file instead (see DiskRows) and the row
 * memory only holds one chunk of rows at a time, read from the file for a scan or for rescoring:
 * the same kernels score the same bytes, so results are those of the in-memory space. Meant with
 * int8 quantization, whose copy stays in memory and is what a search scans; without it, a search
 * reads every row from the file (correct, slower, on the event loop).
 */
export class VectorSpace {
  readonly size: number;
  readonly distance: Distance;
  /** Floats per row. */
  readonly stride: number;
  readonly rows: RowMemory;
  private data: Float32Array;
  /** 1 where the row has this vector (a point may omit a named vector). */
  private readonly presence = new PresenceFlags();
  /** The int8 copy, when the collection has scalar quantization (see QuantizedRows). */
  private quantized: QuantizedRows | null = null;
  /** The file the floats live in, with `on_disk` (rows [0, CHUNK_ROWS) of `rows` are then scratch). */
  private readonly disk: DiskRows | null;

  constructor(params: VectorParams) {
    this.size = params.size;
    this.distance = params.distance;
    this.stride = Math.ceil(params.size / FLOAT_STRIDE_ALIGN) * FLOAT_STRIDE_ALIGN;
    this.rows = new RowMemory(this.stride * 4);
    this.disk = params.on_disk ? new DiskRows(this.stride * 4) : null;
    if (this.disk) this.rows.ensureRows(CHUNK_ROWS);
    this.data = new Float32Array(this.rows.buffer);
  }

  /** Whether the floats live in a file (`on_disk`). */
  get onDisk(): boolean {
    return this.disk !== null;
  }

  /**
   * On disk: keeps the floats in `file` from now on (emptied first; call before any row is
   * added). Rows added before stay in memory until the next flush.
   */
  useFile(file: string): void {
    this.disk?.attach(file);
  }

  /** On disk: writes the rows held in memory to the file (see DiskRows.flush). */
  flush(): Promise<void> {
    return this.disk ? this.disk.flush() : Promise.resolve();
  }

  flushSync(): void {
    this.disk?.flushSync();
  }

  closeFile(): void {
    this.disk?.close();
  }

  /**
   * Turns the int8 copy on (building it from the first `rows` rows) or off (null). Manhattan
   * distance, and runtimes without the WebAssembly kernels, keep scanning floats.
   */
  setQuantization(quantile: number | null, rows: number): void {
    if (quantile === null || this.distance === 'Manhattan' || !this.rows.kernels) {
      this.quantized = null;
      return;
    }
    const quantized = new QuantizedRows(this.size, quantile);
    for (let row = 0; row < rows; row++) {
      const v = this.view(row);
      if (v) quantized.set(row, v);
    }
    this.quantized = quantized;
  }

  get isQuantized(): boolean {
    return this.quantized !== null;
  }

  /** Presence flags (shared memory), valid until rows are added. */
  get present(): Uint8Array {
    return this.presence.flags;
  }

  /**
   * Cosine vectors are normalised once at insert, as Qdrant does; the score is then a dot product.
   * `into` lets a batch share one allocation (fewer, larger allocations keep RSS close to the data).
   */
  prepare(vector: ArrayLike<number>, into: Float32Array = new Float32Array(this.size)): Float32Array {
    into.set(vector);
    if (this.distance === 'Cosine') normalise(into);
    return into;
  }

  set(row: number, vector: Float32Array | undefined): void {
    this.ensureRows(row + 1);
    if (vector === undefined) {
      this.presence.flags[row] = 0;
      this.disk?.drop(row);
      return;
    }
    if (this.disk) this.disk.set(row, vector);
    else this.data.set(vector, this.offset(row));
    this.presence.flags[row] = 1;
    this.quantized?.set(row, vector);
  }

  /**
   * Copies stored float32 bytes (a decoded batch: `rows.length` vectors back to back from `offset`)
   * into rows `rows`: loading a large image allocates nothing per point.
   */
  copyRows(rows: readonly number[], src: Buffer, offset: number): void {
    const bytes = this.size * 4;
    if (rows.length > 0) this.ensureRows(Math.max(...rows) + 1);
    if (this.disk) return this.copyRowsToDisk(this.disk, rows, src, offset);
    // Uint8Array.set, not Buffer.copy: offsets past 2 GiB must not wrap.
    const view = new Uint8Array(this.data.buffer);
    for (const row of rows) {
      view.set(src.subarray(offset, offset + bytes), this.rows.rowAt(row));
      this.presence.flags[row] = 1;
      offset += bytes;
      if (this.quantized) this.quantized.set(row, this.view(row) as Float32Array);
    }
  }

  /** copyRows for a space on disk: runs of consecutive rows are written to the file in one call. */
  private copyRowsToDisk(disk: DiskRows, rows: readonly number[], src: Buffer, offset: number): void {
    const bytes = this.size * 4;
    const scratch = new Float32Array(this.size);
    const scratchBytes = new Uint8Array(scratch.buffer);
    for (let i = 0; i < rows.length;) {
      let j = i + 1;
      while (j < rows.length && rows[j] === rows[i] + (j - i)) j++;
      const at = offset + i * bytes;
      disk.writeLoaded(rows[i], j - i, src.subarray(at, at + (j - i) * bytes), bytes);
      for (let k = i; k < j; k++) {
        this.presence.flags[rows[k]] = 1;
        if (!this.quantized) continue;
        scratchBytes.set(src.subarray(offset + k * bytes, offset + (k + 1) * bytes));
        this.quantized.set(rows[k], scratch);
      }
      i = j;
    }
  }

  get(row: number): Float32Array | undefined {
    if (!this.presence.flags[row]) return undefined;
    if (this.disk) return this.disk.row(row, this.size).slice();
    const start = this.offset(row);
    return this.data.slice(start, start + this.size);
  }

  /** The stored vector without copying; valid only until the next write. */
  view(row: number): Float32Array | undefined {
    if (!this.presence.flags[row]) return undefined;
    if (this.disk) return this.disk.row(row, this.size);
    const start = this.offset(row);
    return this.data.subarray(start, start + this.size);
  }

  has(row: number): boolean {
    return this.presence.flags[row] === 1;
  }

  /** Moves row `from` onto row `to` (used to keep rows dense when a point is deleted). */
  move(from: number, to: number): void {
    this.ensureRows(Math.max(from, to) + 1);
    if (this.disk) {
      if (this.presence.flags[from]) this.disk.move(from, to, this.size);
      else this.disk.drop(to);
    } else {
      const start = this.offset(from);
      this.data.copyWithin(this.offset(to), start, start + this.stride);
    }
    this.presence.flags[to] = this.presence.flags[from];
    this.presence.flags[from] = 0;
    this.quantized?.move(from, to);
  }

  /** Drops rows at and after `rows` (the memory stays reserved for the next ones). */
  truncate(rows: number): void {
    this.presence.flags.fill(0, rows);
    this.disk?.truncate(rows);
  }

  private offset(row: number): number {
    return this.rows.rowAt(row) / 4; // not >> 2: offsets pass 2 GiB
  }

  private ensureRows(rows: number): void {
    if (this.disk) {
      this.presence.ensure(rows);
      return;
    }
    if (this.rows.ensureRows(rows)) this.data = new Float32Array(this.rows.buffer);
    this.presence.ensure(rows);
  }

  /**
   * Scores every row against `query` (already prepared), calling `visit(row, score)` for rows that
   * have this vector. Scores are Qdrant's: similarity for Cosine/Dot, distance for Euclid/Manhattan.
   */
  scan(
    query: Float32Array,
    rows: number,
    visit: (row: number, score: number) => void,
    kernel: ScanKernel = 'simd',
  ): void {
    const kernels = this.rows.kernels;
    if (kernel === 'plain' || !kernels) return this.scanPlain(query, rows, visit);
    this.scanRange(kernels, 0, query, 0, rows, visit);
  }

  /**
   * The SIMD scan of rows [from, to) using scratch slot `slot`. Scores of a chunk of rows come out
   * of the kernel together; only present rows are visited.
   */
  scanRange(
    kernels: Kernels,
    slot: number,
    query: Float32Array,
    from: number,
    to: number,
    visit: (row: number, score: number) => void,
  ): void {
    const mem = this.rows;
    const data = new Float32Array(mem.buffer);
    const q = mem.queryAt(slot);
    data.fill(0, (q >> 2) + this.size, (q >> 2) + this.stride);
    data.set(query, q >> 2);
    const out = mem.scoresAt(slot);
    const scores = data.subarray(out >> 2, (out >> 2) + CHUNK_ROWS);
    const present = this.presence.flags;
    const fn = this.distance === 'Euclid' ? kernels.l2 : this.distance === 'Manhattan' ? kernels.l1 : kernels.dot;
    const sqrt = this.distance === 'Euclid';
    for (let start = from; start < to; start += CHUNK_ROWS) {
      const n = Math.min(CHUNK_ROWS, to - start);
      fn(q, this.disk ? this.loadChunk(this.disk, start, n) : mem.rowAt(start), mem.stride, n, out);
      for (let r = 0; r < n; r++) {
        if (!present[start + r]) continue;
        visit(start + r, sqrt ? Math.sqrt(scores[r]) : scores[r]);
      }
    }
  }

  /** On disk: reads rows [start, start + n) into the scratch rows; returns the byte offset of the first. */
  private loadChunk(disk: DiskRows, start: number, n: number): number {
    const at = this.rows.rowAt(0);
    disk.read(start, n, new Uint8Array(this.rows.buffer), at);
    return at;
  }

  /**
   * Approximate scores from the int8 copy (goodness order only: higher is better for Cosine/Dot,
   * lower for Euclid), for candidates to be rescored with `score`.
   */
  scanQuantized(query: Float32Array, rows: number, visit: (row: number, approx: number) => void): void {
    if (!this.quantized) throw new Error('this vector has no int8 copy');
    this.quantized.scan(query, rows, this.presence.flags, this.distance === 'Euclid', visit);
  }

  /**
   * Exact scores of some rows (rescoring candidates), computed as the scan computes them, so a
   * rescored hit has the score an exact search gives it.
   */
  scoreRows(query: Float32Array, rows: readonly number[]): number[] {
    const kernels = this.rows.kernels;
    if (!kernels) {
      const scores = new Map<number, number>();
      const wanted = new Set(rows);
      this.scanPlain(query, Math.max(-1, ...rows) + 1, (row, score) => wanted.has(row) && scores.set(row, score));
      return rows.map((row) => scores.get(row) as number);
    }
    return rows.map((row) => {
      let score = NaN;
      this.scanRange(kernels, 0, query, row, row + 1, (_, s) => (score = s));
      return score;
    });
  }

  /**
   * The job a scan worker runs for a search of rows [0, rows): over the int8 copy
   * when `quantized` (k candidates, no threshold), else over the floats. Null without kernels.
   */
  scanJob(
    query: Float32Array,
    rows: number,
    k: number,
    threshold: number,
    quantized: boolean,
    /** The rows a filter selects (shared memory); all that have this vector by default. */
    selected?: Uint8Array,
  ): Omit<ScanJob, 'id' | 'slot'> | null {
    if (!this.rows.kernels) return null;
    // A float scan of a space on disk reads the file: it runs here (see scan).
    if (this.disk && !(quantized && this.quantized)) return null;
    const present = selected ?? this.presence.flags;
    if (quantized && this.quantized) {
      const mem = this.quantized.rows;
      const { bytes, qScale, qNorm2 } = this.quantized.prepareQuery(query);
      const tail = this.quantized.tail;
      const mode = this.distance === 'Euclid' ? 'int8-distance' : 'int8-similarity';
      return {
        memoryId: mem.id,
        memory: mem.memory as WasmMemory,
        present,
        kernel: 'dot8',
        stride: mem.stride,
        base: mem.base,
        tail,
        query: bytes,
        rows,
        k,
        mode,
        qScale,
        qNorm2,
        threshold: -Infinity,
      };
    }
    const mem = this.rows;
    const padded = new Float32Array(this.stride);
    padded.set(query);
    const kernel = this.distance === 'Euclid' ? 'l2' : this.distance === 'Manhattan' ? 'l1' : 'dot';
    const mode =
      this.distance === 'Euclid' ? 'sqrt-distance' : this.distance === 'Manhattan' ? 'distance' : 'similarity';
    return {
      memoryId: mem.id,
      memory: mem.memory as WasmMemory,
      present,
      kernel,
      stride: mem.stride,
      base: mem.base,
      tail: 0,
      query: new Uint8Array(padded.buffer),
      rows,
      k,
      mode,
      qScale: 1,
      qNorm2: 0,
      threshold,
    };
  }

  /** The reference scan in plain JavaScript (and the fallback without WebAssembly SIMD). */
  scanPlain(query: Float32Array, rows: number, visit: (row: number, score: number) => void): void {
    const disk = this.disk;
    if (!disk) return this.scanPlainRange(query, 0, rows, this.rows.base >> 2, visit);
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const n = Math.min(CHUNK_ROWS, rows - start);
      const at = this.loadChunk(disk, start, n);
      this.scanPlainRange(query, start, start + n, (at >> 2) - start * this.stride, visit);
    }
  }

  /** scanPlain of rows [from, to), row r's floats at data[base + r * stride]. */
  private scanPlainRange(
    query: Float32Array,
    from: number,
    rows: number,
    base: number,
    visit: (row: number, score: number) => void,
  ): void {
    const dim = this.size;
    const stride = this.stride;
    const present = this.presence.flags;
    const block = new Float32Array(this.rows.buffer);
    switch (this.distance) {
      case 'Cosine':
      case 'Dot':
        for (let r = from; r < rows; r++) {
          if (!present[r]) continue;
          visit(r, dot(block, base + r * stride, query, dim));
        }
        break;
      case 'Euclid':
        for (let r = from; r < rows; r++) {
          if (!present[r]) continue;
          let s = 0;
          for (let i = 0, o = base + r * stride; i < dim; i++, o++) {
            const d = block[o] - query[i];
            s += d * d;
          }
          visit(r, Math.sqrt(s));
        }
        break;
      case 'Manhattan':
        for (let r = from; r < rows; r++) {
          if (!present[r]) continue;
          let s = 0;
          for (let i = 0, o = base + r * stride; i < dim; i++, o++) s += Math.abs(block[o] - query[i]);
          visit(r, s);
        }
        break;
    }
  }

  /** Higher is better for similarities, lower for distances. */
  get higherIsBetter(): boolean {
    return this.distance === 'Cosine' || this.distance === 'Dot';
  }
}

/** Dot product of query with block[offset...], four partial sums so the CPU can overlap them. */
function dot(block: Float32Array, offset: number, query: Float32Array, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < dim; i += 4) {
    const o = offset + i;
    s0 += block[o] * query[i];
    s1 += block[o + 1] * query[i + 1];
    s2 += block[o + 2] * query[i + 2];
    s3 += block[o + 3] * query[i + 3];
  }
  for (; i < dim; i++) s0 += block[offset + i] * query[i];
  return s0 + s1 + (s2 + s3);
}

/** Index of the first NaN or infinite component (e.g. 1e39 does not fit float32), or -1. */
export function nonFiniteAt(v: Float32Array): number {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return i;
  return -1;
}

export function normalise(v: Float32Array): void {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
  norm = Math.sqrt(norm);
  if (norm === 0) return;
  for (let i = 0; i < v.length; i++) v[i] /= norm;
}
