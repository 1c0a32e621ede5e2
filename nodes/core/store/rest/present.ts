import type { ScoredPoint } from '../collection.js';
import { unknownVectorName } from '../config-codec.js';
import { isPlainObject, splitKey } from '../filter.js';
import { pointIdToJson } from '../point-id.js';
import type { CollectionConfig, Payload, PointRecord, SparseVector } from '../types.js';
import type { PayloadSelector, VectorSelector } from './parse.js';

/** Qdrant's Record / ScoredPoint JSON for a point, honouring with_payload and with_vector. */
export function presentRecord(
  config: CollectionConfig,
  point: PointRecord,
  withPayload: PayloadSelector,
  withVector: VectorSelector,
): Record<string, unknown> {
  return {
    id: pointIdToJson(point.id),
    payload: selectPayload(point.payload, withPayload),
    vector: selectVector(config, point.vectors, withVector, point.sparse),
  };
}

export function presentScored(
  config: CollectionConfig,
  hit: ScoredPoint,
  withPayload: PayloadSelector,
  withVector: VectorSelector,
): Record<string, unknown> {
  const { id, payload, vector } = presentRecord(config, hit.record, withPayload, withVector);
  return { id, version: hit.record.version, score: hit.score, payload, vector };
}

/** Qdrant answers a with_vector naming a vector the collection lacks with an error, found or not. */
export function checkVectorSelector(config: CollectionConfig, selector: VectorSelector): void {
  if (typeof selector === 'boolean') return;
  for (const name of selector)
    if (!config.vectors.has(name) && !config.sparseVectors?.has(name)) throw unknownVectorName(name);
}

/** Keys are paths (`country.name`, `cities[].name`): included or excluded where they lead, as Qdrant does. */
function selectPayload(payload: Payload | null, selector: PayloadSelector): Payload | null {
  if (selector === false) return null;
  const full = payload ?? {};
  if (selector === true) return full;
  if ('include' in selector) {
    let out: Payload = {};
    for (const key of selector.include) out = merge(out, project(full, splitKey(key))) as Payload;
    return out;
  }
  let out: unknown = full;
  for (const key of selector.exclude) out = without(out, splitKey(key));
  return out as Payload;
}

/** The part of `value` at `path`, in the shape it has there (arrays keep the selected part of each element). */
function project(value: unknown, path: string[]): unknown {
  if (path.length === 0) return value;
  if (Array.isArray(value)) {
    return value.map((v) => project(v, path)).filter((v) => v !== undefined);
  }
  if (!isPlainObject(value) || !Object.hasOwn(value, path[0])) return undefined;
  const inner = project(value[path[0]], path.slice(1));
  return inner === undefined ? undefined : { [path[0]]: inner };
}

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (isPlainObject(a) && isPlainObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = Object.hasOwn(out, k) ? merge(out[k], v) : v;
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.map((v, i) => merge(v, b[i]));
  return b;
}

/** `value` without what lies at `path` (copied, never changed in place). */
function without(value: unknown, path: string[]): unknown {
  if (path.length === 0) return undefined;
  if (Array.isArray(value)) return value.map((v) => without(v, path));
  if (!isPlainObject(value) || !Object.hasOwn(value, path[0])) return value;
  const out: Record<string, unknown> = { ...value };
  if (path.length === 1) delete out[path[0]];
  else out[path[0]] = without(value[path[0]], path.slice(1));
  return out;
}

function selectVector(
  config: CollectionConfig,
  vectors: Map<string, Float32Array>,
  selector: VectorSelector,
  sparse?: Map<string, SparseVector>,
): number[] | Record<string, number[] | { indices: number[]; values: number[] }> | null {
  if (selector === false) return null;
  const sparseOut: Record<string, { indices: number[]; values: number[] }> = {};
  for (const [name, v] of sparse ?? []) {
    if (selector === true || selector.includes(name))
      sparseOut[name] = { indices: Array.from(v.indices), values: float32Json(v.values) };
  }
  // Qdrant shows a list only when the point has nothing but the unnamed vector.
  if (config.unnamed && Object.keys(sparseOut).length === 0) {
    const v = vectors.get('');
    return v ? float32Json(v) : null;
  }
  const out: Record<string, number[] | { indices: number[]; values: number[] }> = {};
  for (const [name, v] of vectors) {
    if (selector === true || selector.includes(name)) out[name] = float32Json(v);
  }
  return { ...out, ...sparseOut };
}

/**
 * Vectors are stored as float32, as in Qdrant, which writes each component in the shortest
 * decimal that reads back as the same float32 (0.15, not the double 0.15000000596046448). Each
 * component here becomes the double with that shortest decimal, so JSON.stringify writes it.
 */
export function float32Json(vector: Float32Array): number[] {
  const out = new Array<number>(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = shortestFloat32(vector[i]);
  return out;
}

export function shortestFloat32(x: number): number {
  if (!Number.isFinite(x) || x === 0 || Math.fround(x) !== x) return x;
  // 9 significant digits always read back exactly; fewer often do (the shortest is what Qdrant writes).
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(x.toPrecision(digits));
    if (Math.fround(candidate) === x) return candidate;
  }
  return Number(x.toPrecision(9));
}
