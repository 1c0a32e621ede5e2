import type { ScoredPoint } from './collection.js';
import { formatError, notFound } from './errors.js';
import type { DurableCollection } from './durable-collection.js';
import { isPlainObject, splitKey, valuesAt } from './filter.js';
import { isRawJson, numberOf } from './json.js';
import { parsePointId } from './point-id.js';
import {
  parseQueryRequest,
  type QueryNode,
  rankDenseLeaf,
  runQueryNode,
  withoutReferencedPoints,
} from './query-tree.js';
import { parsePayloadSelector, parseVectorSelector, unsigned } from './rest/parse.js';
import { checkVectorSelector, presentRecord, presentScored } from './rest/present.js';
import type { EmbeddedStore } from './store.js';
import type { PointId } from './types.js';

type GroupId = string | number;

interface Group {
  id: GroupId;
  hits: ScoredPoint[];
}

/**
 * `POST /points/query/groups`: the query's hits grouped by the value of the payload key
 * `group_by` (a string or an integer; a point with several values joins each group), at most
 * `group_size` hits per group and `limit` groups, groups ordered by their best hit; the same
 * answer as grouping every hit (see fillGroups). Only the hits kept are presented. `with_lookup`
 * adds the point of another collection whose id is the group id (a RAG source document, say).
 */
export async function queryGroups(
  store: EmbeddedStore,
  collection: string,
  body: Record<string, unknown>,
): Promise<{ groups: unknown[] }> {
  if (typeof body.group_by !== 'string') throw formatError('missing field `group_by`');
  if (body.group_by === '') throw formatError('group_by: must not be empty');
  const groupSize = unsigned(body.group_size, 'group_size', 3, 1);
  const limit = unsigned(body.limit, 'limit', 10, 1);
  const lookup = parseLookup(body.with_lookup);
  const key = splitKey(body.group_by);
  const query: Record<string, unknown> = { ...body, offset: 0, limit };
  delete query.group_by;
  delete query.group_size;
  delete query.with_lookup;
  const request = parseQueryRequest(query);
  const c = store.collection(collection);
  checkVectorSelector(c.config, request.withVector);
  // Qdrant checks the lookup collection before it searches, with this wording.
  if (lookup && !store.exists(lookup.collection)) throw notFound(`Collection ${lookup.collection} not found`);
  const groups = await fillGroups(c, request.node, key, limit, groupSize);
  return {
    groups: groups.map((g) => {
      const out: Record<string, unknown> = {
        id: g.id,
        hits: g.hits.map((h) => presentScored(c.config, h, request.withPayload, request.withVector)),
      };
      if (lookup) addLookup(store, g.id, out, lookup);
      return out;
    }),
  };
}

/**
 * The first run asks for `limit * group_size` hits: they fill the groups unless many of the best
 * share a group. Then the groups are made again from the whole ranking, read only as far as they
 * need (a dense search: one exact scan; otherwise one run with a window of the whole collection).
 * So the answer is always that of grouping every hit, for at most two runs.
 */
async function fillGroups(
  c: DurableCollection,
  node: QueryNode,
  key: string[],
  limit: number,
  groupSize: number,
): Promise<Group[]> {
  const exclude = withoutReferencedPoints(node);
  const window = Math.min(limit * groupSize, c.size + 1);
  const first = await runQueryNode(c, node, window, exclude);
  const grouped = new Grouping(key, limit, groupSize);
  for (const hit of first) grouped.add(hit);
  if (grouped.full || first.length < window || window > c.size) return grouped.groups;
  const again = new Grouping(key, limit, groupSize);
  const ranking = (await rankDenseLeaf(c, node, exclude)) ?? (await runQueryNode(c, node, c.size + 1, exclude));
  for (const hit of ranking) if (again.add(hit)) break;
  return again.groups;
}

/** Hits taken in ranking order into at most `limit` groups of at most `groupSize`. */
class Grouping {
  private readonly byId = new Map<string, Group>();
  private fullGroups = 0;

  constructor(
    private readonly key: string[],
    private readonly limit: number,
    private readonly groupSize: number,
  ) {}

  get full(): boolean {
    return this.fullGroups === this.limit;
  }

  get groups(): Group[] {
    return [...this.byId.values()];
  }

  /** Takes a hit into its groups; true once every group is full. */
  add(hit: ScoredPoint): boolean {
    for (const id of groupIds(hit.record.payload ?? {}, this.key)) {
      const slot = `${typeof id}:${id}`;
      let group = this.byId.get(slot);
      if (!group) {
        if (this.byId.size === this.limit) continue;
        this.byId.set(slot, (group = { id, hits: [] }));
      }
      if (group.hits.length < this.groupSize) {
        group.hits.push(hit);
        if (group.hits.length === this.groupSize) this.fullGroups++;
      }
    }
    return this.full;
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
function addLookup(store: EmbeddedStore, groupId: GroupId, group: Record<string, unknown>, lookup: Lookup): void {
  const c = store.collection(lookup.collection);
  checkVectorSelector(c.config, lookup.withVector);
  let id: PointId;
  try {
    id = parsePointId(groupId, 'group id');
  } catch {
    return;
  }
  const point = c.get(id);
  if (point) group.lookup = presentRecord(c.config, point, lookup.withPayload, lookup.withVector);
}
