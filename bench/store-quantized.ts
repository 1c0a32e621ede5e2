import { Collection, type SearchRequest } from '../nodes/core/store/collection.js';
import { normalise } from '../nodes/core/store/vector-space.js';
import { clusteredVectors } from '../test/support/clustered-vectors.js';
import { percentile, previousStoreBlocks, previousStoreScan, report, round } from './support.js';

/**
 * Scalar int8 quantization on data shaped like embeddings (300 Gaussian clusters, 100,000 x 384,
 * cosine): p50 of the int8 scan with float rescoring against the previous store scan (its plain
 * JavaScript code before the SIMD kernel) and the SIMD float scan in the same run, and recall@10
 * against the exact top-10. Vectors are normalised here, so the previous scan sees what the store holds.
 */
const N = 100_000;
const DIM = 384;
const K = 10;
const QUERIES = 100;

export function benchStoreQuantized(): Record<string, unknown> {
  const all = clusteredVectors(N + QUERIES, DIM, { clusters: 300, seed: 11 });
  for (let i = 0; i < N; i++) normalise(all.subarray(i * DIM, (i + 1) * DIM));
  const blocks = previousStoreBlocks(all.subarray(0, N * DIM), DIM);
  const c = new Collection({
    vectors: new Map([['', { size: DIM, distance: 'Cosine' }]]),
    unnamed: true,
    payloadIndexes: {},
    quantization: { scalar: { type: 'int8' } },
  });
  for (let start = 0; start < N; start += 1000) {
    const points = [];
    for (let id = start; id < start + 1000; id++)
      points.push({
        id,
        payload: null,
        vectors: c.prepareVectors(new Map([['', all.subarray(id * DIM, (id + 1) * DIM)]])),
      });
    c.upsert(points, 1);
  }
  const times = { plain: [] as number[], simd: [] as number[], int8: [] as number[] };
  const found = { int8: 0, oversampling1: 0, noRescore: 0 };
  const timed = (req: SearchRequest, into: number[] | null) => {
    const t = process.hrtime.bigint();
    const hits = c.search(req);
    if (into) into.push(Number(process.hrtime.bigint() - t) / 1e6);
    return hits.map((h) => h.record.id);
  };
  for (let i = -5; i < QUERIES; i++) {
    const j = Math.max(i, 0);
    const base = {
      using: '',
      vector: all.subarray((N + j) * DIM, (N + j + 1) * DIM),
      predicate: () => true,
      limit: K,
      offset: 0,
    };
    const warm = i < 0;
    const t = process.hrtime.bigint();
    previousStoreScan(blocks, N, base.vector, K);
    if (!warm) times.plain.push(Number(process.hrtime.bigint() - t) / 1e6);
    const exact = new Set(timed({ ...base, quantization: { ignore: true } }, warm ? null : times.simd));
    const int8 = timed(base, warm ? null : times.int8);
    if (warm) continue;
    found.int8 += int8.filter((id) => exact.has(id)).length;
    // Qdrant's own default (candidates = limit, oversampling 1) without the store's extra candidates.
    found.oversampling1 += timed({ ...base, quantization: { rescore: false } }, null).filter((id) =>
      exact.has(id),
    ).length;
  }
  const p50 = (xs: number[]) => percentile(xs, 50);
  return {
    points: N,
    dimensions: DIM,
    clusters: 300,
    queries: QUERIES,
    'previous store scan (plain JS) p50 ms': round(p50(times.plain)),
    'SIMD float scan p50 ms': round(p50(times.simd)),
    'int8 + rescore p50 ms': round(p50(times.int8)),
    'SIMD vs previous scan p50 (goal <= 0.35)': round(p50(times.simd) / p50(times.plain)),
    'int8 vs previous scan p50 (goal <= 0.2)': round(p50(times.int8) / p50(times.plain)),
    'int8 recall@10 after rescoring (goal >= 0.99)': round(found.int8 / (QUERIES * K), 3),
    'int8 recall@10 without rescoring': round(found.oversampling1 / (QUERIES * K), 3),
  };
}

if (require.main === module) report('store-quantized', benchStoreQuantized());
