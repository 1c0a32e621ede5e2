import { formatError, validationError, wrongInput } from '../errors.js';
import { checkCount, MAX_POINTS_PER_REQUEST } from '../request-limits.js';
import { isPlainObject } from '../filter.js';
import { checkExact, isRawJson, numberOf } from '../json.js';
import { parsePointId } from '../point-id.js';
import { unsupported } from '../unsupported.js';
import { parseSparseVector } from '../sparse-space.js';
import type { Payload, PointId, SparseVector } from '../types.js';

/** What with_payload asks for: nothing, everything, or some top-level keys in or out. */
export type PayloadSelector = false | true | { include: string[] } | { exclude: string[] };
/** What with_vector asks for: nothing, all vectors, or some named ones. */
export type VectorSelector = boolean | string[];

export interface RawPoint {
  id: PointId;
  vectors: Map<string, number[]>;
  payload: Payload | null;
  sparse?: Map<string, SparseVector>;
}

const U64_MAX = 2n ** 64n - 1n;
/** Deeper payloads are refused rather than overflowing the stack when they are stored. */
export const MAX_PAYLOAD_DEPTH = 100;

export function body(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value)) throw formatError('expected a JSON object');
  return value;
}

/** Upsert body: `{points: [...]}` or the columnar `{batch: {ids, vectors, payloads}}`. */
export function parseUpsert(value: unknown): RawPoint[] {
  const b = body(value);
  if (Array.isArray(b.points)) {
    checkCount(b.points.length, MAX_POINTS_PER_REQUEST, 'points', 'points');
    return b.points.map((p, i) => {
      const path = `points[${i}]`;
      if (!isPlainObject(p)) throw formatError(`${path}: expected a point object`);
      if (!Object.hasOwn(p, 'vector')) throw formatError(`${path}: missing field \`vector\``);
      return {
        id: parsePointId(p.id, `${path}.id`),
        ...pointVectors(p.vector, `${path}.vector`),
        payload: parsePayload(p.payload, `${path}.payload`),
      };
    });
  }
  if (isPlainObject(b.batch)) {
    const { ids, vectors, payloads } = b.batch;
    if (!Array.isArray(ids)) throw formatError('batch.ids: expected a list of point ids');
    checkCount(ids.length, MAX_POINTS_PER_REQUEST, 'batch.ids', 'points');
    const perPoint: Map<string, number[]>[] = ids.map(() => new Map());
    const sparse: Map<string, SparseVector>[] = ids.map(() => new Map());
    if (Array.isArray(vectors)) {
      if (vectors.length !== ids.length)
        throw wrongInput(`batch.vectors: expected ${ids.length} vectors, got ${vectors.length}`);
      vectors.forEach((v, i) => perPoint[i].set('', denseVector(v, `batch.vectors[${i}]`)));
    } else if (isPlainObject(vectors)) {
      for (const [name, list] of Object.entries(vectors)) {
        if (!Array.isArray(list) || list.length !== ids.length) {
          throw wrongInput(`batch.vectors.${name}: expected a list of ${ids.length} vectors`);
        }
        list.forEach((v, i) => {
          const path = `batch.vectors.${name}[${i}]`;
          if (isSparse(v)) sparse[i].set(name, parseSparseVector(v, path, `batch.vectors.?[${i}]`));
          else perPoint[i].set(name, denseVector(v, path));
        });
      }
    } else {
      throw formatError('batch.vectors: expected a list of vectors or a map of named vector lists');
    }
    if (payloads !== undefined && payloads !== null && (!Array.isArray(payloads) || payloads.length !== ids.length)) {
      throw wrongInput(`batch.payloads: expected a list of ${ids.length} payloads`);
    }
    return ids.map((id, i) => ({
      id: parsePointId(id, `batch.ids[${i}]`),
      vectors: perPoint[i],
      payload: parsePayload(Array.isArray(payloads) ? payloads[i] : null, `batch.payloads[${i}]`),
      ...(sparse[i].size > 0 ? { sparse: sparse[i] } : {}),
    }));
  }
  throw formatError('expected `points` (a list of points) or `batch`');
}

const isSparse = (v: unknown): boolean => isPlainObject(v) && Object.hasOwn(v, 'indices');

/** A point's `vector` with its named sparse vectors (`{indices, values}`) taken apart from the dense ones. */
function pointVectors(
  value: unknown,
  path: string,
): { vectors: Map<string, number[]>; sparse?: Map<string, SparseVector> } {
  if (!isPlainObject(value) || !Object.values(value).some(isSparse)) return { vectors: parseVectorStruct(value, path) };
  const vectors = new Map<string, number[]>();
  const sparse = new Map<string, SparseVector>();
  for (const [name, v] of Object.entries(value)) {
    if (isSparse(v)) sparse.set(name, parseSparseVector(v, `${path}.${name}`, `${path}.?`));
    else vectors.set(name, denseVector(v, `${path}.${name}`));
  }
  return { vectors, sparse };
}

/** A point's `vector`: a dense list (the unnamed vector) or a map of named dense vectors. */
export function parseVectorStruct(value: unknown, path: string): Map<string, number[]> {
  if (Array.isArray(value)) return new Map([['', denseVector(value, path)]]);
  if (isPlainObject(value)) {
    const out = new Map<string, number[]>();
    for (const [name, v] of Object.entries(value)) out.set(name, denseVector(v, `${path}.${name}`));
    return out;
  }
  throw formatError(`${path}: expected a list of numbers or a map of named vectors`);
}

export function denseVector(value: unknown, path: string): number[] {
  if (isPlainObject(value) && Object.hasOwn(value, 'indices')) {
    throw unsupported(`${path}: sparse vectors`);
  }
  if (
    isPlainObject(value) &&
    (Object.hasOwn(value, 'text') || Object.hasOwn(value, 'image') || Object.hasOwn(value, 'object'))
  ) {
    throw unsupported(`${path}: inference objects (send vectors)`);
  }
  if (!Array.isArray(value)) throw formatError(`${path}: expected a list of numbers`);
  if (value.length > 0 && Array.isArray(value[0])) {
    throw unsupported(`${path}: multivectors`);
  }
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'number' && isRawJson(value[i])) value[i] = numberOf(value[i]); // a long integer
    if (typeof value[i] !== 'number' || !Number.isFinite(value[i])) {
      throw formatError(`${path}[${i}]: expected a number, got ${JSON.stringify(value[i])}`);
    }
  }
  return value as number[];
}

export function parsePayload(value: unknown, path: string): Payload | null {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value)) throw formatError(`${path}: expected a JSON object`);
  if (deeperThan(value, MAX_PAYLOAD_DEPTH))
    throw formatError(`${path}: nested more than ${MAX_PAYLOAD_DEPTH} levels deep`);
  return value;
}

/** Walks at most `levels` deep, so a hostile payload cannot overflow the stack here either. */
function deeperThan(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (levels === 0) return true;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (deeperThan(v, levels - 1)) return true;
  return false;
}

export function parsePayloadSelector(
  value: unknown,
  fallback: PayloadSelector,
  path = 'with_payload',
): PayloadSelector {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((k) => typeof k === 'string')) return { include: value };
  if (isPlainObject(value)) {
    if (Array.isArray(value.include) && value.include.every((k) => typeof k === 'string'))
      return { include: value.include };
    if (Array.isArray(value.exclude) && value.exclude.every((k) => typeof k === 'string'))
      return { exclude: value.exclude };
  }
  throw formatError(`${path}: expected a boolean, a list of keys, {include: [...]} or {exclude: [...]}`);
}

export function parseVectorSelector(value: unknown, fallback: VectorSelector, path = 'with_vector'): VectorSelector {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((k) => typeof k === 'string')) return value;
  throw formatError(`${path}: expected a boolean or a list of vector names`);
}

export function parseIdList(value: unknown, path: string): PointId[] {
  if (!Array.isArray(value)) throw formatError(`${path}: expected a list of point ids`);
  checkCount(value.length, MAX_POINTS_PER_REQUEST, path, 'point ids');
  return value.map((id, i) => parsePointId(id, `${path}[${i}]`));
}

/** An optional unsigned integer field with a lower bound (Qdrant answers 422 below it). */
export function unsigned(given: unknown, path: string, fallback: number, min = 0): number {
  if (given === undefined || given === null) return fallback;
  // Qdrant's limits and offsets are u64; beyond 2^53 the nearest double is as good (they clamp),
  // once an exact parse has shown the value is within u64.
  checkExact(given, path);
  const value = numberOf(given);
  if (isRawJson(given) && BigInt(given.rawJSON) > U64_MAX)
    throw formatError(`${path}: expected an unsigned 64-bit integer, got ${isRawJson(given) ? given.rawJSON : value}`);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw formatError(`${path}: expected an unsigned integer, got ${JSON.stringify(value)}`);
  if (value < min) throw validationError(`${path}: value ${value} invalid, must be ${min} or larger`);
  return value;
}

export function optionalNumber(given: unknown, path: string): number | undefined {
  if (given === undefined || given === null) return undefined;
  const value = numberOf(given);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw formatError(`${path}: expected a number`);
  return value;
}

export function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw formatError(`${path}: expected a string`);
  return value;
}
