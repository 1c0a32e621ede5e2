import { availableParallelism } from 'node:os';
import {
  bindKernels,
  kernelModule,
  type Kernels,
  type WasmMemory,
  MAX_PAGES,
  PAGE_BYTES,
  sharedMemory,
} from './simd-kernel.js';
import { wrongInput } from './errors.js';

/** Rows a kernel scores per call: the scores of one chunk fit in a slot's output area. */
export const CHUNK_ROWS = 1024;
/** Most scan workers in a process (see ScanPool). */
export const MAX_SCAN_WORKERS = Math.min(8, availableParallelism());
/** Queries a worker scans together, reading each row once for all of them (see runScanJobs). */
export const SCAN_BATCH = 8;
/** HNSW build workers per index (see HnswIndex); each has a scratch slot after the scan workers'. */
export const MAX_BUILD_WORKERS = MAX_SCAN_WORKERS;
export const FIRST_BUILD_SLOT = 1 + MAX_SCAN_WORKERS * SCAN_BATCH;
/** Scratch slots (query + scores): slot 0 for the event loop, SCAN_BATCH for each worker, one per build worker. */
export const SCAN_SLOTS = FIRST_BUILD_SLOT + MAX_BUILD_WORKERS;

/**
 * Fixed-stride rows in one WebAssembly memory, shared so worker threads can scan them:
 *
 *   slot 0 | slot 1 | ... | rows (stride bytes each)     slot = query (stride bytes) + scores (CHUNK_ROWS f32)
 *
 * The memory grows in place (it is reserved up to 4 GiB), so a query never copies the rows and
 * views taken before a write stay valid. Where WebAssembly SIMD or shared memory is unavailable,
 * the rows live in a plain ArrayBuffer (grown by copying) and only the JavaScript scan is used.
 */
let memoryIds = 0;

export class RowMemory {
  /** Names this memory to the scan workers, which keep kernels bound to it. */
  readonly id = ++memoryIds;
  readonly memory: WasmMemory | null;
  readonly kernels: Kernels | null;
  /** Byte offset of row 0. */
  readonly base: number;
  private plain: ArrayBuffer | null = null;
  private capacity = 0;

  constructor(
    /** Bytes per row (a multiple of 32). */
    readonly stride: number,
  ) {
    const slot = stride + CHUNK_ROWS * 4;
    this.base = Math.ceil((slot * SCAN_SLOTS) / 64) * 64;
    const module = kernelModule();
    this.memory = module ? sharedMemory(Math.ceil(this.base / PAGE_BYTES) || 1) : null;
    this.kernels = module && this.memory ? bindKernels(module, this.memory) : null;
    if (!this.memory) this.plain = new ArrayBuffer(this.base);
    this.capacity = Math.floor((this.buffer.byteLength - this.base) / stride);
  }

  /** The whole memory; re-read after a write, as growing may replace it. */
  get buffer(): ArrayBuffer | SharedArrayBuffer {
    return this.memory ? this.memory.buffer : (this.plain as ArrayBuffer);
  }

  /** Byte offset of the query area of scratch slot `slot`. */
  queryAt(slot: number): number {
    return slot * (this.stride + CHUNK_ROWS * 4);
  }

  /** Byte offset of the scores area of scratch slot `slot`. */
  scoresAt(slot: number): number {
    return this.queryAt(slot) + this.stride;
  }

  rowAt(row: number): number {
    return this.base + row * this.stride;
  }

  /** Makes room for rows [0, rows); returns true when the buffer changed (views must be renewed). */
  ensureRows(rows: number): boolean {
    if (rows <= this.capacity) return false;
    // Growing the memory moves nothing, and its grown pages count as resident at once: grow by a
    // sixteenth. A plain buffer is copied to grow, so it grows by a quarter.
    const step = this.memory
      ? Math.max(Math.ceil(this.capacity / 16), 256)
      : Math.max(Math.ceil(this.capacity / 4), 256);
    const want = Math.max(rows, this.capacity + step);
    const bytes = this.base + want * this.stride;
    if (this.memory) {
      const pages = Math.ceil(bytes / PAGE_BYTES);
      if (pages > MAX_PAGES && this.base + rows * this.stride > MAX_PAGES * PAGE_BYTES) {
        throw wrongInput(
          `a vector of ${this.stride} bytes a row holds at most ${Math.floor((MAX_PAGES * PAGE_BYTES - this.base) / this.stride)} points in the embedded store; use a Qdrant server`,
        );
      }
      const have = this.memory.buffer.byteLength / PAGE_BYTES;
      this.memory.grow(Math.min(pages, MAX_PAGES) - have);
    } else {
      const grown = new ArrayBuffer(bytes);
      new Uint8Array(grown).set(new Uint8Array(this.plain as ArrayBuffer));
      this.plain = grown;
    }
    this.capacity = Math.floor((this.buffer.byteLength - this.base) / this.stride);
    return true;
  }
}

/** Row presence flags in shared memory (workers read them), grown by replacing the buffer. */
export class PresenceFlags {
  flags = new Uint8Array(new SharedArrayBuffer(1024));

  ensure(rows: number): void {
    if (rows <= this.flags.length) return;
    const grown = new Uint8Array(new SharedArrayBuffer(Math.max(rows, Math.ceil(this.flags.length * 1.5))));
    grown.set(this.flags);
    this.flags = grown;
  }
}
