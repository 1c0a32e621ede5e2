import type { DurableCollection } from './durable-collection.js';
import { formatError, wrongInput } from './errors.js';
import { compileFilter, splitKey, valuesAt } from './filter.js';
import { numberOf, isRawJson } from './json.js';
import { indexType } from './payload-index.js';
import { unsigned } from './rest/parse.js';

export interface FacetHit {
  value: string | number | boolean;
  count: number;
}

/** Index types Qdrant can facet on, and the payload values each one counts. */
const FACET_VALUES: Record<string, (v: unknown) => boolean> = {
  keyword: (v) => typeof v === 'string',
  uuid: (v) => typeof v === 'string',
  integer: (v) => (typeof v === 'number' && Number.isInteger(v)) || isRawJson(v),
  bool: (v) => typeof v === 'boolean',
};

/** Qdrant's FacetValue order between types (keyword, integer, bool), then by value. */
const TYPE_ORDER = { string: 0, number: 1, boolean: 2 } as Record<string, number>;

/**
 * `POST /collections/{name}/facet`: how many points (among those the filter selects) carry each
 * value of `key`, a point with a value twice counting once; most frequent first, ties by value.
 * As in Qdrant, the key needs a keyword, integer, bool or uuid index. Counts here are always
 * exact (one scan of the payloads), so `exact` changes nothing.
 */
export function facet(c: DurableCollection, body: Record<string, unknown>): { hits: FacetHit[] } {
  if (typeof body.key !== 'string') throw formatError('missing field `key`');
  const limit = unsigned(body.limit, 'limit', 10, 1);
  if (body.exact !== undefined && body.exact !== null && typeof body.exact !== 'boolean')
    throw formatError('exact: expected a boolean');
  const key = body.key;
  const type = indexType(c.config.payloadIndexes[key]);
  const counts = type ? FACET_VALUES[type] : undefined;
  if (!counts) {
    throw wrongInput(
      `No appropriate index for faceting: \`${key}\`. Please create one to facet on this field. Check https://qdrant.tech/documentation/concepts/indexing/#payload-index to see which payload schemas support Match conditions`,
    );
  }
  const predicate = compileFilter(body.filter, 'filter', c.config.payloadIndexes);
  const path = splitKey(key);
  const tally = new Map<string, FacetHit>();
  for (const id of c.select(predicate)) {
    const seen = new Set<string>();
    for (const raw of valuesAt(c.get(id)?.payload ?? {}, path)) {
      if (!counts(raw)) continue;
      const value = numberOf(raw) as FacetHit['value'];
      const slot = `${typeof value}:${String(value)}`;
      if (seen.has(slot)) continue;
      seen.add(slot);
      const hit = tally.get(slot);
      if (hit) hit.count++;
      else tally.set(slot, { value, count: 1 });
    }
  }
  return { hits: [...tally.values()].sort(byCountThenValue).slice(0, limit) };
}

function byCountThenValue(a: FacetHit, b: FacetHit): number {
  if (a.count !== b.count) return b.count - a.count;
  const ta = TYPE_ORDER[typeof a.value];
  const tb = TYPE_ORDER[typeof b.value];
  if (ta !== tb) return ta - tb;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
