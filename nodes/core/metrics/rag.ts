import { boundedLabel, counter, errorType, histogram, metricsEnabled, secondsSince } from './registry.js';

/** Collections come from configuration; msg.collection could still vary them, so at most this many distinct ones. */
export const MAX_COLLECTIONS = 50;

/** The collection as a label value: its name, or `_other` beyond MAX_COLLECTIONS distinct names. */
export function collectionLabel(name: string): string {
  return boundedLabel('collection', MAX_COLLECTIONS).value(name);
}

const retrievalDuration = histogram({
  name: 'ragwire_retrieval_duration_seconds',
  help: 'Time to retrieve passages for a question: embedding it and querying the store',
  labelNames: ['collection', 'outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});
const retrievalResults = histogram({
  name: 'ragwire_retrieval_results',
  help: 'Passages a retrieval returned',
  labelNames: ['collection'] as const,
  buckets: [0, 1, 2, 3, 5, 10, 20, 50, 100],
});
const retrievalTopScore = histogram({
  name: 'ragwire_retrieval_top_score',
  help: 'Score of the best passage of a retrieval that found any (similarity: higher is closer)',
  labelNames: ['collection'] as const,
  buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1],
});

/** Records one retrieval: duration, and on success the number of passages and the best score. */
export function recordRetrieval(
  collection: string,
  started: bigint,
  outcome: { scores: number[] } | { error: unknown },
): void {
  if (!metricsEnabled()) return;
  const c = collectionLabel(collection);
  if ('error' in outcome) {
    retrievalDuration.observe({ collection: c, outcome: 'failure' }, secondsSince(started));
    return;
  }
  retrievalDuration.observe({ collection: c, outcome: 'success' }, secondsSince(started));
  retrievalResults.observe({ collection: c }, outcome.scores.length);
  if (outcome.scores.length > 0) retrievalTopScore.observe({ collection: c }, Math.max(...outcome.scores));
}

const ingestionDocuments = counter({
  name: 'ragwire_ingestion_documents_total',
  help: 'Documents ingested (chunked, embedded and stored)',
  labelNames: ['collection'] as const,
});
const ingestionChunks = counter({
  name: 'ragwire_ingestion_chunks_total',
  help: 'Chunks stored by ingestion',
  labelNames: ['collection'] as const,
});
const ingestionFailures = counter({
  name: 'ragwire_ingestion_failures_total',
  help: 'Ingestion requests that failed, by error type',
  labelNames: ['collection', 'error_type'] as const,
});
const ingestionDuration = histogram({
  name: 'ragwire_ingestion_duration_seconds',
  help: 'Time to ingest one batch of documents',
  labelNames: ['collection', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
});

/** Records one ingestion call: documents and chunks stored, or a failure with its error type. */
export function recordIngestion(
  collection: string,
  started: bigint,
  outcome: { documents: number; chunks: number } | { error: unknown },
): void {
  if (!metricsEnabled()) return;
  const c = collectionLabel(collection);
  if ('error' in outcome) {
    ingestionFailures.inc({ collection: c, error_type: errorType(outcome.error) });
    ingestionDuration.observe({ collection: c, outcome: 'failure' }, secondsSince(started));
    return;
  }
  ingestionDocuments.inc({ collection: c }, outcome.documents);
  ingestionChunks.inc({ collection: c }, outcome.chunks);
  ingestionDuration.observe({ collection: c, outcome: 'success' }, secondsSince(started));
}
