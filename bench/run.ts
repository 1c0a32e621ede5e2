import { benchHybridRecall } from './hybrid-recall.js';
import { benchLogging } from './logging.js';
import { benchMetrics } from './metrics.js';
import { benchNodeRed } from './node-red.js';
import { benchPrivacyDetectors } from './privacy-detectors.js';
import { benchPrivacyScan } from './privacy-scan.js';
import { benchStoreConcurrency } from './store-concurrency.js';
import { benchStoreGraphSave } from './store-graph-save.js';
import { benchStoreGroups } from './store-groups.js';
import { benchStoreHnsw } from './store-hnsw.js';
import { benchStoreMemory } from './store-memory.js';
import { benchStoreQuantized } from './store-quantized.js';
import { benchStoreQuery } from './store-query.js';
import { benchStoreRestart } from './store-restart.js';
import { benchStoreScale } from './store-scale.js';
import { benchStoreUpsert } from './store-upsert.js';
import { report } from './support.js';

/** `npm run bench`: every benchmark, each reporting ratios against a baseline measured in the same run. */
async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === 'privacy-scan') return report('privacy-scan', benchPrivacyScan());
  // Not part of the full run: a breakdown for work on the scanner, no goal.
  if (only === 'privacy-detectors') return report('privacy-detectors', benchPrivacyDetectors());
  if (only === 'logging') return report('logging', benchLogging());
  if (only === 'store-restart') return report('store-restart', await benchStoreRestart());
  if (only === 'metrics') return report('metrics', await benchMetrics());
  if (only === 'store-query') return report('store-query', benchStoreQuery());
  if (only === 'store-quantized') return report('store-quantized', benchStoreQuantized());
  if (only === 'store-groups') return report('store-groups', await benchStoreGroups());
  if (only === 'store-hnsw') return report('store-hnsw', await benchStoreHnsw());
  if (only === 'store-graph-save') return report('store-graph-save', await benchStoreGraphSave());
  if (only === 'store-upsert') return report('store-upsert', await benchStoreUpsert());
  if (only === 'store-memory') return report('store-memory', await benchStoreMemory());
  if (only === 'store-concurrency') return report('store-concurrency', await benchStoreConcurrency());
  // Not part of the full run (minutes at 300k, most of an hour at 1M): RAGWIRE_SCALE_N chooses the sizes.
  if (only === 'scale') return report('store-scale', await benchStoreScale());
  if (only === 'hybrid-recall') return report('hybrid-recall', await benchHybridRecall());
  report('store-query', benchStoreQuery());
  report('store-quantized', benchStoreQuantized());
  report('store-groups', await benchStoreGroups());
  report('store-hnsw', await benchStoreHnsw());
  report('store-graph-save', await benchStoreGraphSave());
  report('store-concurrency', await benchStoreConcurrency());
  report('store-upsert', await benchStoreUpsert());
  report('store-memory', await benchStoreMemory());
  report('store-restart', await benchStoreRestart());
  report('node-red', await benchNodeRed());
  report('metrics', await benchMetrics());
  report('privacy-scan', benchPrivacyScan());
  report('logging', benchLogging());
  report('hybrid-recall', await benchHybridRecall());
}

void main();
