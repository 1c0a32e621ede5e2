import { QdrantClient } from '@qdrant/js-client-rest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Bm25SparseEncoder, HashingEmbedder, type SparseEncoder } from '../nodes/core/embedding/index.js';
import { QdrantGateway } from '../nodes/core/qdrant/gateway.js';
import { HYBRID_SPARSE_VECTOR, type HybridSearch } from '../nodes/core/rag/hybrid.js';
import { ingestDocuments } from '../nodes/core/rag/ingest.js';
import { retrievePassages } from '../nodes/core/rag/retrieve.js';
import { startEmbeddedQdrant } from '../nodes/core/store/embedded.js';
import { distractors, DOCUMENTS, HELD_OUT, TUNE, type LabelledQuestion } from './data/hybrid-recall-set.js';
import { round } from './support.js';

const K = 3;
/** Near-duplicate product sheets added to the 40 labelled documents. */
const DISTRACTORS = 400;
/** Each document is one chunk, so a hit's source is the document. */
const chunk = { size: 2000, overlap: 0, unit: 'characters' as const };

type Search = (question: string) => Promise<string[]>;

/**
 * Recall@3 of dense search (the hashing embedder, Ragwire's default), sparse BM25 search, and
 * hybrid search (both fused in the store by RRF and by DBSF), on a labelled German and English
 * set (bench/data/hybrid-recall-set.ts): the share of questions whose answering document is among
 * the first three passages. Reported for the questions the encoder was tuned on and for the
 * held-out ones, overall and by kind (exact codes, names, German compounds, paraphrases), with
 * the sparse encoder without compound parts beside it (whether they pay).
 */
export async function benchHybridRecall(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-bench-hybrid-'));
  const store = await startEmbeddedQdrant({ path: dir });
  try {
    const gateway = new QdrantGateway({ url: store.url, apiKey: store.apiKey });
    const client = new QdrantClient({ url: store.url, apiKey: store.apiKey, checkCompatibility: false });
    const embedder = new HashingEmbedder();
    const documents = [...DOCUMENTS, ...distractors(DISTRACTORS)].map((d) => ({
      ...d,
      metadata: {},
      classification: 'public' as const,
    }));
    await ingestDocuments(gateway, embedder, documents, { collection: 'dense', chunk });
    const encoders: Record<string, SparseEncoder> = {
      hybrid: new Bm25SparseEncoder(),
      hybridNoParts: new Bm25SparseEncoder({ compoundParts: false }),
    };
    for (const [collection, encoder] of Object.entries(encoders))
      await ingestDocuments(gateway, embedder, documents, { collection, chunk, hybrid: { encoder } });

    const sources = (passages: { sourceId: string }[]) => passages.map((p) => p.sourceId);
    const hybridSearch =
      (collection: string, hybrid: HybridSearch): Search =>
      async (question) =>
        sources(await retrievePassages(gateway, embedder, question, { collection, limit: K, hybrid }));
    const sparseSearch =
      (collection: string, encoder: SparseEncoder): Search =>
      async (question) => {
        const r = await client.query(collection, {
          query: encoder.encodeQuery(question),
          using: HYBRID_SPARSE_VECTOR,
          limit: K,
          with_payload: ['source_id'],
        });
        return r.points.map((p) => String((p.payload as { source_id: string }).source_id));
      };
    const searches: Record<string, Search> = {
      dense: async (question) =>
        sources(await retrievePassages(gateway, embedder, question, { collection: 'dense', limit: K })),
      sparse: sparseSearch('hybrid', encoders.hybrid),
      hybridRrf: hybridSearch('hybrid', { encoder: encoders.hybrid, fusion: 'rrf' }),
      hybridDbsf: hybridSearch('hybrid', { encoder: encoders.hybrid, fusion: 'dbsf' }),
      sparseNoParts: sparseSearch('hybridNoParts', encoders.hybridNoParts),
      hybridRrfNoParts: hybridSearch('hybridNoParts', { encoder: encoders.hybridNoParts, fusion: 'rrf' }),
    };

    const figures: Record<string, unknown> = {
      documents: DOCUMENTS.length,
      distractors: DISTRACTORS,
      tuneQuestions: TUNE.length,
      heldOutQuestions: HELD_OUT.length,
    };
    for (const [set, questions] of [
      ['tune', TUNE],
      ['heldOut', HELD_OUT],
    ] as const) {
      for (const [mode, search] of Object.entries(searches)) {
        const { overall, atOne, byKind } = await recall(questions, search);
        figures[`${set}.${mode}.recallAt3`] = overall;
        figures[`${set}.${mode}.recallAt1`] = atOne;
        figures[`${set}.${mode}.byKind`] = byKind;
      }
    }
    return figures;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function recall(
  questions: readonly LabelledQuestion[],
  search: Search,
): Promise<{ overall: number; atOne: number; byKind: Record<string, string> }> {
  const found: Record<string, [hits: number, total: number]> = {};
  let hits = 0;
  let first = 0;
  for (const q of questions) {
    const top = (await search(q.question)).slice(0, K);
    const hit = top.includes(q.answer) ? 1 : 0;
    hits += hit;
    if (top[0] === q.answer) first++;
    const entry = (found[q.kind] ??= [0, 0]);
    entry[0] += hit;
    entry[1]++;
  }
  return {
    overall: round(hits / questions.length, 3),
    atOne: round(first / questions.length, 3),
    byKind: Object.fromEntries(Object.entries(found).map(([kind, [h, n]]) => [kind, `${h}/${n}`])),
  };
}
