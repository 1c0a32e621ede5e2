import type { ScoredPoint } from './collection.js';
import { parseQuantizationSearchParams } from './config-codec.js';
import type { DurableCollection } from './durable-collection.js';
import { formatError, notFound, StoreError, validationError, wrongInput } from './errors.js';
import { compileFilter, isPlainObject, MATCH_ALL, type Predicate } from './filter.js';
import { DEFAULT_RRF_K, dbsf, rrf } from './fusion.js';
import { isRawJson } from './json.js';
import { comparePointIds, parsePointId } from './point-id.js';
import {
  optionalNumber,
  optionalString,
  parsePayloadSelector,
  parseVectorSelector,
  parseVectorStruct,
  unsigned,
} from './rest/parse.js';
import { parseSparseVector } from './sparse-space.js';
import type { CollectionConfig, PointId, SparseVector } from './types.js';
import { unsupported } from './unsupported.js';

/**
 * The Query API (Qdrant's universal query), the one way `points/query`, `query/batch` and
 * `query/groups` run: a request is a tree of `prefetch`es whose root is the request itself (a
 * request without prefetches is a tree of one node). Each leaf searches (a dense or sparse vector,
 * a point id to search like, or no query: points in id order) with its own `params`; an inner
 * node, over the union of its prefetches' results, fuses them (`{fusion: "rrf" | "dbsf"}`,
 * `{rrf: {k, weights}}`) or rescores them exactly with a vector. As in Qdrant, a node's `params`
 * tune only its own search: the root's do not reach the prefetches, and a rescoring node scores
 * exactly. Filters are inherited by the prefetches below, as Qdrant propagates them to the leaves.
 */

type QueryKind =
  | { kind: 'dense'; vector: number[] }
  | { kind: 'sparse'; vector: SparseVector }
  | { kind: 'point'; id: PointId }
  | { kind: 'rrf'; k: number; weights?: number[] }
  | { kind: 'dbsf' };

export interface QueryNode {
  path: string;
  prefetch: QueryNode[];
  query?: QueryKind;
  using?: string;
  filter: unknown;
  /** Given for prefetches (default 10); the root's limit and offset are the caller's. */
  limit: number;
  scoreThreshold?: number;
  /** `params` as given (checked): quantization, `exact` and `hnsw_ef` for this node's own search. */
  params: unknown;
  /** `params.idf`: undefined when not given, 'global', or the corpus filter (raw). */
  idf?: 'global' | { corpus: unknown };
}

/** Qdrant's MAX_PREFETCH_DEPTH. */
const MAX_DEPTH = 64;
/** Queries and prefetches in one request, all levels together. */
const MAX_NODES = 256;

/** `params.idf`: "global" or `{corpus: <filter>}` (Qdrant's IdfParams), the filter checked. */
function parseIdfParams(params: unknown, path: string): QueryNode['idf'] {
  if (!isPlainObject(params) || !given(params.idf)) return undefined;
  const idf = params.idf;
  if (idf === 'global') return 'global';
  if (isPlainObject(idf) && Object.hasOwn(idf, 'corpus')) {
    compileFilter(idf.corpus, `${path}.idf.corpus`);
    return { corpus: idf.corpus };
  }
  throw formatError(`${path}.idf: expected "global" or {corpus: <filter>}`);
}

const badRequest = (detail: string) => new StoreError(400, `Bad request: ${detail}`);
const given = (v: unknown) => v !== undefined && v !== null;

/**
 * Qdrant's checks of a query request and of each prefetch, in its words (CollectionQueryRequest
 * validation): prefetches and a score threshold need a query, a fusion takes no `using`, an
 * order_by query no score threshold. MMR is refused rather than answered as a nearest search.
 */
export function checkQueryShape(b: Record<string, unknown>): void {
  const prefetch = b.prefetch;
  const hasPrefetch = given(prefetch) && !(Array.isArray(prefetch) && prefetch.length === 0);
  if (hasPrefetch && !given(b.query))
    throw badRequest("A query is needed to merge the prefetches. Can't have prefetches without defining a query.");
  if (given(b.score_threshold) && !given(b.query))
    throw badRequest(
      "A query is needed to use the score_threshold. Can't have score_threshold without defining a query.",
    );
  const q = b.query;
  if (given(b.score_threshold) && isPlainObject(q) && Object.hasOwn(q, 'order_by'))
    throw badRequest("Can't use score_threshold with an order_by query.");
  // Answering an MMR query as a plain nearest search would give other results than Qdrant's.
  if (isPlainObject(q) && given(q.mmr)) throw unsupported('query.mmr (maximal marginal relevance)');
  if (isPlainObject(q) && (Object.hasOwn(q, 'fusion') || Object.hasOwn(q, 'rrf')) && given(b.using) && b.using !== '')
    throw badRequest("Fusion queries cannot be combined with the 'using' field.");
}

/** Reads a query request (or a prefetch) into a node, checking it before any collection is looked up. */
export function parseQueryNode(b: Record<string, unknown>, path: string, depth = 0, seen = { nodes: 0 }): QueryNode {
  if (depth > MAX_DEPTH) throw wrongInput(`prefetches depth ${depth} exceeds max depth ${MAX_DEPTH}`);
  // Each node is a search: a request of a few bytes per prefetch must not ask for a million of them.
  if (++seen.nodes > MAX_NODES)
    throw wrongInput(`${path || 'query'}: more than ${MAX_NODES} queries and prefetches in one request`);
  checkQueryShape(b);
  compileFilter(b.filter, `${path}filter`);
  checkSearchParams(b.params, `${path}params`);
  const prefetch = b.prefetch;
  const list = prefetch === undefined || prefetch === null ? [] : Array.isArray(prefetch) ? prefetch : [prefetch];
  return {
    path,
    prefetch: list.map((p, i) => {
      const at = `${path}prefetch[${i}].`;
      if (!isPlainObject(p)) throw formatError(`${at.slice(0, -1)}: expected a prefetch object`);
      return parseQueryNode(p, at, depth + 1, seen);
    }),
    query: parseQueryKind(b.query, `${path}query`),
    using: optionalString(b.using, `${path}using`),
    filter: b.filter,
    // The root's limit and offset are the request's (QueryRequest); a prefetch has its own.
    limit: depth === 0 ? 0 : unsigned(b.limit, `${path}limit`, 10, 1),
    scoreThreshold: optionalNumber(b.score_threshold, `${path}score_threshold`),
    params: b.params,
    idf: parseIdfParams(b.params, `${path}params`),
  };
}

function parseQueryKind(value: unknown, path: string): QueryKind | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return { kind: 'dense', vector: parseVectorStruct(value, path).get('') as number[] };
  if (typeof value === 'number' || typeof value === 'string' || isRawJson(value))
    return { kind: 'point', id: parsePointId(value, path) };
  if (!isPlainObject(value))
    throw formatError(`${path}: expected a vector, a point id, {nearest: ...} or {fusion: ...}`);
  if (Object.hasOwn(value, 'nearest')) return parseQueryKind(value.nearest, `${path}.nearest`);
  if (Object.hasOwn(value, 'indices')) return { kind: 'sparse', vector: parseSparseVector(value, path) };
  if (Object.hasOwn(value, 'fusion')) {
    if (value.fusion === 'rrf') return { kind: 'rrf', k: DEFAULT_RRF_K };
    if (value.fusion === 'dbsf') return { kind: 'dbsf' };
    throw formatError(`${path}.fusion: unknown variant ${JSON.stringify(value.fusion)}, expected one of rrf, dbsf`);
  }
  if (Object.hasOwn(value, 'rrf')) {
    const params = value.rrf ?? {};
    if (!isPlainObject(params)) throw formatError(`${path}.rrf: expected {k?, weights?}`);
    const k = unsigned(params.k, `${path}.rrf.k`, DEFAULT_RRF_K, 1);
    const weights = params.weights;
    if (weights === undefined || weights === null) return { kind: 'rrf', k };
    if (!Array.isArray(weights) || !weights.every((w) => typeof w === 'number' && Number.isFinite(w)))
      throw formatError(`${path}.rrf.weights: expected a list of numbers`);
    return { kind: 'rrf', k, weights };
  }
  const kind = Object.keys(value)[0] ?? 'unknown';
  throw unsupported(`${path}: the \`${kind}\` query (nearest-vector search, sparse vectors and fusion only)`);
}

/** Runs a parsed query against a collection: `want` results (the root's limit + offset), best first. */
export async function runQueryNode(
  c: DurableCollection,
  node: QueryNode,
  want: number,
  inherited: Predicate = MATCH_ALL,
): Promise<ScoredPoint[]> {
  const own = compileFilter(node.filter, `${node.path}filter`, c.config.payloadIndexes);
  const predicate = both(inherited, own);
  const query = node.query;
  const using = defaultVectorName(c.config, node.using ?? '', query?.kind === 'sparse');
  if (node.prefetch.length === 0) {
    if (query === undefined) {
      return c.scroll(predicate, want).points.map((record) => ({ record, score: 0 }));
    }
    if (query.kind === 'rrf' || query.kind === 'dbsf')
      throw wrongInput('Validation failed: cannot apply Fusion without prefetches');
    const vector = resolve(c, query, using);
    const idfCorpus = idfCorpusOf(c, node, using);
    if ('indices' in vector) {
      return c.searchSparse({
        using,
        vector,
        predicate,
        limit: want,
        offset: 0,
        scoreThreshold: node.scoreThreshold,
        idfCorpus,
      });
    }
    if (c.isSparse(using))
      throw wrongInput(`Vector "${using}" is sparse: query it with {indices, values} (${node.path}query)`);
    return c.searchAsync({
      using,
      vector,
      predicate,
      limit: want,
      offset: 0,
      scoreThreshold: node.scoreThreshold,
      quantization: parseQuantizationSearchParams(node.params, `${node.path}params`),
      ...hnswSearchParams(node.params),
    });
  }
  if (query === undefined) throw wrongInput('cannot have prefetches without a query');
  const lists: ScoredPoint[][] = [];
  for (const p of node.prefetch) lists.push(await runQueryNode(c, p, Math.min(p.limit, c.size + 1), predicate));
  if (query.kind === 'rrf' || query.kind === 'dbsf') {
    if (query.kind === 'rrf' && query.weights && query.weights.length !== lists.length) {
      throw validationError(
        `Number of weights in RRF should match number of pre-fetches: got ${query.weights.length}, expected ${lists.length}`,
      );
    }
    const fused = query.kind === 'rrf' ? rrf(lists, query.k, query.weights) : dbsf(lists);
    const threshold = node.scoreThreshold ?? -Infinity;
    return fused.filter((p) => p.score >= threshold).slice(0, want);
  }
  return rescore(c, using, resolve(c, query, using), lists, want, node.scoreThreshold, idfCorpusOf(c, node, using));
}

/**
 * A leaf searching with a dense vector, ranked whole: every point it selects, best first, scored
 * exactly in one scan (on a worker thread when large) and read one at a time (Collection.rankedAsync). Undefined for any other node.
 */
export function rankDenseLeaf(
  c: DurableCollection,
  node: QueryNode,
  inherited: Predicate,
): Promise<Iterable<ScoredPoint>> | undefined {
  const query = node.query;
  if (node.prefetch.length > 0 || query === undefined || query.kind === 'rrf' || query.kind === 'dbsf') return;
  if (query.kind === 'sparse') return;
  const using = defaultVectorName(c.config, node.using ?? '');
  if (c.isSparse(using)) return;
  const vector = resolve(c, query, using);
  if ('indices' in vector) return;
  const own = compileFilter(node.filter, `${node.path}filter`, c.config.payloadIndexes);
  return c.rankedAsync({ using, vector, predicate: both(inherited, own), scoreThreshold: node.scoreThreshold });
}

/**
 * The corpus predicate of `params.idf` for a search of `using`: Qdrant refuses the parameter for
 * a vector it cannot apply to (dense, or sparse without the idf modifier).
 */
function idfCorpusOf(c: DurableCollection, node: QueryNode, using: string): Predicate | undefined {
  if (node.idf === undefined) return undefined;
  if (!c.isSparse(using) || c.config.sparseVectors?.get(using)?.modifier !== 'idf') {
    throw wrongInput(
      `Validation failed: search param \`idf\` requires a sparse vector with the \`idf\` modifier, which vector ${JSON.stringify(using)} is not`,
    );
  }
  if (node.idf === 'global') return undefined;
  return compileFilter(node.idf.corpus, `${node.path}params.idf.corpus`, c.config.payloadIndexes);
}

/** The prefetched points (each once) scored by a vector, best first, as Qdrant's rescoring stage. */
function rescore(
  c: DurableCollection,
  using: string,
  vector: number[] | SparseVector,
  lists: ScoredPoint[][],
  want: number,
  scoreThreshold: number | undefined,
  idfCorpus: Predicate | undefined,
): ScoredPoint[] {
  if (!('indices' in vector) && c.isSparse(using))
    throw wrongInput(`Vector "${using}" is sparse: rescore with {indices, values}`);
  const ids = new Map<string, PointId>();
  for (const list of lists) for (const p of list) ids.set(`${typeof p.record.id}:${String(p.record.id)}`, p.record.id);
  const sign = c.higherIsBetter(using) ? 1 : -1;
  const threshold = scoreThreshold === undefined ? -Infinity : sign * scoreThreshold;
  return c
    .scoreIds(using, vector, [...ids.values()], idfCorpus)
    .filter((p) => sign * p.score >= threshold)
    .sort((a, b) => sign * (b.score - a.score))
    .slice(0, want);
}

/** The vector a query searches with: given, or the `using` vector of the point it names. */
function resolve(
  c: DurableCollection,
  query: Extract<QueryKind, { kind: 'dense' | 'sparse' | 'point' }>,
  using: string,
): number[] | SparseVector {
  if (query.kind !== 'point') return query.vector;
  const point = c.get(query.id);
  const v = point?.sparse?.get(using) ?? point?.vectors.get(using);
  if (!v) throw notFound(`No point with id ${String(query.id)} found`);
  return 'indices' in v ? v : Array.from(v);
}

/**
 * Qdrant leaves the points a query names by id (at the root or in any prefetch) out of every
 * search of that query: a predicate passing all other points.
 */
export function withoutReferencedPoints(node: QueryNode): Predicate {
  const ids: PointId[] = [];
  const collect = (n: QueryNode) => {
    if (n.query?.kind === 'point') ids.push(n.query.id);
    n.prefetch.forEach(collect);
  };
  collect(node);
  return excludingIds(ids);
}

export function excludingIds(ids: readonly PointId[]): Predicate {
  if (ids.length === 0) return MATCH_ALL;
  return (point) => !ids.some((id) => comparePointIds(id, point.id) === 0);
}

function both(a: Predicate, b: Predicate): Predicate {
  if (a === MATCH_ALL) return b;
  if (b === MATCH_ALL) return a;
  return (point) => a(point) && b(point);
}

/**
 * A collection of one dense vector is searched by it when `using` is not given, named or not; a
 * sparse query names its vector, as a collection without an unnamed one has nothing to default to.
 */
export function defaultVectorName(config: CollectionConfig, using: string, sparseQuery = false): string {
  if (using === '' && !sparseQuery && !config.unnamed && config.vectors.size === 1)
    return [...config.vectors.keys()][0];
  return using;
}

/**
 * Search `params`, checked as Qdrant checks them (hnsw_ef at least 1, exact a boolean); the
 * quantization ones are read by parseQuantizationSearchParams.
 */
export function checkSearchParams(value: unknown, path: string): void {
  if (value === undefined || value === null) return;
  if (!isPlainObject(value)) throw formatError(`${path}: expected an object`);
  if (value.hnsw_ef !== undefined && value.hnsw_ef !== null) unsigned(value.hnsw_ef, `${path}.hnsw_ef`, 0, 1);
  if (value.exact !== undefined && value.exact !== null && typeof value.exact !== 'boolean')
    throw formatError(`${path}.exact: expected a boolean`);
}

/** `params.exact` (skip the HNSW index) and `params.hnsw_ef` (its beam width), checked by checkSearchParams. */
export function hnswSearchParams(value: unknown): { exact?: boolean; hnswEf?: number } {
  if (!isPlainObject(value)) return {};
  return {
    exact: value.exact === true,
    hnswEf: typeof value.hnsw_ef === 'number' ? value.hnsw_ef : undefined,
  };
}

/** A `points/query` request: its tree, the window of results it asks for, and what to show of each hit. */
export interface QueryRequest {
  node: QueryNode;
  limit: number;
  offset: number;
  withPayload: ReturnType<typeof parsePayloadSelector>;
  withVector: ReturnType<typeof parseVectorSelector>;
}

/** Reads a `points/query` body (or one of `query/batch`'s, at `prefix`), checked before any collection is looked up. */
export function parseQueryRequest(b: Record<string, unknown>, prefix = ''): QueryRequest {
  if (given(b.lookup_from)) throw unsupported(`${prefix}lookup_from`);
  const node = parseQueryNode(b, prefix);
  // Qdrant names the query's fields after its flattened `internal` request in validation errors.
  const limitPath = prefix ? `${prefix}limit` : 'internal.limit';
  return {
    node,
    limit: unsigned(b.limit, limitPath, 10, 1),
    offset: unsigned(b.offset, `${prefix}offset`, 0),
    withPayload: parsePayloadSelector(b.with_payload, false, `${prefix}with_payload`),
    withVector: parseVectorSelector(b.with_vector ?? b.with_vectors, false, `${prefix}with_vector`),
  };
}

/**
 * Runs a request: its hits after `offset`, at most `limit`, best first. Limits and offsets are u64
 * in Qdrant; no answer holds more points than the collection, so both are cut to its size (plus
 * one, so an offset past the end still finds nothing) before they size any buffer.
 */
export async function runQueryRequest(c: DurableCollection, r: QueryRequest): Promise<ScoredPoint[]> {
  const limit = Math.min(r.limit, c.size + 1);
  const offset = Math.min(r.offset, c.size + 1);
  const hits = await runQueryNode(c, r.node, limit + offset, withoutReferencedPoints(r.node));
  return hits.slice(offset);
}
