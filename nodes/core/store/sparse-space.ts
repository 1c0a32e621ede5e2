import { formatError, validationError } from './errors.js';
import { isPlainObject } from './filter.js';
import { isRawJson, numberOf } from './json.js';
import type { SparseVector, SparseVectorParams } from './types.js';

/** Largest sparse index Qdrant takes (indices are u32). */
const MAX_INDEX = 0xffffffff;

/**
 * Reads a sparse vector `{indices, values}` as Qdrant takes it: the same number of each, indices
 * unsigned 32-bit and unique. Stored sorted by index, as Qdrant stores (and returns) them.
 * `validationPath` names it in Qdrant's validation messages (which show a named vector as `?`).
 */
export function parseSparseVector(value: unknown, path: string, validationPath = path): SparseVector {
  if (!isPlainObject(value)) throw formatError(`${path}: expected {indices, values}`);
  const { indices, values } = value;
  if (!Array.isArray(indices)) throw formatError(`${path}: missing field \`indices\``);
  if (!Array.isArray(values)) throw formatError(`${path}: missing field \`values\``);
  const idx: number[] = indices.map((i, n) => {
    const v: unknown = isRawJson(i) ? numberOf(i) : i;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_INDEX)
      throw formatError(`${path}.indices[${n}]: expected an unsigned 32-bit integer, got ${JSON.stringify(v)}`);
    return v;
  });
  const vals: number[] = values.map((x, n) => {
    const v: unknown = isRawJson(x) ? numberOf(x) : x;
    if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isFinite(Math.fround(v)))
      throw formatError(`${path}.values[${n}]: expected a finite float32 number, got ${JSON.stringify(v)}`);
    return v;
  });
  if (idx.length !== vals.length) {
    throw validationError(`${validationPath}.values: Validation error: must be the same length as indices [{}]`);
  }
  const order = idx.map((_, n) => n).sort((a, b) => idx[a] - idx[b]);
  const out: SparseVector = { indices: new Uint32Array(idx.length), values: new Float32Array(idx.length) };
  order.forEach((from, to) => {
    if (to > 0 && idx[from] === out.indices[to - 1])
      throw validationError(`${validationPath}.indices: Validation error: must be unique [{}]`);
    out.indices[to] = idx[from];
    out.values[to] = vals[from];
  });
  return out;
}

/** Qdrant's BM25-style IDF (the `idf` modifier): ln((n - df + 0.5) / (df + 0.5) + 1). */
export function idf(vectors: number, documentFrequency: number): number {
  return Math.log((vectors - documentFrequency + 0.5) / (documentFrequency + 0.5) + 1);
}

/**
 * One named sparse vector of a collection: the vectors by row, and an inverted index
 * (dimension → row → value) that a query walks for the dimensions it has, so only rows sharing a
 * dimension with the query are scored (Qdrant answers only those). Rows move as Collection moves them.
 */
export class SparseSpace {
  private readonly rows: (SparseVector | undefined)[] = [];
  private readonly postings = new Map<number, Map<number, number>>();
  private stored = 0;

  constructor(readonly params: SparseVectorParams) {}

  /** Number of rows with this vector (Qdrant's `n` in the IDF). */
  get count(): number {
    return this.stored;
  }

  get(row: number): SparseVector | undefined {
    return this.rows[row];
  }

  has(row: number): boolean {
    return this.rows[row] !== undefined;
  }

  set(row: number, vector: SparseVector | undefined): void {
    this.remove(row);
    if (vector === undefined) return;
    this.rows[row] = vector;
    this.stored++;
    for (let i = 0; i < vector.indices.length; i++) {
      let list = this.postings.get(vector.indices[i]);
      if (!list) this.postings.set(vector.indices[i], (list = new Map()));
      list.set(row, vector.values[i]);
    }
  }

  /** The last row moves into a deleted row's place (see Collection.delete). */
  move(from: number, to: number): void {
    const vector = this.rows[from];
    this.remove(from);
    this.set(to, vector);
  }

  truncate(rows: number): void {
    for (let row = this.rows.length - 1; row >= rows; row--) this.remove(row);
    this.rows.length = Math.min(this.rows.length, rows);
  }

  /**
   * Query weights as Qdrant applies them: with the `idf` modifier each weight is multiplied by
   * the IDF of its dimension over the vectors stored now, or over those of the rows a `corpus`
   * selects (Qdrant's `params.idf.corpus`: n and df counted among them only).
   */
  weights(query: SparseVector, corpus?: (row: number) => boolean): Float64Array {
    const weights = new Float64Array(query.values);
    if (this.params.modifier !== 'idf') return weights;
    let n = this.stored;
    if (corpus) {
      n = 0;
      for (let row = 0; row < this.rows.length; row++) if (this.rows[row] && corpus(row)) n++;
    }
    for (let i = 0; i < weights.length; i++) {
      const list = this.postings.get(query.indices[i]);
      let df = list?.size ?? 0;
      if (corpus && list) {
        df = 0;
        for (const row of list.keys()) if (corpus(row)) df++;
      }
      weights[i] *= idf(n, df);
    }
    return weights;
  }

  /** Dot product of the query with every row that shares a dimension with it, in no order. */
  scan(query: SparseVector, visit: (row: number, score: number) => void, corpus?: (row: number) => boolean): void {
    const weights = this.weights(query, corpus);
    const scores = new Map<number, number>();
    for (let i = 0; i < query.indices.length; i++) {
      const list = this.postings.get(query.indices[i]);
      if (!list) continue;
      const w = weights[i];
      for (const [row, value] of list) scores.set(row, (scores.get(row) ?? 0) + w * value);
    }
    for (const [row, score] of scores) visit(row, Math.fround(score));
  }

  /** Dot product of the query with one row (0 without shared dimensions, or without the vector). */
  score(query: SparseVector, weights: Float64Array, row: number): number | undefined {
    const v = this.rows[row];
    if (!v) return undefined;
    let sum = 0;
    let i = 0;
    let j = 0;
    while (i < query.indices.length && j < v.indices.length) {
      if (query.indices[i] === v.indices[j]) sum += weights[i++] * v.values[j++];
      else if (query.indices[i] < v.indices[j]) i++;
      else j++;
    }
    return Math.fround(sum);
  }

  private remove(row: number): void {
    const old = this.rows[row];
    if (!old) return;
    for (const index of old.indices) {
      const list = this.postings.get(index);
      list?.delete(row);
      if (list?.size === 0) this.postings.delete(index);
    }
    this.rows[row] = undefined;
    this.stored--;
  }
}
