import { unknownVectorName } from './config-codec.js';
import { checkCount, MAX_BATCH_OPERATIONS, MAX_POINTS_PER_REQUEST } from './request-limits.js';
import type { DurableCollection } from './durable-collection.js';
import { formatError, notFound, validationError } from './errors.js';
import { compileFilter, isPlainObject, type Predicate } from './filter.js';
import { parseJsonPath, removeAtPath, setAtPath, type PathItem } from './json-path.js';
import { parseIdList, parsePayload, parseUpsert, parseVectorStruct } from './rest/parse.js';
import type { Payload, PointId, PointInput, PointRecord, SparseVector } from './types.js';

/**
 * Qdrant's point update operations (payload set/overwrite/delete/clear, vector update/delete,
 * upsert, delete), parsed from their REST bodies and applied to a collection. Every change is an
 * upsert of the points' new state (or a delete), so it goes through the collection's WAL (in
 * records of bounded size however many points a filter selects, read and copied a slice at a
 * time, see rewrite), is replayed after a restart, is idempotent, and a replaced payload is erased
 * from the files within the erasure bound like any other replaced payload. An update of more
 * points than one record holds is not atomic (see DurableCollection.upsert).
 */
export type UpdateOperation =
  | { kind: 'upsert'; body: unknown }
  | { kind: 'delete'; selector: Selector }
  | { kind: 'set_payload'; selector: Selector; payload: Payload; key?: PathItem[] }
  | { kind: 'overwrite_payload'; selector: Selector; payload: Payload }
  | { kind: 'delete_payload'; selector: Selector; keys: PathItem[][] }
  | { kind: 'clear_payload'; selector: Selector }
  | { kind: 'update_vectors'; points: { id: PointId; vector: Map<string, number[]> }[]; updateFilter?: unknown }
  | { kind: 'delete_vectors'; selector: Selector; names: string[] };

/** Which points an operation touches: listed ids (each must exist) or those a filter selects. */
export type Selector = { ids: PointId[] } | { filter: unknown };

export const OPERATION_KINDS = [
  'upsert',
  'delete',
  'set_payload',
  'overwrite_payload',
  'delete_payload',
  'clear_payload',
  'update_vectors',
  'delete_vectors',
] as const;

export type OperationKind = (typeof OPERATION_KINDS)[number];

/** Parses the body of one operation, as its own endpoint takes it. */
export function parseOperation(kind: OperationKind, value: unknown, path = ''): UpdateOperation {
  if (!isPlainObject(value)) throw formatError(`${path || kind}: expected a JSON object`);
  const b = value;
  switch (kind) {
    case 'upsert':
      parseUpsert(b); // checked now, so a bad batch operation fails before any is applied
      return { kind, body: b };
    case 'delete':
    case 'clear_payload':
      return { kind, selector: parseSelector(b, path) };
    case 'set_payload':
    case 'overwrite_payload': {
      const payload = parsePayloadBody(b.payload, `${path}payload`);
      const selector = parseSelector(b, path);
      if (kind === 'overwrite_payload') return { kind, selector, payload };
      if (b.key === undefined || b.key === null) return { kind, selector, payload };
      if (typeof b.key !== 'string') throw formatError(`${path}key: expected a string`);
      return { kind, selector, payload, key: parseJsonPath(b.key, `${path}key`) };
    }
    case 'delete_payload': {
      if (!Array.isArray(b.keys)) throw formatError(`${path}missing field \`keys\``);
      const keys = b.keys.map((k, i) => {
        if (typeof k !== 'string') throw formatError(`${path}keys[${i}]: expected a string`);
        return parseJsonPath(k, `${path}keys[${i}]`);
      });
      return { kind, selector: parseSelector(b, path), keys };
    }
    case 'update_vectors': {
      if (!Array.isArray(b.points)) throw formatError(`${path}missing field \`points\``);
      if (b.points.length === 0) throw validationError(`${path}points: must contain at least 1 item`);
      checkCount(b.points.length, MAX_POINTS_PER_REQUEST, `${path}points`, 'points');
      const points = b.points.map((p, i) => {
        const at = `${path}points[${i}]`;
        if (!isPlainObject(p)) throw formatError(`${at}: expected an object with \`id\` and \`vector\``);
        if (!Object.hasOwn(p, 'vector')) throw formatError(`${at}: missing field \`vector\``);
        const vector = parseVectorStruct(p.vector, `${at}.vector`);
        if (vector.size === 0) throw validationError(`${at}.vector: must specify vectors to update for point`);
        return { id: parseIdList([p.id], `${at}.id`)[0], vector };
      });
      compileFilter(b.update_filter, `${path}update_filter`);
      return { kind, points, updateFilter: b.update_filter ?? undefined };
    }
    case 'delete_vectors': {
      if (!Array.isArray(b.vector)) throw formatError(`${path}missing field \`vector\``);
      if (b.vector.length === 0) throw validationError(`${path}vector: must contain at least 1 item`);
      const names = b.vector.map((n, i) => {
        if (typeof n !== 'string') throw formatError(`${path}vector[${i}]: expected a vector name`);
        return n;
      });
      return { kind, selector: parseSelector(b, path), names };
    }
  }
}

/** `POST /points/batch`: `{operations: [{<kind>: body}, ...]}`, every one checked before any runs. */
export function parseBatch(value: unknown): UpdateOperation[] {
  if (!isPlainObject(value)) throw formatError('expected a JSON object');
  if (!Array.isArray(value.operations)) throw formatError('missing field `operations`');
  checkCount(value.operations.length, MAX_BATCH_OPERATIONS, 'operations', 'operations');
  let points = 0;
  return value.operations.map((op, i) => {
    const path = `operations[${i}]`;
    const kinds = isPlainObject(op) ? Object.keys(op) : [];
    const kind = kinds[0] as OperationKind;
    if (kinds.length !== 1 || !OPERATION_KINDS.includes(kind))
      throw formatError(`${path}: expected one of ${OPERATION_KINDS.map((k) => `{"${k}": ...}`).join(', ')}`);
    const parsed = parseOperation(kind, (op as Record<string, unknown>)[kind], `${path}.${kind}.`);
    // The operations together, not each alone: a thousand upserts of 100,000 points is one request.
    points += pointsNamed(parsed);
    checkCount(points, MAX_POINTS_PER_REQUEST, 'operations', 'points (all operations together)');
    return parsed;
  });
}

/** How many points an operation lists (a filter lists none). */
function pointsNamed(op: UpdateOperation): number {
  if (op.kind === 'upsert') {
    const b = op.body as { points?: unknown[]; batch?: { ids: unknown[] } };
    return b.points?.length ?? b.batch?.ids.length ?? 0;
  }
  if (op.kind === 'update_vectors') return op.points.length;
  return 'ids' in op.selector ? op.selector.ids.length : 0;
}

function parseSelector(b: Record<string, unknown>, path: string): Selector {
  if (b.points !== undefined && b.points !== null) return { ids: parseIdList(b.points, `${path}points`) };
  if (b.filter !== undefined && b.filter !== null) {
    compileFilter(b.filter, `${path}filter`);
    return { filter: b.filter };
  }
  throw formatError(`${path}expected \`points\` (a list of ids) or \`filter\``);
}

function parsePayloadBody(value: unknown, path: string): Payload {
  if (value === undefined) throw formatError(`${path.replace(/payload$/, '')}missing field \`payload\``);
  const payload = parsePayload(value, path);
  if (payload === null) throw formatError(`${path}: expected a JSON object`);
  return payload;
}

/**
 * Applies one operation; returns its operation id. Bad input is found before anything changes; a
 * write that fails partway (disk full) keeps the slices already written, see DurableCollection.upsert.
 */
export function applyOperation(c: DurableCollection, op: UpdateOperation): number {
  switch (op.kind) {
    case 'upsert':
      return c.upsert(c.preparePoints(parseUpsert(op.body)));
    case 'delete':
      return c.delete(select(c, op.selector, false));
    case 'set_payload':
      return rewrite(c, select(c, op.selector), (p) => ({
        ...p,
        payload: setPayload(p.payload ?? {}, op.payload, op.key),
      }));
    case 'overwrite_payload':
      return rewrite(c, select(c, op.selector), (p) => ({ ...p, payload: op.payload }));
    case 'delete_payload':
      return rewrite(c, select(c, op.selector), (p) => ({
        ...p,
        payload: op.keys.reduce<Payload>((out, key) => removeAtPath(out, key) as Payload, p.payload ?? {}),
      }));
    case 'clear_payload':
      return rewrite(c, select(c, op.selector), (p) => ({ ...p, payload: {} }));
    case 'update_vectors': {
      const allowed = op.updateFilter === undefined ? undefined : new Set(c.select(predicateOf(c, op.updateFilter)));
      // Checked whole first: one bad vector or missing point rejects the operation.
      const changes = op.points.map(({ id, vector }) => ({
        record: existing(c, id),
        vectors: c.prepareVectors(vector),
      }));
      // Several entries for one point merge (later names win), as in Qdrant.
      const updated = new Map<PointId, PointInput>();
      for (const { record, vectors } of changes) {
        if (allowed !== undefined && !allowed.has(record.id)) continue;
        let merged = updated.get(record.id);
        if (!merged) updated.set(record.id, (merged = copyVectors(record)));
        for (const [name, v] of vectors) merged.vectors.set(name, v);
      }
      return c.upsert([...updated.values()]);
    }
    case 'delete_vectors': {
      for (const name of op.names)
        if (!c.config.vectors.has(name) && !c.config.sparseVectors?.has(name)) throw unknownVectorName(name);
      return rewrite(c, select(c, op.selector), (p) => {
        for (const name of op.names) {
          p.vectors.delete(name);
          p.sparse?.delete(name);
        }
        return p;
      });
    }
  }
}

function predicateOf(c: DurableCollection, filter: unknown): Predicate {
  return compileFilter(filter, 'filter', c.config.payloadIndexes);
}

/**
 * The ids of the points a selector names: listed ids must all exist (Qdrant answers 404 otherwise).
 * Ids only: the points themselves are read a slice at a time by rewrite.
 */
function select(c: DurableCollection, selector: Selector, mustExist = true): PointId[] {
  if ('ids' in selector) {
    const out: PointId[] = [];
    for (const id of selector.ids) {
      if (c.get(id)) out.push(id);
      else if (mustExist) throw notFound(`No point with id ${String(id)} found`);
    }
    return out;
  }
  return c.select(predicateOf(c, selector.filter));
}

function existing(c: DurableCollection, id: PointId): PointRecord {
  const p = c.get(id);
  if (!p) throw notFound(`No point with id ${String(id)} found`);
  return p;
}

/** Points copied and written at once by rewrite: the memory an update by filter takes is this slice's. */
export const REWRITE_SLICE_POINTS = 2048;

/**
 * Stores the points' new state, REWRITE_SLICE_POINTS at a time (each slice one upsert); `change`
 * gets a copy it may change. Copying every selected point first took ~3x the collection's vectors
 * in memory for an update by an empty filter. Returns the last operation id.
 */
function rewrite(c: DurableCollection, ids: PointId[], change: (p: PointInput) => PointInput): number {
  if (ids.length === 0) return c.upsert([]);
  let version = 0;
  for (let start = 0; start < ids.length; start += REWRITE_SLICE_POINTS) {
    const slice: PointInput[] = [];
    for (const id of ids.slice(start, start + REWRITE_SLICE_POINTS))
      slice.push(change(copyVectors(c.get(id) as PointRecord)));
    version = c.upsert(slice);
  }
  return version;
}

/** The point with its own copy of the vectors (stored ones are views into blocks a write may move). */
function copyVectors(p: PointInput): PointInput {
  const vectors = new Map<string, Float32Array>();
  for (const [name, v] of p.vectors) vectors.set(name, Float32Array.from(v));
  // Sparse vectors too: an upsert without them would remove them (a payload update must not).
  const sparse = new Map<string, SparseVector>();
  for (const [name, v] of p.sparse ?? []) sparse.set(name, { indices: v.indices.slice(), values: v.values.slice() });
  return { id: p.id, payload: p.payload, vectors, ...(sparse.size > 0 ? { sparse } : {}) };
}

/**
 * Qdrant's set_payload: the given keys replace those at the top level, or, with `key`, those of
 * the object at that path (see setAtPath). The stored payload object is never changed in place.
 */
export function setPayload(payload: Payload, values: Payload, key?: PathItem[]): Payload {
  if (!key) return { ...payload, ...values };
  return setAtPath(payload, key, values) as Payload;
}
