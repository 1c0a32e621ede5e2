import { CHUNK_ROWS, RowMemory } from './row-memory.js';
import { INT8_STRIDE_ALIGN, INT8_TAIL } from './simd-kernel.js';

/**
 * The int8 copy of a VectorSpace's rows (Qdrant's scalar quantization): each row is scaled on its
 * own, v8[i] = round(v[i] / scale) clamped to ±127 with scale = (the `quantile` of |v[i]|) / 127,
 * so rows need no collection-wide calibration and a write quantizes just its row. A row is
 *
 *   int8 components (padded with zeros to 32 bytes) | f32 scale | f32 |v|^2 | 8 bytes padding
 *
 * and the dot8 kernel gives scale(v) * sum q8[i] * v8[i]; times the query's own scale that
 * approximates q . v (|v|^2 turns it into a Euclid distance). Candidates are rescored in float.
 */
export class QuantizedRows {
  readonly rows: RowMemory;
  /** Bytes of int8 components per row (before the tail). */
  private readonly width: number;
  private bytes: Int8Array;
  private floats: Float32Array;
  private readonly scratch: Float32Array;

  constructor(
    size: number,
    /** The share of components kept unclipped, as Qdrant's `quantile` (1 = the whole range). */
    private readonly quantile: number,
  ) {
    this.width = Math.ceil(size / INT8_STRIDE_ALIGN) * INT8_STRIDE_ALIGN;
    this.rows = new RowMemory(this.width + INT8_TAIL);
    this.bytes = new Int8Array(this.rows.buffer);
    this.floats = new Float32Array(this.rows.buffer);
    this.scratch = new Float32Array(size);
  }

  /** The scale for `v`: its `quantile` absolute value over 127 (0 for a zero vector). */
  private scaleOf(v: Float32Array): number {
    let max = 0;
    if (this.quantile >= 1) {
      for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]));
    } else {
      for (let i = 0; i < v.length; i++) this.scratch[i] = Math.abs(v[i]);
      this.scratch.sort();
      max = this.scratch[Math.min(v.length - 1, Math.floor(this.quantile * v.length))];
    }
    return max / 127;
  }

  /** Quantizes `v` into `out` at byte offset `at`; returns the scale. */
  private quantizeInto(v: Float32Array, out: Int8Array, at: number): number {
    const scale = this.scaleOf(v);
    const inv = scale === 0 ? 0 : 1 / scale;
    for (let i = 0; i < v.length; i++) out[at + i] = Math.max(-127, Math.min(127, Math.round(v[i] * inv)));
    return scale;
  }

  set(row: number, v: Float32Array): void {
    if (this.rows.ensureRows(row + 1)) {
      this.bytes = new Int8Array(this.rows.buffer);
      this.floats = new Float32Array(this.rows.buffer);
    }
    const at = this.rows.rowAt(row);
    const scale = this.quantizeInto(v, this.bytes, at);
    let norm2 = 0;
    for (let i = 0; i < v.length; i++) norm2 += v[i] * v[i];
    this.floats[(at + this.width) / 4] = scale;
    this.floats[(at + this.width) / 4 + 1] = norm2;
  }

  move(from: number, to: number): void {
    const start = this.rows.rowAt(from);
    this.bytes.copyWithin(this.rows.rowAt(to), start, start + this.rows.stride);
  }

  /** The query as the dot8 kernel takes it: int8 components (padded), its scale and |q|^2. */
  prepareQuery(query: Float32Array): { bytes: Uint8Array; qScale: number; qNorm2: number } {
    const q8 = new Int8Array(this.width);
    const qScale = this.quantizeInto(query, q8, 0);
    let qNorm2 = 0;
    for (let i = 0; i < query.length; i++) qNorm2 += query[i] * query[i];
    return { bytes: new Uint8Array(q8.buffer), qScale, qNorm2 };
  }

  /** Byte offset of the tail (scale, |v|^2) within a row. */
  get tail(): number {
    return this.width;
  }

  /**
   * Approximate scores of rows [0, rows) against `query`: q . v for `dot`, |q - v|^2 otherwise,
   * passed to `visit` for rows `present` marks.
   */
  scan(
    query: Float32Array,
    rows: number,
    present: Uint8Array,
    squaredDistance: boolean,
    visit: (row: number, approx: number) => void,
  ): void {
    const kernels = this.rows.kernels;
    if (!kernels) throw new Error('int8 scan needs the WebAssembly kernels');
    const mem = this.rows;
    const bytes = new Int8Array(mem.buffer);
    const floats = new Float32Array(mem.buffer);
    const q = mem.queryAt(0);
    bytes.fill(0, q, q + this.width);
    const qScale = this.quantizeInto(query, bytes, q);
    let qNorm2 = 0;
    for (let i = 0; i < query.length; i++) qNorm2 += query[i] * query[i];
    const out = mem.scoresAt(0);
    const scores = floats.subarray(out / 4, out / 4 + CHUNK_ROWS);
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const n = Math.min(CHUNK_ROWS, rows - start);
      kernels.dot8(q, mem.rowAt(start), mem.stride, n, out);
      if (squaredDistance) {
        for (let r = 0; r < n; r++) {
          if (!present[start + r]) continue;
          const norm2 = floats[(mem.rowAt(start + r) + this.width) / 4 + 1];
          visit(start + r, qNorm2 + norm2 - 2 * qScale * scores[r]);
        }
      } else {
        for (let r = 0; r < n; r++) if (present[start + r]) visit(start + r, qScale * scores[r]);
      }
    }
  }
}
