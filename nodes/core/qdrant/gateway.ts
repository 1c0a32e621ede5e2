import type { QdrantClient } from '@qdrant/js-client-rest';
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { loadOnUse } from '../load-on-use.js';
import { LEGACY_STORE_COMMIT, STORE_COMMIT } from '../store/identity.js';
import { distributionBody, type CollectionDistribution } from './distribution.js';
import { describeFailure, isTransient, QdrantGatewayError } from './gateway-error.js';

import type { Distance, PointId as StoredPointId } from '../store/types.js';

export type { Distance };
/** A point id as it travels in JSON: the store's ids without bigints (those arrive as numbers). */
export type PointId = Exclude<StoredPointId, bigint>;
export type Filter = Record<string, unknown>;

export interface GatewayOptions {
  /** Base URL of Qdrant (or the embedded store), e.g. http://127.0.0.1:6333. */
  url: string;
  apiKey?: string;
  /** Per-call timeout in milliseconds. */
  timeoutMs?: number;
  /** Extra attempts for idempotent calls after a network failure or 429/502/503. */
  retries?: number;
  /** Shards and replicas of the collections this gateway creates (see CollectionDistribution). */
  distribution?: CollectionDistribution;
}

export interface VectorSpec {
  size: number;
  distance: Distance;
  /** Named vector; omit for the collection's single unnamed vector. */
  name?: string;
  /** The embedding space (embedder id), recorded in the collection's metadata and checked after. */
  embedder?: string;
  /**
   * A sparse vector to create beside the (named) dense one, with Qdrant's `idf` modifier (hybrid
   * search: the store weighs terms by their IDF in the collection).
   */
  sparse?: string;
}

/** A sparse vector as Qdrant takes it. */
export interface SparseVectorData {
  indices: number[];
  values: number[];
}

export interface GatewayPoint {
  id: PointId;
  vector: number[];
  payload?: Record<string, unknown>;
  /** Named sparse vectors stored with the point (the dense vector must then be named: `using`). */
  sparse?: Record<string, SparseVectorData>;
}

/** A hybrid query: a dense and a sparse search, each over `candidates` points, fused. */
export interface HybridQueryOptions {
  dense: { vector: number[]; using: string };
  sparse: { vector: SparseVectorData; using: string };
  fusion: 'rrf' | 'dbsf';
  /** Points each search contributes before fusion. */
  candidates: number;
  filter?: Filter;
  limit: number;
  /** Applied to the dense search (fused scores are ranks, not similarities). */
  denseScoreThreshold?: number;
  withPayload?: boolean;
}

export interface QueryOptions {
  vector: number[];
  using?: string;
  filter?: Filter;
  limit: number;
  offset?: number;
  scoreThreshold?: number;
  withPayload?: boolean;
  withVector?: boolean;
}

export interface Hit {
  id: PointId;
  score: number;
  payload: Record<string, unknown>;
  vector?: unknown;
}

/** A scored point as Qdrant answers it, as a Hit (no payload is an empty one). */
function toHit(
  p: { id: PointId; score: number; payload?: Record<string, unknown> | null; vector?: unknown },
  withVector: boolean | undefined,
): Hit {
  return { id: p.id, score: p.score, payload: p.payload ?? {}, ...(withVector ? { vector: p.vector } : {}) };
}

export interface SnapshotInfo {
  name: string;
  size: number;
  creationTime: string | null;
  checksum: string | null;
}

/** A collection's configuration as a copy recreates it. */
export interface CollectionLayout {
  /** As Qdrant reports it: one `{size, distance, ...}` or a map of named vectors. */
  vectors: unknown;
  sparseVectors?: unknown;
  metadata?: Record<string, unknown>;
  /** Field name to the schema `PUT /collections/{c}/index` takes. */
  payloadIndexes: Record<string, unknown>;
}

/** A point as stored: the vector as Qdrant returns it (a list, or a map of named vectors). */
export interface StoredPoint {
  id: PointId;
  vector: unknown;
  payload: Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see loadOnUse)
const qdrantRest = loadOnUse(() => require('@qdrant/js-client-rest') as typeof import('@qdrant/js-client-rest'));

/** How long ensureCollection trusts an earlier check of a collection (a layout changed elsewhere shows within this). */
const ENSURED_FOR_MS = 60_000;

/**
 * The one way Ragwire talks to Qdrant (a server or the embedded store): the official client for
 * every call, raw fetch for snapshot file transfer (the client corrupts binary bodies). Every call
 * has a timeout; errors name the operation, the collection and the cause.
 */
export class QdrantGateway {
  readonly url: string;
  private readonly client: QdrantClient;
  private readonly apiKey: string | undefined;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly distribution: Record<string, number>;
  /**
   * Collections ensureCollection found fitting a spec lately (collection -> spec and until when):
   * a steady stream of ingests then checks a collection once a minute, not with every message.
   * Forgotten when this gateway deletes or replaces the collection, and by forgetCollection (a
   * caller whose write found the collection gone or changed).
   */
  private readonly ensured = new Map<string, { spec: string; until: number }>();

  constructor(options: GatewayOptions) {
    this.distribution = distributionBody(options.distribution);
    this.url = options.url.replace(/\/+$/, '');
    this.apiKey = options.apiKey || undefined;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 2;
    const parsed = new URL(this.url);
    // The client warns about an API key over plain http; on loopback nothing leaves the machine,
    // so the key goes as a plain header there (the embedded store always runs on loopback).
    const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(parsed.hostname);
    this.client = new (qdrantRest().QdrantClient)({
      host: parsed.hostname.replace(/^\[|\]$/g, ''),
      port: parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80,
      https: parsed.protocol === 'https:',
      // A path in `url` is silently dropped by the client: pass it as `prefix` (proxies, ingress).
      ...(parsed.pathname !== '/' ? { prefix: parsed.pathname.replace(/\/+$/, '') } : {}),
      ...(loopback && parsed.protocol === 'http:'
        ? { headers: this.apiKey ? { 'api-key': this.apiKey } : {} }
        : { apiKey: this.apiKey }),
      timeout: this.timeoutMs,
      checkCompatibility: false,
    });
  }

  /** Qdrant's version; throws when the server is unreachable. */
  async version(): Promise<string> {
    return this.call('health check', undefined, true, async () => {
      const response = await this.fetch('/', { method: 'GET' });
      const body = (await response.json()) as { version?: string };
      return body.version ?? 'unknown';
    });
  }

  /**
   * Creates the collection if missing; if it exists, checks that its vector size and distance match,
   * so a model change never writes vectors of the wrong dimension. Returns whether it was created.
   */
  async ensureCollection(collection: string, spec: VectorSpec): Promise<'created' | 'exists'> {
    const key = JSON.stringify(spec);
    const known = this.ensured.get(collection);
    if (known && known.spec === key && known.until > Date.now()) return 'exists';
    const outcome = await this.checkCollection(collection, spec);
    this.ensured.set(collection, { spec: key, until: Date.now() + ENSURED_FOR_MS });
    return outcome;
  }

  /** Whatever ensureCollection remembers of the collection is stale: it was deleted or replaced elsewhere. */
  forgetCollection(collection: string): void {
    this.ensured.delete(collection);
  }

  private async checkCollection(collection: string, spec: VectorSpec): Promise<'created' | 'exists'> {
    const exists = await this.call('exists check', collection, true, () => this.client.collectionExists(collection));
    if (!exists.exists) {
      const vectors = { size: spec.size, distance: spec.distance };
      try {
        await this.call('create collection', collection, false, () =>
          this.client.createCollection(collection, {
            vectors: spec.name ? { [spec.name]: vectors } : vectors,
            ...(spec.sparse ? { sparse_vectors: { [spec.sparse]: { modifier: 'idf' as const } } } : {}),
            ...this.distribution,
            ...(spec.embedder ? { metadata: { ragwire_embedder: spec.embedder } } : {}),
          }),
        );
        return 'created';
      } catch (err) {
        // Another writer created it meanwhile: fall through to the compatibility check.
        if (!(err instanceof QdrantGatewayError) || err.status !== 409) throw err;
      }
    }
    const info = await this.call('get collection', collection, true, () => this.client.getCollection(collection));
    const sparse = (info.config.params as { sparse_vectors?: Record<string, unknown> | null }).sparse_vectors;
    if (spec.sparse && !sparse?.[spec.sparse]) {
      throw new QdrantGatewayError(
        'ensure collection',
        collection,
        undefined,
        `it has no sparse vector named "${spec.sparse}" (it was made for dense search); hybrid search needs a new collection name (or delete and re-ingest)`,
      );
    }
    const configured = info.config.params.vectors as Record<string, unknown> | undefined;
    const actual = (spec.name ? configured?.[spec.name] : configured) as
      { size?: number; distance?: string } | undefined;
    if (!actual || typeof actual.size !== 'number') {
      throw new QdrantGatewayError(
        'ensure collection',
        collection,
        undefined,
        spec.name
          ? `it has no vector named "${spec.name}"`
          : 'it has named vectors only; configure the vector name to use',
      );
    }
    if (actual.size !== spec.size || actual.distance !== spec.distance) {
      throw new QdrantGatewayError(
        'ensure collection',
        collection,
        undefined,
        `it stores ${actual.size}-dimension ${actual.distance} vectors but the embedder produces ${spec.size}-dimension ${spec.distance} vectors; ` +
          'use the embedding model the collection was built with, or a new collection name (or delete and re-ingest)',
      );
    }
    const recorded = (info.config as { metadata?: Record<string, unknown> | null }).metadata?.ragwire_embedder;
    if (spec.embedder && typeof recorded === 'string' && recorded !== spec.embedder) {
      throw new QdrantGatewayError(
        'ensure collection',
        collection,
        undefined,
        `it was built with the embedder "${recorded}" but this flow uses "${spec.embedder}"; vectors from different embedders ` +
          'cannot be compared: use the same embedder, or a new collection name (or delete and re-ingest)',
      );
    }
    return 'exists';
  }

  /** Upserts in batches (ids make it idempotent, so batches are retried). Returns the point count. */
  async upsert(
    collection: string,
    points: GatewayPoint[],
    options: { batchSize?: number; using?: string } = {},
  ): Promise<number> {
    const batchSize = options.batchSize ?? 256;
    for (let i = 0; i < points.length; i += batchSize) {
      const batch = points.slice(i, i + batchSize).map((p) => ({
        id: p.id,
        vector: options.using ? { [options.using]: p.vector, ...p.sparse } : p.vector,
        payload: p.payload ?? {},
      }));
      await this.call('upsert', collection, true, () => this.client.upsert(collection, { wait: true, points: batch }));
    }
    return points.length;
  }

  async query(collection: string, q: QueryOptions): Promise<Hit[]> {
    const response = await this.call('query', collection, true, () =>
      this.client.query(collection, {
        query: q.vector,
        ...(q.using ? { using: q.using } : {}),
        ...(q.filter ? { filter: q.filter } : {}),
        limit: q.limit,
        offset: q.offset ?? 0,
        ...(q.scoreThreshold !== undefined ? { score_threshold: q.scoreThreshold } : {}),
        with_payload: q.withPayload ?? true,
        with_vector: q.withVector ?? false,
      }),
    );
    return response.points.map((p) => toHit(p, q.withVector));
  }

  /**
   * A query whose hits are grouped by a payload key (query/groups): at most `groupSize` hits per
   * group, `limit` groups, best group first. With the source document's id as the key, a RAG
   * answer gets its passages from that many different documents instead of one document's
   * neighbouring chunks.
   */
  async queryGroups(
    collection: string,
    q: Omit<QueryOptions, 'offset'> & { groupBy: string; groupSize?: number },
  ): Promise<{ id: string | number; hits: Hit[] }[]> {
    const response = await this.call('query groups', collection, true, () =>
      this.client.queryGroups(collection, {
        query: q.vector,
        ...(q.using ? { using: q.using } : {}),
        ...(q.filter ? { filter: q.filter } : {}),
        group_by: q.groupBy,
        group_size: q.groupSize ?? 1,
        limit: q.limit,
        ...(q.scoreThreshold !== undefined ? { score_threshold: q.scoreThreshold } : {}),
        with_payload: q.withPayload ?? true,
        with_vector: q.withVector ?? false,
      }),
    );
    return response.groups.map((g) => ({
      id: g.id,
      hits: g.hits.map((p) => toHit(p, q.withVector)),
    }));
  }

  /**
   * Points `alias` at `collection` in one atomic request (a blue-green switch after re-indexing
   * into a new collection): readers see the old collection or the new one, never neither.
   */
  async switchAlias(alias: string, collection: string): Promise<void> {
    await this.call('switch alias', collection, true, () =>
      this.client.updateCollectionAliases({
        actions: [
          { delete_alias: { alias_name: alias } },
          { create_alias: { collection_name: collection, alias_name: alias } },
        ],
      }),
    );
  }

  /** The collection an alias currently names, if any. */
  async aliasTarget(alias: string): Promise<string | undefined> {
    const r = await this.call('list aliases', undefined, true, () => this.client.getAliases());
    return r.aliases.find((a) => a.alias_name === alias)?.collection_name;
  }

  /** Dense and sparse prefetches fused by Qdrant (`{fusion: "rrf" | "dbsf"}`), best first. */
  async hybridQuery(collection: string, q: HybridQueryOptions): Promise<Hit[]> {
    const response = await this.call('query', collection, true, () =>
      this.client.query(collection, {
        prefetch: [
          {
            query: q.dense.vector,
            using: q.dense.using,
            limit: q.candidates,
            ...(q.filter ? { filter: q.filter } : {}),
            ...(q.denseScoreThreshold !== undefined ? { score_threshold: q.denseScoreThreshold } : {}),
          },
          {
            query: q.sparse.vector,
            using: q.sparse.using,
            limit: q.candidates,
            ...(q.filter ? { filter: q.filter } : {}),
          },
        ],
        query: { fusion: q.fusion },
        limit: q.limit,
        with_payload: q.withPayload ?? true,
      }),
    );
    return response.points.map((p) => toHit(p, false));
  }

  async delete(collection: string, selector: { ids: PointId[] } | { filter: Filter }): Promise<void> {
    await this.call('delete', collection, true, () =>
      this.client.delete(collection, {
        wait: true,
        ...('ids' in selector ? { points: selector.ids } : { filter: selector.filter }),
      }),
    );
  }

  async count(collection: string, filter?: Filter): Promise<number> {
    const r = await this.call('count', collection, true, () =>
      this.client.count(collection, { exact: true, ...(filter ? { filter } : {}) }),
    );
    return r.count;
  }

  async deleteCollection(collection: string): Promise<boolean> {
    this.forgetCollection(collection);
    return this.call('delete collection', collection, true, () => this.client.deleteCollection(collection));
  }

  async listCollections(): Promise<string[]> {
    const r = await this.call('list collections', undefined, true, () => this.client.getCollections());
    return r.collections.map((c) => c.name);
  }

  async createSnapshot(collection: string): Promise<SnapshotInfo> {
    const s = await this.call('create snapshot', collection, false, () =>
      this.client.createSnapshot(collection, { wait: true }),
    );
    if (!s)
      throw new QdrantGatewayError(
        'create snapshot',
        collection,
        undefined,
        'the server returned no snapshot description',
      );
    return toSnapshotInfo(s);
  }

  async listSnapshots(collection: string): Promise<SnapshotInfo[]> {
    const list = await this.call('list snapshots', collection, true, () => this.client.listSnapshots(collection));
    return list.map(toSnapshotInfo);
  }

  async deleteSnapshot(collection: string, snapshot: string): Promise<void> {
    await this.call('delete snapshot', collection, true, () =>
      this.client.deleteSnapshot(collection, snapshot, { wait: true }),
    );
  }

  /** Downloads a snapshot file as bytes (small files; backups stream with openSnapshotDownload). */
  async downloadSnapshot(collection: string, snapshot: string): Promise<Buffer> {
    const download = await this.openSnapshotDownload(collection, snapshot);
    const chunks: Uint8Array[] = [];
    for await (const chunk of download.chunks) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  /**
   * Restores a collection from snapshot bytes by multipart upload. With `checksum` (sha256 hex of
   * the file) the server refuses a damaged upload.
   */
  async uploadSnapshot(
    collection: string,
    bytes: Buffer,
    options: { checksum?: string; fileName?: string } = {},
  ): Promise<void> {
    await this.uploadSnapshotBlob(collection, new Blob([new Uint8Array(bytes)]), {
      ...options,
      fileName: options.fileName ?? `${collection}.snapshot`,
    });
  }

  /**
   * What answers at the URL: Qdrant's version, and whether it is Ragwire's embedded store (whose
   * snapshot files are its own format, not Qdrant's: a backup restores only onto the same kind).
   */
  async about(): Promise<{ version: string; embedded: boolean }> {
    return this.call('health check', undefined, true, async () => {
      const response = await this.fetch('/', { method: 'GET' });
      const body = (await response.json()) as { version?: string; commit?: string };
      return {
        version: body.version ?? 'unknown',
        embedded: body.commit === STORE_COMMIT || body.commit === LEGACY_STORE_COMMIT,
      };
    });
  }

  /** What a copy of the collection needs: its vector configuration, metadata and payload indexes. */
  async collectionLayout(collection: string): Promise<CollectionLayout> {
    const info = await this.call('get collection', collection, true, () => this.client.getCollection(collection));
    const params = info.config.params as { vectors?: unknown; sparse_vectors?: unknown };
    const metadata = (info.config as { metadata?: Record<string, unknown> | null }).metadata;
    const indexes: Record<string, unknown> = {};
    for (const [field, schema] of Object.entries(info.payload_schema ?? {})) {
      const s = schema as { data_type?: string; params?: unknown };
      indexes[field] = s.params ?? s.data_type;
    }
    return {
      vectors: params.vectors ?? {},
      ...(params.sparse_vectors && Object.keys(params.sparse_vectors).length > 0
        ? { sparseVectors: params.sparse_vectors }
        : {}),
      ...(metadata ? { metadata } : {}),
      payloadIndexes: indexes,
    };
  }

  /** Creates a collection laid out as `layout` (vectors, metadata, payload indexes), distributed as this gateway's. */
  async createCollectionFrom(collection: string, layout: CollectionLayout): Promise<void> {
    this.forgetCollection(collection);
    await this.call('create collection', collection, false, () =>
      this.client.createCollection(collection, {
        vectors: layout.vectors as never,
        ...this.distribution,
        ...(layout.sparseVectors ? { sparse_vectors: layout.sparseVectors as never } : {}),
        ...(layout.metadata ? { metadata: layout.metadata } : {}),
      }),
    );
    for (const [field, schema] of Object.entries(layout.payloadIndexes)) {
      await this.call('create payload index', collection, true, () =>
        this.client.createPayloadIndex(collection, { wait: true, field_name: field, field_schema: schema as never }),
      );
    }
  }

  /** One page of points in id order, with vectors and payloads as stored (named vectors as a map). */
  async scrollPage(
    collection: string,
    page: { offset?: PointId | null; limit: number },
  ): Promise<{ points: StoredPoint[]; next: PointId | null }> {
    const r = await this.call('scroll', collection, true, () =>
      this.client.scroll(collection, {
        limit: page.limit,
        ...(page.offset !== undefined && page.offset !== null ? { offset: page.offset } : {}),
        with_payload: true,
        with_vector: true,
      }),
    );
    return {
      points: r.points.map((p) => ({ id: p.id, vector: p.vector, payload: p.payload ?? {} })),
      next: (r.next_page_offset as PointId | null | undefined) ?? null,
    };
  }

  /** The points with these ids that exist, with vectors and payloads. */
  async retrieve(collection: string, ids: PointId[]): Promise<StoredPoint[]> {
    const r = await this.call('retrieve', collection, true, () =>
      this.client.retrieve(collection, { ids, with_payload: true, with_vector: true }),
    );
    return r.map((p) => ({ id: p.id, vector: p.vector, payload: p.payload ?? {} }));
  }

  /** Writes points exactly as another collection returned them (ids make it idempotent, so it is retried). */
  async upsertStored(collection: string, points: StoredPoint[]): Promise<void> {
    await this.call('upsert', collection, true, () =>
      this.client.upsert(collection, {
        wait: true,
        points: points.map((p) => ({ id: p.id, vector: p.vector as never, payload: p.payload })),
      }),
    );
  }

  /**
   * Streams a snapshot file (raw fetch: the client would decode it as text). The timeout is on
   * silence, not on the whole transfer: it restarts with every chunk, so large files are not cut off.
   */
  async openSnapshotDownload(
    collection: string,
    snapshot: string,
  ): Promise<{ size: number | undefined; chunks: AsyncIterable<Uint8Array> }> {
    return this.call('download snapshot', collection, true, async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(timeoutError()), this.timeoutMs);
      let response: Response;
      try {
        response = await this.fetch(
          `/collections/${encodeURIComponent(collection)}/snapshots/${encodeURIComponent(snapshot)}`,
          { method: 'GET', signal: controller.signal },
        );
      } catch (err) {
        clearTimeout(timer);
        throw err;
      }
      const body = response.body;
      const length = Number(response.headers.get('content-length') ?? NaN);
      async function* chunks(): AsyncIterable<Uint8Array> {
        try {
          if (!body) return;
          for await (const chunk of body) {
            timer.refresh();
            yield chunk;
          }
        } catch (err) {
          throw describeFailure('download snapshot', collection, err);
        } finally {
          clearTimeout(timer);
          controller.abort();
        }
      }
      return { size: Number.isFinite(length) ? length : undefined, chunks: chunks() };
    });
  }

  /**
   * Restores a collection from a snapshot file by multipart upload, streamed from disk. With
   * `checksum` (sha256 hex of the file) the server refuses a damaged upload. Not retried: the
   * server replaces the collection. `timeoutMs` bounds the whole upload and recovery.
   */
  async uploadSnapshotFile(
    collection: string,
    file: string,
    options: { checksum?: string; timeoutMs?: number } = {},
  ): Promise<void> {
    await this.uploadSnapshotBlob(collection, await openAsBlob(file), { ...options, fileName: basename(file) });
  }

  /** The multipart upload (raw fetch: the client sends JSON). Not retried: the server replaces the collection. */
  private async uploadSnapshotBlob(
    collection: string,
    blob: Blob,
    options: { checksum?: string; timeoutMs?: number; fileName: string },
  ): Promise<void> {
    this.forgetCollection(collection);
    await this.call('restore snapshot', collection, false, async () => {
      const form = new FormData();
      form.set('snapshot', blob, options.fileName);
      const query = new URLSearchParams({ wait: 'true', priority: 'snapshot' });
      if (options.checksum) query.set('checksum', options.checksum);
      await this.fetch(`/collections/${encodeURIComponent(collection)}/snapshots/upload?${query}`, {
        method: 'POST',
        body: form,
        signal: AbortSignal.timeout(options.timeoutMs ?? Math.max(this.timeoutMs, 600_000)),
      });
    });
  }

  /** A raw request with the API key and timeout; a non-2xx answer throws like the client does. */
  private async fetch(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.apiKey) headers.set('api-key', this.apiKey);
    const response = await fetch(`${this.url}${path}`, {
      ...init,
      headers,
      signal: init.signal ?? AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) {
      let data: unknown;
      try {
        data = await response.json();
      } catch {
        data = undefined;
      }
      throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status, data });
    }
    return response;
  }

  private async call<T>(
    operation: string,
    collection: string | undefined,
    idempotent: boolean,
    fn: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (raw) {
        const err = describeFailure(operation, collection, raw);
        if (!idempotent || attempt >= this.retries || !isTransient(err)) throw err;
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }
}

function toSnapshotInfo(s: {
  name: string;
  size: number;
  creation_time?: string | null;
  checksum?: string | null;
}): SnapshotInfo {
  return { name: s.name, size: s.size, creationTime: s.creation_time ?? null, checksum: s.checksum ?? null };
}

function timeoutError(): Error {
  return Object.assign(new Error('timed out'), { name: 'TimeoutError' });
}
