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
 * The entries of one dimension, in typed arrays (8 bytes an entry, a third of a Map's). An entry
 * names a slot, not a row: a row keeps its slot when Collection moves it, so moving costs nothing
 * here; a removed vector's entries stay, dead, until SparseSpace compacts.
 */
class Posting {
  slots = new Int32Array(4);
  values = new Float32Array(4);
  length = 0;
  /** Entries of vectors still stored: the document frequency. */
  live = 0;

  add(slot: number, value: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const values = new Float32Array(this.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.slots[this.length] = slot;
    this.values[this.length++] = value;
    this.live++;
  }
}

/** Dead entries are dropped once they are this many, and at least as many as the live ones. */
const COMPACT_MIN_DEAD = 4096;

/**
 * One named sparse vector of a collection: the vectors by row, and an inverted index
 * (dimension → slots and values, a slot standing for a row) that a query walks for the dimensions
 * it has, so only rows sharing a dimension with the query are scored (Qdrant answers only those).
 * Upserts and deletes cost the vector's number of dimensions; a delete leaves dead entries, which
 * a compaction (a rebuild, when they are as many as the live ones) drops.
 */
export class SparseSpace {
  private readonly rows: (SparseVector | undefined)[] = [];
  /** Slot of each row's vector; the row of each slot (-1: its vector was removed). */
  private readonly rowSlot: number[] = [];
  private slotRow = new Int32Array(16);
  private nextSlot = 0;
  private readonly postings = new Map<number, Posting>();
  private stored = 0;
  private liveEntries = 0;
  private deadEntries = 0;

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
    this.index(row, vector);
  }

  /** The last row moves into a deleted row's place (see Collection.delete): its slot follows it. */
  move(from: number, to: number): void {
    this.remove(to);
    const vector = this.rows[from];
    if (!vector) return;
    const slot = this.rowSlot[from];
    this.rows[to] = vector;
    this.rowSlot[to] = slot;
    this.slotRow[slot] = to;
    this.rows[from] = undefined;
  }

  truncate(rows: number): void {
    for (let row = this.rows.length - 1; row >= rows; row--) this.remove(row);
    this.rows.length = Math.min(this.rows.length, rows);
    this.rowSlot.length = Math.min(this.rowSlot.length, rows);
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
      const posting = this.postings.get(query.indices[i]);
      let df = posting?.live ?? 0;
      if (corpus && posting) {
        df = 0;
        for (let j = 0; j < posting.length; j++) {
          const row = this.slotRow[posting.slots[j]];
          if (row >= 0 && corpus(row)) df++;
        }
      }
      weights[i] *= idf(n, df);
    }
    return weights;
  }

  /** Dot product of the query with every row that shares a dimension with it, in no order. */
  scan(query: SparseVector, visit: (row: number, score: number) => void, corpus?: (row: number) => boolean): void {
    const weights = this.weights(query, corpus);
    const scores = new Float64Array(this.rows.length);
    const seen = new Uint8Array(this.rows.length);
    const touched: number[] = [];
    for (let i = 0; i < query.indices.length; i++) {
      const posting = this.postings.get(query.indices[i]);
      if (!posting) continue;
      const w = weights[i];
      const { slots, values, length } = posting;
      for (let j = 0; j < length; j++) {
        const row = this.slotRow[slots[j]];
        if (row < 0) continue;
        if (!seen[row]) {
          seen[row] = 1;
          touched.push(row);
        }
        scores[row] += w * values[j];
      }
    }
    for (const row of touched) visit(row, Math.fround(scores[row]));
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
    for (const index of old.indices) (this.postings.get(index) as Posting).live--;
    this.slotRow[this.rowSlot[row]] = -1;
    this.rows[row] = undefined;
    this.stored--;
    this.liveEntries -= old.indices.length;
    this.deadEntries += old.indices.length;
    if (this.deadEntries >= COMPACT_MIN_DEAD && this.deadEntries >= this.liveEntries) this.compact();
  }

  /** Gives the vector of `row` a new slot and adds its entries. */
  private index(row: number, vector: SparseVector): void {
    if (this.nextSlot === this.slotRow.length) {
      const grown = new Int32Array(this.slotRow.length * 2);
      grown.set(this.slotRow);
      this.slotRow = grown;
    }
    const slot = this.nextSlot++;
    this.slotRow[slot] = row;
    this.rowSlot[row] = slot;
    for (let i = 0; i < vector.indices.length; i++) {
      let posting = this.postings.get(vector.indices[i]);
      if (!posting) this.postings.set(vector.indices[i], (posting = new Posting()));
      posting.add(slot, vector.values[i]);
    }
    this.liveEntries += vector.indices.length;
  }

  /** Rebuilds the index from the stored vectors, without dead entries (slots numbered afresh). */
  private compact(): void {
    this.postings.clear();
    this.slotRow = new Int32Array(Math.max(16, this.rows.length));
    this.nextSlot = 0;
    this.liveEntries = 0;
    this.deadEntries = 0;
    this.rows.forEach((vector, row) => {
      if (vector) this.index(row, vector);
    });
  }
}
