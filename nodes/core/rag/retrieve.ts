import type { EmbedContext, Embedder } from '../embedding/embedder.js';
import { QdrantGatewayError } from '../qdrant/gateway-error.js';
import type { QdrantGateway } from '../qdrant/gateway.js';
import { recordRetrieval } from '../metrics/rag.js';
import { readChunkPayload, type StoredChunk } from './chunk-payload.js';
import { fusionCandidates, HYBRID_DENSE_VECTOR, HYBRID_SPARSE_VECTOR, type HybridSearch } from './hybrid.js';

/** A retrieved chunk: its stored payload, with the point id and the score of the match. */
export interface Passage extends StoredChunk {
  id: string | number;
  score: number;
}

export interface RetrieveOptions {
  collection: string;
  limit: number;
  scoreThreshold?: number;
  filter?: Record<string, unknown>;
  /** What is known of the question (its classification, an upstream decision), for a cloud embedder's privacy gate. */
  question?: EmbedContext;
  /**
   * Search the dense and the sparse vector and fuse them (the collection must have been ingested
   * with hybrid on). `scoreThreshold` then applies to the dense search; the passages' scores are
   * the fused ones.
   */
  hybrid?: HybridSearch;
}

/** Embeds the question and returns the best passages, best first, with their source metadata. */
export async function retrievePassages(
  gateway: QdrantGateway,
  embedder: Embedder,
  question: string,
  options: RetrieveOptions,
): Promise<Passage[]> {
  const started = process.hrtime.bigint();
  try {
    const passages = await findPassages(gateway, embedder, question, options);
    recordRetrieval(options.collection, started, { scores: passages.map((p) => p.score) });
    return passages;
  } catch (err) {
    recordRetrieval(options.collection, started, { error: err });
    throw err;
  }
}

/** The size of the collection's (unnamed) vectors, when it can be read. */
async function storedSize(gateway: QdrantGateway, collection: string): Promise<number | undefined> {
  const layout = await gateway.collectionLayout(collection).catch(() => undefined);
  const size = (layout?.vectors as { size?: unknown } | undefined)?.size;
  return typeof size === 'number' ? size : undefined;
}

/** Why a 400 may have come: hybrid search of a dense collection, or dense search of a hybrid one. */
async function searchLayoutMismatch(gateway: QdrantGateway, options: RetrieveOptions): Promise<string | undefined> {
  const layout = await gateway.collectionLayout(options.collection).catch(() => undefined);
  if (!layout) return undefined;
  const sparse = (layout.sparseVectors as Record<string, unknown> | undefined)?.[HYBRID_SPARSE_VECTOR];
  if (options.hybrid && !sparse)
    return 'the collection was ingested for dense search only: set Search to dense, or re-ingest it with hybrid search into a new collection';
  if (!options.hybrid && sparse) return 'dense vector of a hybrid collection';
  return undefined;
}

/**
 * Hybrid collections searched dense, per gateway: the name of their dense vector, learned once
 * (from the 400 of an unnamed search and the collection's layout), so every later search is one
 * request. Forgotten when a search with it fails: the collection was deleted or recreated.
 */
const denseVectorOf = new WeakMap<QdrantGateway, Map<string, string>>();

async function findPassages(
  gateway: QdrantGateway,
  embedder: Embedder,
  question: string,
  options: RetrieveOptions,
): Promise<Passage[]> {
  const [vector] = await embedder.embed([question], options.question);
  const learned = options.hybrid ? undefined : denseVectorOf.get(gateway)?.get(options.collection);
  if (learned === undefined) return search(gateway, embedder, question, vector, options);
  try {
    const hits = await gateway.query(options.collection, {
      vector,
      using: learned,
      limit: options.limit,
      scoreThreshold: options.scoreThreshold,
      filter: options.filter,
      withPayload: true,
    });
    return hits.map((h) => ({ id: h.id, score: h.score, ...readChunkPayload(h.payload) }));
  } catch (err) {
    if (!(err instanceof QdrantGatewayError) || (err.status !== 400 && err.status !== 404)) throw err;
    denseVectorOf.get(gateway)?.delete(options.collection);
    return search(gateway, embedder, question, vector, options);
  }
}

async function search(
  gateway: QdrantGateway,
  embedder: Embedder,
  question: string,
  vector: number[],
  options: RetrieveOptions,
): Promise<Passage[]> {
  let hits;
  const hybrid = options.hybrid;
  try {
    hits = hybrid
      ? await gateway.hybridQuery(options.collection, {
          dense: { vector, using: HYBRID_DENSE_VECTOR },
          sparse: { vector: hybrid.encoder.encodeQuery(question), using: HYBRID_SPARSE_VECTOR },
          fusion: hybrid.fusion ?? 'rrf',
          candidates: fusionCandidates(options.limit),
          filter: options.filter,
          limit: options.limit,
          denseScoreThreshold: options.scoreThreshold,
          withPayload: true,
        })
      : await gateway.query(options.collection, {
          vector,
          limit: options.limit,
          scoreThreshold: options.scoreThreshold,
          filter: options.filter,
          withPayload: true,
        });
  } catch (err) {
    if (err instanceof QdrantGatewayError && err.status === 404) {
      throw new QdrantGatewayError(
        'query',
        options.collection,
        404,
        'the collection does not exist yet: ingest documents into it first',
      );
    }
    const layoutMismatch =
      err instanceof QdrantGatewayError && err.status === 400
        ? await searchLayoutMismatch(gateway, options)
        : undefined;
    if (layoutMismatch === 'dense vector of a hybrid collection') {
      // Dense search of a hybrid collection: its dense vector is named (a server wants `using`).
      hits = await gateway.query(options.collection, {
        vector,
        using: HYBRID_DENSE_VECTOR,
        limit: options.limit,
        scoreThreshold: options.scoreThreshold,
        filter: options.filter,
        withPayload: true,
      });
      let learned = denseVectorOf.get(gateway);
      if (!learned) denseVectorOf.set(gateway, (learned = new Map()));
      learned.set(options.collection, HYBRID_DENSE_VECTOR);
      return hits.map((h) => ({ id: h.id, score: h.score, ...readChunkPayload(h.payload) }));
    }
    if (layoutMismatch) throw new QdrantGatewayError('query', options.collection, 400, layoutMismatch);
    // Qdrant refuses a vector of the wrong size with 400: the stored size tells whether that was the cause.
    const stored =
      err instanceof QdrantGatewayError && err.status === 400
        ? await storedSize(gateway, options.collection)
        : undefined;
    if (stored !== undefined && stored !== vector.length) {
      throw new QdrantGatewayError(
        'query',
        options.collection,
        400,
        `the embedder "${embedder.id}" produces ${vector.length}-dimension vectors, which this collection does not store; ` +
          'search with the embedder the collection was ingested with, or re-ingest into a new collection',
      );
    }
    throw err;
  }
  return hits.map((h) => ({ id: h.id, score: h.score, ...readChunkPayload(h.payload) }));
}
