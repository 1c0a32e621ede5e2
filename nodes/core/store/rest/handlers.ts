import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  parseCreateCollection,
  parseQuantizationSearchParams,
  parseUpdateCollection,
  unknownVectorName,
} from '../config-codec.js';
import { formatError, notFound, StoreError, wrongInput } from '../errors.js';
import { compileFilter, isPlainObject, type Predicate } from '../filter.js';
import { parsePointId, parsePointIdText, pointIdToJson } from '../point-id.js';
import type { IndexState } from '../hnsw-collection.js';
import type { EmbeddedStore, SnapshotSource } from '../store.js';
import type { CollectionConfig, PointId } from '../types.js';
import { unsupported } from '../unsupported.js';
import { checkCount, MAX_BATCH_SEARCHES } from '../request-limits.js';
import { QDRANT_VERSION, STORE_COMMIT } from '../identity.js';
import { checkIndexSchema, payloadSchemaEntry } from '../payload-index.js';
import {
  checkSearchParams,
  defaultVectorName,
  hnswSearchParams,
  parseQueryRequest,
  runQueryRequest,
} from '../query-tree.js';
import {
  body,
  optionalNumber,
  optionalString,
  parseIdList,
  parsePayloadSelector,
  parseUpsert,
  parseVectorSelector,
  parseVectorStruct,
  unsigned,
} from './parse.js';
import { checkVectorSelector, presentRecord, presentScored } from './present.js';
import type { StoreMetrics } from '../store-metrics.js';
import { aliasRoutes } from './alias-routes.js';
import { metricsRoutes } from './metrics-route.js';
import { searchRoutes } from './search-routes.js';
import { fullSnapshotRoutes } from './snapshot-routes.js';
import { updateRoutes } from './update-routes.js';

export interface RouteContext {
  store: EmbeddedStore;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Reads and parses the JSON body (once). */
  json(): Promise<unknown>;
  /** Reads the raw body (snapshot uploads), up to the upload limit. */
  raw(): Promise<{ bytes: Buffer; contentType: string }>;
  /** Fetches a snapshot from an http(s) location, with a timeout and the upload size limit. */
  download(url: string): Promise<Buffer>;
  /** The server's request metrics (GET /metrics). */
  metrics: StoreMetrics;
}

/** A JSON result in Qdrant's envelope, or a response the handler writes itself (files, text). */
export type RouteResult =
  | { result: unknown; status?: number }
  | { accepted: true }
  | { file: string; contentType: string }
  | { text: string }
  | { bare: unknown };

type Handler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

export interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
  /** The path as Qdrant names it in metrics (`/collections/{collection_name}/points`). */
  template: string;
}

const routes: Route[] = [];

function route(method: string, template: string, handler: Handler): void {
  const names: string[] = [];
  const pattern = new RegExp(
    '^' + template.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)')) + '/?$',
  );
  routes.push({
    method,
    pattern,
    names,
    handler,
    template: template.replace(/\{(collection|field|vector|snapshot)\}/g, '{$1_name}'),
  });
}

export function findRoute(
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | 'method' | undefined {
  let pathMatched = false;
  for (const r of routes) {
    const m = r.pattern.exec(pathname);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    const params: Record<string, string> = {};
    r.names.forEach((name, i) => (params[name] = decodePathSegment(m[i + 1])));
    return { route: r, params };
  }
  return pathMatched ? 'method' : undefined;
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new StoreError(
      400,
      `Bad request: malformed percent-encoding (URI) in path segment ${JSON.stringify(segment)}`,
    );
  }
}

const health = (): RouteResult => ({ text: 'healthz check passed' });

route('GET', '/', () => ({
  bare: { title: 'qdrant - vector search engine', version: QDRANT_VERSION, commit: STORE_COMMIT },
}));
// A standalone Qdrant answers this way; clients call it to find out whether they talk to a cluster.
route('GET', '/cluster', () => ({ result: { status: 'disabled' } }));
route('GET', '/healthz', health);
route('GET', '/livez', health);
route('GET', '/readyz', () => ({ text: 'all shards are ready' }));

route('GET', '/collections', ({ store }) => ({
  result: { collections: store.collectionNames().map((name) => ({ name })) },
}));

route('PUT', '/collections/{collection}', async ({ store, params, json }) => {
  const config = parseCreateCollection(await json());
  store.createCollection(params.collection, config);
  return { result: true };
});

// Scalar quantization can be turned on, changed or "Disabled"; new HNSW parameters (m, ef_construct)
// rebuild the index. Per-vector options are recorded and reported back, as Qdrant does.
route('PATCH', '/collections/{collection}', async ({ store, params, json }) => {
  const update = parseUpdateCollection(await json());
  const c = store.collection(params.collection);
  for (const name of update.vectors.keys()) if (!c.config.vectors.has(name)) throw unknownVectorName(name);
  for (const name of update.sparseVectors?.keys() ?? [])
    if (!c.config.sparseVectors?.has(name)) throw unknownVectorName(name);
  c.update(update);
  return { result: true };
});

route('GET', '/collections/{collection}', ({ store, params }) => {
  const c = store.collection(params.collection);
  return { result: collectionInfo(c.config, c.size, (p) => c.count(p), c.indexState()) };
});

route('DELETE', '/collections/{collection}', ({ store, params }) => ({
  result: store.deleteCollection(params.collection),
}));

route('GET', '/collections/{collection}/exists', ({ store, params }) => ({
  result: { exists: store.exists(params.collection) },
}));

route('PUT', '/collections/{collection}/index', async ({ store, params, json, query }) => {
  const b = body(await json());
  const field = optionalString(b.field_name, 'field_name');
  if (!field) throw formatError('missing field `field_name`');
  const schema = b.field_schema ?? b.field_type;
  if (schema === undefined || schema === null)
    throw wrongInput('field_schema is required: the embedded store cannot infer a payload index type');
  checkIndexSchema(schema);
  const c = store.collection(params.collection);
  c.setPayloadIndex(field, schema);
  return updateResult(0, query);
});

route('DELETE', '/collections/{collection}/index/{field}', ({ store, params, query }) => {
  store.collection(params.collection).setPayloadIndex(params.field, undefined);
  return updateResult(0, query);
});

route('PUT', '/collections/{collection}/points', async ({ store, params, json, query }) => {
  const raw = parseUpsert(await json());
  const c = store.collection(params.collection);
  // Prepare every point first: one bad vector rejects the whole batch and nothing is stored.
  const points = c.preparePoints(raw);
  return updateResult(c.upsert(points), query);
});

route('POST', '/collections/{collection}/points/delete', async ({ store, params, json, query }) => {
  const b = body(await json());
  const c = store.collection(params.collection);
  let ids: PointId[];
  if (b.points !== undefined) ids = parseIdList(b.points, 'points');
  else if (b.filter !== undefined) ids = c.select(compileFilter(b.filter, 'filter', c.config.payloadIndexes));
  else throw formatError('expected `points` (a list of ids) or `filter`');
  return updateResult(c.delete(ids), query);
});

route('POST', '/collections/{collection}/points', async ({ store, params, json }) => {
  const b = body(await json());
  const ids = parseIdList(b.ids, 'ids');
  const withPayload = parsePayloadSelector(b.with_payload, true);
  const withVector = parseVectorSelector(b.with_vector ?? b.with_vectors, false);
  const c = store.collection(params.collection);
  checkVectorSelector(c.config, withVector);
  const found = ids.map((id) => c.get(id)).filter((p) => p !== undefined);
  return { result: found.map((p) => presentRecord(c.config, p, withPayload, withVector)) };
});

route('GET', '/collections/{collection}/points/{id}', ({ store, params }) => {
  const c = store.collection(params.collection);
  const id = parsePointIdText(params.id);
  const point = c.get(id);
  if (!point) throw notFound(`No point with id ${params.id} found`);
  return { result: presentRecord(c.config, point, true, true) };
});

route('POST', '/collections/{collection}/points/scroll', async ({ store, params, json }) => {
  const b = body((await json()) ?? {});
  if (b.order_by !== undefined && b.order_by !== null) throw unsupported('order_by');
  compileFilter(b.filter); // checked before the collection is looked up, as Qdrant validates first
  const limit = unsigned(b.limit, 'limit', 10, 1);
  const offset = b.offset === undefined || b.offset === null ? undefined : parsePointId(b.offset, 'offset');
  const withPayload = parsePayloadSelector(b.with_payload, true);
  const withVector = parseVectorSelector(b.with_vector ?? b.with_vectors, false);
  const c = store.collection(params.collection);
  checkVectorSelector(c.config, withVector);
  const predicate = compileFilter(b.filter, 'filter', c.config.payloadIndexes);
  const page = c.scroll(predicate, Math.min(limit, c.size + 1), offset);
  return {
    result: {
      points: page.points.map((p) => presentRecord(c.config, p, withPayload, withVector)),
      next_page_offset: page.next === null ? null : pointIdToJson(page.next),
    },
  };
});

route('POST', '/collections/{collection}/points/count', async ({ store, params, json }) => {
  const b = body((await json()) ?? {});
  compileFilter(b.filter);
  const c = store.collection(params.collection);
  return { result: { count: c.count(compileFilter(b.filter, 'filter', c.config.payloadIndexes)) } };
});

route('POST', '/collections/{collection}/points/query', async ({ store, params, json }) => ({
  result: await runQuery(store, params.collection, body(await json())),
}));

route('POST', '/collections/{collection}/points/query/batch', async ({ store, params, json }) => {
  const b = body(await json());
  if (!Array.isArray(b.searches)) throw formatError('missing field `searches`');
  checkCount(b.searches.length, MAX_BATCH_SEARCHES, 'searches', 'searches');
  const results = [];
  for (const [i, s] of b.searches.entries())
    results.push(await runQuery(store, params.collection, body(s), `searches[${i}].`));
  return { result: results };
});

// Removed from the v1.19 spec but still served by Qdrant, with a bare list of scored points.
route('POST', '/collections/{collection}/points/search', async ({ store, params, json }) => {
  const b = body(await json());
  let using = '';
  let vector: unknown = b.vector;
  if (isPlainObject(b.vector)) {
    using = optionalString(b.vector.name, 'vector.name') ?? '';
    vector = b.vector.vector;
  }
  const limit = unsigned(b.limit, 'limit', NaN, 1);
  if (Number.isNaN(limit)) throw formatError('missing field `limit`');
  const offset = unsigned(b.offset, 'offset', 0);
  compileFilter(b.filter);
  checkSearchParams(b.params, 'params');
  const withPayload = parsePayloadSelector(b.with_payload, false);
  const withVector = parseVectorSelector(b.with_vector ?? b.with_vectors, false);
  const c = store.collection(params.collection);
  checkVectorSelector(c.config, withVector);
  const dense = parseVectorStruct(vector, 'vector').get('');
  if (!dense) throw formatError('vector: expected a list of numbers');
  const window = searchWindow(limit, offset, c.size);
  const hits = await c.searchAsync({
    using: defaultVectorName(c.config, using),
    vector: dense,
    predicate: compileFilter(b.filter, 'filter', c.config.payloadIndexes),
    ...window,
    scoreThreshold: optionalNumber(b.score_threshold, 'score_threshold'),
    quantization: parseQuantizationSearchParams(b.params, 'params'),
    ...hnswSearchParams(b.params),
  });
  return { result: hits.map((h) => presentScored(c.config, h, withPayload, withVector)) };
});

route('POST', '/collections/{collection}/snapshots', async ({ store, params, query }) => {
  if (query.get('wait') !== 'false') return { result: await store.createSnapshot(params.collection) };
  store.snapshotInBackground(params.collection);
  return { accepted: true };
});

route('GET', '/collections/{collection}/snapshots', ({ store, params }) => ({
  result: store.listSnapshots(params.collection),
}));

route('GET', '/collections/{collection}/snapshots/{snapshot}', ({ store, params }) => ({
  file: store.snapshotPath(params.collection, params.snapshot),
  contentType: 'application/octet-stream',
}));

route('DELETE', '/collections/{collection}/snapshots/{snapshot}', ({ store, params, query }) => {
  store.deleteSnapshot(params.collection, params.snapshot);
  return query.get('wait') === 'false' ? { accepted: true } : { result: true };
});

route('PUT', '/collections/{collection}/snapshots/recover', async ({ store, params, json, download, query }) => {
  const b = body(await json());
  const location = optionalString(b.location, 'location');
  if (!location) throw formatError('missing field `location`');
  const checksum = optionalString(b.checksum, 'checksum');
  store.recoverSnapshot(params.collection, await readLocation(store, location, download), checksum);
  return query.get('wait') === 'false' ? { accepted: true } : { result: true };
});

route('POST', '/collections/{collection}/snapshots/upload', async ({ store, params, raw, query }) => {
  const { bytes, contentType } = await raw();
  const image = await multipartFile(bytes, contentType, 'snapshot');
  store.recoverSnapshot(params.collection, { bytes: image }, query.get('checksum') ?? undefined);
  return query.get('wait') === 'false' ? { accepted: true } : { result: true };
});

/** `points/query` (and each search of `query/batch`): one run through the query tree, presented. */
async function runQuery(
  store: EmbeddedStore,
  collection: string,
  b: Record<string, unknown>,
  prefix = '',
): Promise<unknown> {
  const request = parseQueryRequest(b, prefix);
  const c = store.collection(collection);
  checkVectorSelector(c.config, request.withVector);
  const hits = await runQueryRequest(c, request);
  return { points: hits.map((h) => presentScored(c.config, h, request.withPayload, request.withVector)) };
}

/**
 * Limits and offsets are u64 in Qdrant; no answer holds more points than the collection, so both
 * are cut to its size (plus one, so an offset past the end still finds nothing) before they size
 * any buffer.
 */
function searchWindow(limit: number, offset: number, size: number): { limit: number; offset: number } {
  return { limit: Math.min(limit, size + 1), offset: Math.min(offset, size + 1) };
}

function updateResult(operationId: number, query: URLSearchParams): RouteResult {
  return { result: { operation_id: operationId, status: query.get('wait') === 'true' ? 'completed' : 'acknowledged' } };
}

function collectionInfo(
  config: CollectionConfig,
  points: number,
  count: (p: Predicate) => number,
  index: IndexState,
): unknown {
  // Qdrant shows on_disk, hnsw_config and quantization_config of a vector only when they were set.
  const vectors = config.unnamed ? config.vectors.get('') : Object.fromEntries(config.vectors);
  const sparse = config.sparseVectors ? { sparse_vectors: Object.fromEntries(config.sparseVectors) } : {};
  const settings = config.settings ?? {};
  const payloadSchema: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(config.payloadIndexes)) {
    payloadSchema[field] = payloadSchemaEntry(schema, count, field);
  }
  return {
    // Qdrant is yellow while its optimizer builds an index.
    status: index.optimizing ? 'yellow' : 'green',
    optimizer_status: 'ok',
    indexed_vectors_count: index.indexedVectors,
    points_count: points,
    segments_count: 1,
    config: {
      params: {
        vectors: vectors ?? {},
        ...sparse,
        shard_number: config.distribution?.shard_number ?? 1,
        replication_factor: config.distribution?.replication_factor ?? 1,
        write_consistency_factor: config.distribution?.write_consistency_factor ?? 1,
        on_disk_payload: settings.on_disk_payload ?? false,
      },
      hnsw_config: {
        m: 16,
        ef_construct: 100,
        full_scan_threshold: 10000,
        max_indexing_threads: 0,
        on_disk: false,
        ...settings.hnsw_config,
      },
      optimizer_config: {
        deleted_threshold: 0.2,
        vacuum_min_vector_number: 1000,
        default_segment_number: 0,
        max_segment_size: null,
        memmap_threshold: null,
        indexing_threshold: 10000,
        flush_interval_sec: 5,
        max_optimization_threads: null,
        ...settings.optimizers_config,
      },
      wal_config: { wal_capacity_mb: 32, wal_segments_ahead: 0 },
      quantization_config: config.quantization ?? settings.quantization_config ?? null,
      ...(config.metadata ? { metadata: config.metadata } : {}),
    },
    payload_schema: payloadSchema,
  };
}

/**
 * `file://` locations must lie inside the store's snapshots folder (as Qdrant restricts them), so a
 * request cannot read arbitrary files of the host; `http(s)://` locations are fetched. Answered as
 * Qdrant v1.19 answers (400 for a location that is not a local absolute path or names no file, 403
 * for a file elsewhere), except that the 403 does not name the snapshots folder as Qdrant's does:
 * no answer tells a client where the store keeps its data (only the path the client gave is echoed).
 */
async function readLocation(
  store: EmbeddedStore,
  location: string,
  download: (url: string) => Promise<Buffer>,
): Promise<SnapshotSource> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw wrongInput(`Snapshot location ${location} is not a URL: use file:///... or http(s)://...`);
  }
  if (url.protocol === 'file:') {
    if (url.hostname !== '' && url.hostname !== 'localhost')
      throw new StoreError(400, 'Bad request: Invalid snapshot URI, file path must be absolute or on localhost');
    const file = path.resolve(decodePathSegment(url.pathname));
    if (!fs.existsSync(file))
      throw new StoreError(400, `Bad request: Snapshot file ${JSON.stringify(file)} does not exist`);
    const allowed = path.resolve(store.snapshotsDir) + path.sep;
    // A symlink inside the folder could point anywhere: only regular files there are snapshots.
    if (!file.startsWith(allowed) || !store.isSnapshotFile(file))
      throw new StoreError(403, 'Forbidden: Snapshot file path must be inside the snapshots directory');
    return { file };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return { bytes: await download(url.toString()) };
  throw wrongInput(`Snapshot location ${location}: unsupported scheme ${url.protocol}, use file:// or http(s)://`);
}

/** Parses a multipart/form-data body with the runtime's own parser and returns one file field. */
async function multipartFile(bytes: Buffer, contentType: string, field: string): Promise<Buffer> {
  if (!contentType.startsWith('multipart/form-data')) {
    throw wrongInput(
      `expected a multipart/form-data body with a \`${field}\` file, got ${contentType || 'no content type'}`,
    );
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch (err) {
    throw wrongInput(`malformed multipart body: ${(err as Error).message}`);
  }
  const file = form.get(field);
  if (file === null || typeof file === 'string') throw wrongInput(`the multipart body has no \`${field}\` file field`);
  return Buffer.from(await file.arrayBuffer());
}

/**
 * Qdrant endpoints the embedded store does not serve answer the one "not supported" 400 naming the
 * feature, not a 404 or 405 that would look like a wrong URL or a missing collection.
 */
const UNSUPPORTED_ENDPOINTS: [method: string, template: string, feature: string][] = [
  ['GET', '/telemetry', 'telemetry'],
  ['GET', '/issues', 'issues'],
  ['DELETE', '/issues', 'issues'],
  ['GET', '/cluster/telemetry', 'cluster telemetry'],
  ['GET', '/quotas', 'quotas'],
  ['PUT', '/quotas', 'quotas'],
  ['GET', '/collections/{collection}/cluster', 'sharding and cluster operations'],
  ['GET', '/collections/{collection}/shards', 'shard keys'],
  ['PUT', '/collections/{collection}/shards', 'shard keys'],
  ['POST', '/collections/{collection}/shards/delete', 'shard keys'],
  ['GET', '/collections/{collection}/shards/{shard}/snapshot', 'shard snapshots'],
  ['GET', '/collections/{collection}/shards/{shard}/snapshots', 'shard snapshots'],
  ['POST', '/collections/{collection}/shards/{shard}/snapshots', 'shard snapshots'],
  ['POST', '/collections/{collection}/shards/{shard}/snapshots/upload', 'shard snapshots'],
  ['PUT', '/collections/{collection}/shards/{shard}/snapshots/recover', 'shard snapshots'],
  ['GET', '/collections/{collection}/shards/{shard}/snapshots/{snapshot}', 'shard snapshots'],
  ['DELETE', '/collections/{collection}/shards/{shard}/snapshots/{snapshot}', 'shard snapshots'],
  ['PUT', '/collections/{collection}/vectors/{vector}', 'adding named vectors to a collection'],
  ['DELETE', '/collections/{collection}/vectors/{vector}', 'removing named vectors from a collection'],
  ['GET', '/collections/{collection}/optimizations', 'optimizations'],
  ['POST', '/collections/{collection}/points/search/matrix/pairs', 'the distance matrix'],
  ['POST', '/collections/{collection}/points/search/matrix/offsets', 'the distance matrix'],
  // Removed from the v1.19 spec but still served by Qdrant.
  ['POST', '/collections/{collection}/points/search/batch', 'batch search (use query/batch)'],
  ['POST', '/collections/{collection}/points/search/groups', 'grouped search'],
  ['POST', '/collections/{collection}/points/recommend', 'recommend'],
  ['POST', '/collections/{collection}/points/recommend/batch', 'recommend'],
  ['POST', '/collections/{collection}/points/recommend/groups', 'recommend'],
  ['POST', '/collections/{collection}/points/discover', 'discover'],
  ['POST', '/collections/{collection}/points/discover/batch', 'discover'],
];

/**
 * Operations that need a cluster answer as a standalone Qdrant answers them (405, "Qdrant is running
 * in standalone mode"): the store is a standalone server, and clients already handle that answer.
 */
const STANDALONE_ONLY: [method: string, template: string][] = [
  ['POST', '/cluster/recover'],
  ['DELETE', '/cluster/peer/{peer}'],
  ['POST', '/collections/{collection}/cluster'],
];

for (const [method, template] of STANDALONE_ONLY) {
  route(method, template, () => {
    throw new StoreError(405, 'Qdrant is running in standalone mode');
  });
}

/** Registered after the served routes, so a route the store gains later takes precedence. */
function registerUnsupportedEndpoints(): void {
  for (const [method, template, feature] of UNSUPPORTED_ENDPOINTS) {
    if (!findServed(method, template))
      route(method, template, () => {
        throw unsupported(feature);
      });
  }
}

function findServed(method: string, template: string): boolean {
  const sample = template.replace(/\{\w+\}/g, 'x');
  return routes.some((r) => r.method === method && r.pattern.test(sample));
}

/** Largest collection name Qdrant accepts in a path (file systems take 255 bytes per name). */
const MAX_COLLECTION_NAME = 255;

/**
 * What Qdrant validates before any handler runs, so invalid requests get its 422/400 whether or
 * not the collection exists: the collection name in the path, and the `timeout` query parameter.
 */
export function validateRequest(params: Record<string, string>, query: URLSearchParams): void {
  const name = params.collection;
  if (name !== undefined) {
    if (name.length < 1 || name.length > MAX_COLLECTION_NAME) {
      throw new StoreError(
        422,
        `Validation error in path parameters: [collection_name: value ${JSON.stringify(name)} invalid, must be from 1 to ${MAX_COLLECTION_NAME} characters]`,
      );
    }
    const bad = ['/', '\0'].find((c) => name.includes(c));
    if (bad !== undefined) {
      throw new StoreError(
        422,
        `Validation error in path parameters: [collection_name: collection name cannot contain ${JSON.stringify(bad)} char]`,
      );
    }
  }
  const timeout = query.get('timeout');
  if (timeout !== null) {
    if (!/^\d+$/.test(timeout))
      throw new StoreError(400, `Deserialize error in query parameters: timeout: invalid digit found in string`);
    if (Number(timeout) < 1)
      throw new StoreError(
        422,
        `Validation error in query parameters: [timeout: value ${timeout} invalid, must be 1 or larger]`,
      );
  }
}

for (const [method, template, handler] of [
  ...updateRoutes,
  ...aliasRoutes,
  ...searchRoutes(),
  ...fullSnapshotRoutes,
  ...metricsRoutes,
])
  route(method, template, handler);

registerUnsupportedEndpoints();
