import { Collection } from '../nodes/core/store/collection.js';
import { normalise } from '../nodes/core/store/vector-space.js';
import { percentile, previousStoreBlocks, previousStoreScan, randomVectors, report, round } from './support.js';

/**
 * Exact top-10 query over 100,000 cosine vectors of 384 dimensions: the store's search (SIMD
 * kernel) in the same run against
 * - the previous store scan: its code before the SIMD kernel, over 1024-row Float32Array blocks
 *   (four partial sums, a visit callback and the TopK heap), the "plain JS scan" of the goals;
 * - the store's plain JavaScript scan today (the reference and fallback, over shared memory,
 *   which V8 reads more slowly than a plain ArrayBuffer);
 * - a bare typed-array scan (one Float32Array, dot products, top-k by insertion).
 */
const N = 100_000;
const DIM = 384;
const K = 10;
const QUERIES = 150;

function bareScan(data: Float32Array, query: Float32Array): number[] {
  const q = Float32Array.from(query);
  normalise(q);
  const best: { i: number; s: number }[] = [];
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let d = 0, o = i * DIM; d < DIM; d++, o++) s += data[o] * q[d];
    if (best.length < K || s > best[best.length - 1].s) {
      let j = best.length < K ? best.length : K - 1;
      while (j > 0 && best[j - 1].s < s) {
        best[j] = best[j - 1];
        j--;
      }
      best[j] = { i, s };
    }
  }
  return best.map((b) => b.i);
}

export function benchStoreQuery(): Record<string, unknown> {
  const data = randomVectors(N, DIM, 42);
  for (let i = 0; i < N; i++) normalise(data.subarray(i * DIM, (i + 1) * DIM));
  const collection = new Collection({
    vectors: new Map([['', { size: DIM, distance: 'Cosine' }]]),
    unnamed: true,
    payloadIndexes: {},
  });
  const batch = 1000;
  for (let start = 0; start < N; start += batch) {
    const points = [];
    for (let i = start; i < start + batch; i++) {
      points.push({
        id: i,
        payload: null,
        vectors: collection.prepareVectors(new Map([['', data.subarray(i * DIM, (i + 1) * DIM)]])),
      });
    }
    collection.upsert(points, 1);
  }
  const blocks = previousStoreBlocks(data, DIM);
  const queries = randomVectors(QUERIES, DIM, 7);
  const previous: number[] = [];
  let agreePrevious = 0;
  const store: number[] = [];
  const plain: number[] = [];
  const bare: number[] = [];
  let agree = 0;
  let agreePlain = 0;
  for (let q = -10; q < QUERIES; q++) {
    const query = queries.subarray(Math.max(q, 0) * DIM, (Math.max(q, 0) + 1) * DIM);
    let t = process.hrtime.bigint();
    const hits = collection.search({ using: '', vector: query, predicate: () => true, limit: K, offset: 0 });
    const storeMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    const plainHits = collection.search({
      using: '',
      vector: query,
      predicate: () => true,
      limit: K,
      offset: 0,
      kernel: 'plain',
    });
    const plainMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    const previousHits = previousStoreScan(blocks, N, query, K);
    const previousMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    const ref = bareScan(data, query);
    const bareMs = Number(process.hrtime.bigint() - t) / 1e6;
    if (q < 0) continue; // warm-up
    store.push(storeMs);
    plain.push(plainMs);
    previous.push(previousMs);
    if (hits.map((h) => h.record.id).join() === previousHits.join()) agreePrevious++;
    bare.push(bareMs);
    if (hits.map((h) => h.record.id).join() === ref.join()) agree++;
    if (hits.map((h) => h.record.id).join() === plainHits.map((h) => h.record.id).join()) agreePlain++;
  }
  return {
    points: N,
    dimensions: DIM,
    queries: QUERIES,
    'store p50 ms': round(percentile(store, 50)),
    'store p99 ms': round(percentile(store, 99)),
    'previous store scan p50 ms': round(percentile(previous, 50)),
    'SIMD vs previous store scan p50 (goal <= 0.35)': round(percentile(store, 50) / percentile(previous, 50)),
    'same top-10 as previous store scan': `${agreePrevious}/${QUERIES}`,
    'plain JS scan (reference, shared memory) p50 ms': round(percentile(plain, 50)),
    'SIMD vs plain JS scan p50': round(percentile(store, 50) / percentile(plain, 50)),
    'same top-10 as plain JS scan': `${agreePlain}/${QUERIES}`,
    'bare scan p50 ms': round(percentile(bare, 50)),
    'bare scan p99 ms': round(percentile(bare, 99)),
    'store vs bare scan p50': round(percentile(store, 50) / percentile(bare, 50)),
    'ratio p99': round(percentile(store, 99) / percentile(bare, 99)),
    'same top-10 as bare scan': `${agree}/${QUERIES}`,
  };
}

if (require.main === module) report('store-query', benchStoreQuery());
