import type { QdrantGateway, StoredPoint } from '../../nodes/core/qdrant/gateway.js';

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
