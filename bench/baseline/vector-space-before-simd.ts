// The store's VectorSpace as it was before the SIMD kernel (commit e035488), kept verbatim as the
// baseline of the kernel benches: 'today's plain JavaScript scan' of issue 13's goals.
import type { Distance, VectorParams } from '../../nodes/core/store/types.js';

/** Rows per block. Blocks keep growth cheap (no 2x copy) and memory within one block of the data. */
const BLOCK_SHIFT = 10;
const BLOCK_ROWS = 1 << BLOCK_SHIFT;
const BLOCK_MASK = BLOCK_ROWS - 1;

/**
 * The vectors of one (named or unnamed) vector of a collection, stored row by row in contiguous
 * Float32Array blocks. Row numbers are shared with the collection's id and payload columns.
 */
export class VectorSpace {
  readonly size: number;
  readonly distance: Distance;
  private blocks: Float32Array[] = [];
  /** 1 where the row has this vector (a point may omit a named vector). */
  private present = new Uint8Array(0);

  constructor(params: VectorParams) {
    this.size = params.size;
    this.distance = params.distance;
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
      this.present[row] = 0;
      return;
    }
    this.blocks[row >> BLOCK_SHIFT].set(vector, (row & BLOCK_MASK) * this.size);
    this.present[row] = 1;
  }

  /**
   * Copies stored float32 bytes (a decoded batch: `rows.length` vectors back to back from `offset`)
   * into rows `rows`, straight into the blocks: loading a large image allocates nothing per point.
   */
  copyRows(rows: readonly number[], src: Buffer, offset: number): void {
    const bytes = this.size * 4;
    let view: Buffer | undefined;
    let viewBlock = -1;
    for (const row of rows) {
      this.ensureRows(row + 1);
      const b = row >> BLOCK_SHIFT;
      if (b !== viewBlock) {
        const block = this.blocks[b];
        view = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
        viewBlock = b;
      }
      src.copy(view as Buffer, (row & BLOCK_MASK) * bytes, offset, offset + bytes);
      this.present[row] = 1;
      offset += bytes;
    }
  }

  get(row: number): Float32Array | undefined {
    if (!this.present[row]) return undefined;
    const start = (row & BLOCK_MASK) * this.size;
    return this.blocks[row >> BLOCK_SHIFT].slice(start, start + this.size);
  }

  /** The stored vector without copying; valid only until the next write. */
  view(row: number): Float32Array | undefined {
    if (!this.present[row]) return undefined;
    const start = (row & BLOCK_MASK) * this.size;
    return this.blocks[row >> BLOCK_SHIFT].subarray(start, start + this.size);
  }

  has(row: number): boolean {
    return this.present[row] === 1;
  }

  /** Moves row `from` onto row `to` (used to keep rows dense when a point is deleted). */
  move(from: number, to: number): void {
    this.set(to, this.get(from));
    this.present[from] = 0;
  }

  /** Drops rows at and after `rows`, returning memory of whole blocks no longer needed. */
  truncate(rows: number): void {
    this.present.fill(0, rows);
    this.blocks.length = Math.ceil(rows / BLOCK_ROWS);
  }

  private ensureRows(rows: number): void {
    while (this.blocks.length * BLOCK_ROWS < rows) this.blocks.push(new Float32Array(BLOCK_ROWS * this.size));
    if (this.present.length < rows) {
      const grown = new Uint8Array(Math.max(rows, Math.ceil(this.present.length * 1.5), BLOCK_ROWS));
      grown.set(this.present);
      this.present = grown;
    }
  }

  /**
   * Scores every row against `query` (already prepared), calling `visit(row, score)` for rows that
   * have this vector. Scores are Qdrant's: similarity for Cosine/Dot, distance for Euclid/Manhattan.
   */
  scan(query: Float32Array, rows: number, visit: (row: number, score: number) => void): void {
    const dim = this.size;
    const present = this.present;
    for (let b = 0; b * BLOCK_ROWS < rows; b++) {
      const block = this.blocks[b];
      const end = Math.min(BLOCK_ROWS, rows - b * BLOCK_ROWS);
      const base = b * BLOCK_ROWS;
      switch (this.distance) {
        case 'Cosine':
        case 'Dot':
          for (let r = 0; r < end; r++) {
            if (!present[base + r]) continue;
            visit(base + r, dot(block, r * dim, query, dim));
          }
          break;
        case 'Euclid':
          for (let r = 0; r < end; r++) {
            if (!present[base + r]) continue;
            let s = 0;
            for (let i = 0, o = r * dim; i < dim; i++, o++) {
              const d = block[o] - query[i];
              s += d * d;
            }
            visit(base + r, Math.sqrt(s));
          }
          break;
        case 'Manhattan':
          for (let r = 0; r < end; r++) {
            if (!present[base + r]) continue;
            let s = 0;
            for (let i = 0, o = r * dim; i < dim; i++, o++) s += Math.abs(block[o] - query[i]);
            visit(base + r, s);
          }
          break;
      }
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
