import type { Embedder } from '../embedding/embedder.js';
import { recordIngestion } from '../metrics/rag.js';
import { QdrantGatewayError } from '../qdrant/gateway-error.js';
import type { QdrantGateway } from '../qdrant/gateway.js';
import { chunkText, type ChunkOptions } from '../text/chunking.js';
import { chunkPointId } from '../text/point-ids.js';
import { mapWithConcurrency } from './concurrency.js';
import type { IngestDocument } from './documents.js';
import type { ChunkPayload } from './chunk-payload.js';
import { HYBRID_DENSE_VECTOR, HYBRID_SPARSE_VECTOR, type HybridSearch } from './hybrid.js';

export interface IngestOptions {
  collection: string;
  chunk: ChunkOptions;
  /** Chunks per embedding call. */
  embedBatch?: number;
  /** Embedding calls in flight at once. */
  concurrency?: number;
  /** Store a sparse BM25 vector beside the dense one, for hybrid search (see HybridSearch). */
  hybrid?: HybridSearch;
}

export interface IngestResult {
  collection: string;
  ingested: number;
  chunks: number;
  documents: { id: string; chunks: number }[];
}

/**
 * Chunks documents, embeds the chunks in batches (bounded concurrency) and upserts them with
 * stable ids, then removes chunks left over from a longer earlier version of each document:
 * re-ingesting a document replaces it.
 */
export async function ingestDocuments(
  gateway: QdrantGateway,
  embedder: Embedder,
  documents: IngestDocument[],
  options: IngestOptions,
): Promise<IngestResult> {
  const started = process.hrtime.bigint();
  try {
    const result = await storeDocuments(gateway, embedder, documents, options);
    recordIngestion(options.collection, started, { documents: result.ingested, chunks: result.chunks });
    return result;
  } catch (err) {
    recordIngestion(options.collection, started, { error: err });
    throw err;
  }
}

async function storeDocuments(
  gateway: QdrantGateway,
  embedder: Embedder,
  documents: IngestDocument[],
  options: IngestOptions,
): Promise<IngestResult> {
  const embedBatch = options.embedBatch ?? 32;
  const now = new Date().toISOString();
  const chunked = documents.map((doc) => ({ doc, chunks: chunkText(doc.text, options.chunk) }));
  const records = chunked.flatMap(({ doc, chunks }) =>
    chunks.map((c) => ({
      id: chunkPointId(doc.id, c.index),
      payload: {
        text: c.text,
        source_id: doc.id,
        chunk_index: c.index,
        chunk_count: chunks.length,
        start: c.start,
        end: c.end,
        metadata: doc.metadata,
        classification: doc.classification ?? 'public',
        ingested_at: now,
      } satisfies ChunkPayload,
    })),
  );
  const batches: (typeof records)[] = [];
  for (let i = 0; i < records.length; i += embedBatch) batches.push(records.slice(i, i + embedBatch));
  // Each chunk goes to the embedder with its document's classification, which a cloud embedder's privacy gate counts.
  const embed = (batch: typeof records) =>
    embedder.embed(
      batch.map((r) => r.payload.text),
      { contextClassifications: batch.map((r) => r.payload.classification) },
    );
  // Each batch is embedded once, even when its upsert is tried again below.
  const embedded = new Map<number, Promise<number[][]>>();
  const vectorsOf = (index: number) => {
    let vectors = embedded.get(index);
    if (!vectors) embedded.set(index, (vectors = embed(batches[index])));
    return vectors;
  };
  // The first batch is embedded before the collection is made: a batch the privacy gate refuses then
  // leaves no collection built for that embedder behind, and a model embedder needs no size probe.
  if (batches.length > 0) await vectorsOf(0);
  const spec = {
    size: await embedder.dimensions(),
    distance: embedder.distance,
    embedder: embedder.id,
    ...(options.hybrid ? { name: HYBRID_DENSE_VECTOR, sparse: HYBRID_SPARSE_VECTOR } : {}),
  };
  const hybrid = options.hybrid;
  const write = async () => {
    await gateway.ensureCollection(options.collection, spec);
    await mapWithConcurrency(batches, options.concurrency ?? 2, async (batch, index) => {
      const vectors = await vectorsOf(index);
      const sparse = hybrid?.encoder.encodeDocuments(batch.map((r) => r.payload.text));
      await gateway.upsert(
        options.collection,
        batch.map((r, i) => ({
          id: r.id,
          vector: vectors[i],
          payload: r.payload as unknown as Record<string, unknown>,
          ...(sparse ? { sparse: { [HYBRID_SPARSE_VECTOR]: sparse[i] } } : {}),
        })),
        hybrid ? { using: HYBRID_DENSE_VECTOR } : {},
      );
    });
  };
  try {
    await write();
  } catch (err) {
    // The gateway remembers collections it checked lately: one deleted or recreated elsewhere since
    // answers 404 or 400. Checked (and made) anew, once; upserts by id are idempotent.
    if (!(err instanceof QdrantGatewayError) || (err.status !== 404 && err.status !== 400)) throw err;
    gateway.forgetCollection(options.collection);
    await write();
  }
  // One delete per 100 documents (not one per document): chunks beyond each document's new count.
  for (let i = 0; i < chunked.length; i += 100) {
    const stale = chunked.slice(i, i + 100).map(({ doc, chunks }) => ({
      must: [
        { key: 'source_id', match: { value: doc.id } },
        { key: 'chunk_index', range: { gte: chunks.length } },
      ],
    }));
    await gateway.delete(options.collection, { filter: { should: stale } });
  }
  return {
    collection: options.collection,
    ingested: documents.length,
    chunks: records.length,
    documents: chunked.map(({ doc, chunks }) => ({ id: doc.id, chunks: chunks.length })),
  };
}
