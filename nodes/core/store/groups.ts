import { formatError, notFound } from './errors.js';
import { isPlainObject, splitKey, valuesAt } from './filter.js';
import { isRawJson, numberOf } from './json.js';
import { parsePointId } from './point-id.js';
import { parsePayloadSelector, parseVectorSelector, unsigned } from './rest/parse.js';
import { checkVectorSelector, presentRecord } from './rest/present.js';
import type { EmbeddedStore } from './store.js';
import type { PointId } from './types.js';

/** A query as `POST /points/query` runs it: `{points: [...]}` of scored points, best first. */
export type RunQuery = (store: EmbeddedStore, collection: string, body: Record<string, unknown>) => Promise<unknown>;

type ScoredJson = { id: unknown } & Record<string, unknown>;
type GroupId = string | number;

interface Group {
  id: GroupId;
  hits: ScoredJson[];
  lookup?: unknown;
}

/**
 * `POST /points/query/groups`: the query's hits grouped by the value of the payload key
 * `group_by` (a string or an integer; a point with several values joins each group), at most
 * `group_size` hits per group and `limit` groups, groups ordered by their best hit. Built on the
 * plain query: it asks for a window of hits and widens it until the first `limit` groups are
 * full or the collection is exhausted, so the answer is the same as grouping every hit.
 * `with_lookup` adds the point of another collection whose id is the group id (a RAG source
 * document, say).
 */
export async function queryGroups(
  store: EmbeddedStore,
  collection: string,
  body: Record<string, unknown>,
  runQuery: RunQuery,
): Promise<{ groups: Group[] }> {
  if (typeof body.group_by !== 'string') throw formatError('missing field `group_by`');
  if (body.group_by === '') throw formatError('group_by: must not be empty');
  const groupSize = unsigned(body.group_size, 'group_size', 3, 1);
  const limit = unsigned(body.limit, 'limit', 10, 1);
  const lookup = parseLookup(body.with_lookup);
  const key = splitKey(body.group_by);
  const c = store.collection(collection);
  // Qdrant checks the lookup collection before it searches, with this wording.
  if (lookup && !store.exists(lookup.collection)) throw notFound(`Collection ${lookup.collection} not found`);
  const query: Record<string, unknown> = { ...body, offset: 0 };
  delete query.group_by;
  delete query.group_size;
  delete query.with_lookup;
  let window = Math.min(limit * groupSize, c.size + 1);
  for (;;) {
    const { points } = (await runQuery(store, collection, { ...query, limit: window })) as { points: ScoredJson[] };
    const groups = new Map<string, Group>();
    for (const hit of points) {
      const payload = c.get(parsePointId(hit.id, 'id'))?.payload ?? {};
      for (const id of groupIds(payload, key)) {
        const slot = `${typeof id}:${id}`;
        let group = groups.get(slot);
        if (!group) {
          if (groups.size === limit) continue;
          groups.set(slot, (group = { id, hits: [] }));
        }
        if (group.hits.length < groupSize && !group.hits.includes(hit)) group.hits.push(hit);
      }
    }
    const full = groups.size === limit && [...groups.values()].every((g) => g.hits.length === groupSize);
    if (full || points.length < window || window > c.size) {
      const out = [...groups.values()];
      if (lookup) for (const g of out) addLookup(store, g, lookup);
      return { groups: out };
    }
    window = Math.min(window * 4, c.size + 1);
  }
}

/** Distinct string and integer values at the key, in payload order (others cannot be group ids). */
function groupIds(payload: unknown, key: string[]): GroupId[] {
  const out: GroupId[] = [];
  for (const v of valuesAt(payload, key)) {
    const value = numberOf(v);
    const ok = typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value) && !isRawJson(v));
    if (ok && !out.includes(value)) out.push(value);
  }
  return out;
}

interface Lookup {
  collection: string;
  withPayload: ReturnType<typeof parsePayloadSelector>;
  withVector: ReturnType<typeof parseVectorSelector>;
}

function parseLookup(value: unknown): Lookup | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return { collection: value, withPayload: true, withVector: false };
  if (!isPlainObject(value) || typeof value.collection !== 'string')
    throw formatError('with_lookup: expected a collection name or {collection, with_payload, with_vectors}');
  return {
    collection: value.collection,
    withPayload: parsePayloadSelector(value.with_payload, true, 'with_lookup.with_payload'),
    withVector: parseVectorSelector(value.with_vectors ?? value.with_vector, false, 'with_lookup.with_vectors'),
  };
}

/** The looked-up point, when the group id is a valid point id of the lookup collection. */
function addLookup(store: EmbeddedStore, group: Group, lookup: Lookup): void {
  const c = store.collection(lookup.collection);
  checkVectorSelector(c.config, lookup.withVector);
  let id: PointId;
  try {
    id = parsePointId(group.id, 'group id');
  } catch {
    return;
  }
  const point = c.get(id);
  if (point) group.lookup = presentRecord(c.config, point, lookup.withPayload, lookup.withVector);
}
