import { HashingEmbedder } from '../../nodes/core/embedding/hashing-embedder.js';
import type { QdrantGateway, StoredPoint } from '../../nodes/core/qdrant/gateway.js';
import { normaliseDocuments } from '../../nodes/core/rag/documents.js';
import { ingestDocuments } from '../../nodes/core/rag/ingest.js';

/**
 * `n` chunks as ingestion stores them: a 32-dimension cosine vector and a payload with text,
 * numbers, nested metadata and lists; ids are integers and UUIDs, mixed.
 */
export async function fillCollection(gw: QdrantGateway, collection: string, n: number, dim = 32): Promise<void> {
  await gw.ensureCollection(collection, { size: dim, distance: 'Cosine' });
  const points = Array.from({ length: n }, (_, i) => ({
    id: i % 3 === 0 ? `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}` : i + 1,
    vector: Array.from({ length: dim }, (_, d) => Math.sin(i * 13 + d * 7) + (d === 0 ? 1.5 : 0)),
    payload: {
      text: `Chunk ${i} of document ${i % 97}: Ümlaut, emoji 🚀 and "quotes".`,
      source_id: `doc-${i % 97}`,
      chunk_index: i % 7,
      score: i / 7,
      metadata: { lang: i % 2 ? 'de' : 'en', tags: [`t${i % 5}`, `t${i % 11}`], nested: { deep: i % 2 === 0 } },
      ...(i % 10 === 0 ? { empty: null } : {}),
    },
  }));
  await gw.upsert(collection, points, { batchSize: 1000 });
}

/** Every point of a collection with vectors and payloads, in id order (scrolled). */
export async function allPoints(gw: QdrantGateway, collection: string): Promise<StoredPoint[]> {
  const out: StoredPoint[] = [];
  let next: StoredPoint['id'] | null = null;
  do {
    const page: { points: StoredPoint[]; next: StoredPoint['id'] | null } = await gw.scrollPage(collection, {
      offset: next,
      limit: 1000,
    });
    out.push(...page.points);
    next = page.next;
  } while (next !== null);
  return out;
}

/**
 * 10,000 chunks as Ragwire ingests them: 1,000 documents of ten paragraphs, chunked, embedded by
 * the built-in hashing embedder (64 dimensions keep the test quick) and stored with their payloads.
 */
export async function ingestChunks(gw: QdrantGateway, collection: string): Promise<number> {
  const documents = Array.from({ length: 1000 }, (_, d) => ({
    id: `doc-${d}`,
    text: Array.from(
      { length: 10 },
      (_, p) =>
        `Paragraph ${p} of document ${d}: Urlaub beantragen Sie im Personalportal, Abschnitt ${(d * 10 + p) % 37}. ` +
        `The cafeteria opens at ${11 + (p % 3)}:30 — Ümlaut, emoji 🚀.`,
    ).join('\n\n'),
    metadata: { lang: d % 2 ? 'de' : 'en', team: `t${d % 5}` },
    ...(d % 7 === 0 ? { classification: 'personal' as const } : {}),
  }));
  const result = await ingestDocuments(gw, new HashingEmbedder(64), normaliseDocuments(documents), {
    collection,
    chunk: { size: 200, overlap: 0, unit: 'characters' },
  });
  return result.chunks;
}
