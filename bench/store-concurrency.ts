import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCreateCollection } from '../nodes/core/store/config-codec.js';
import { writeImage } from '../nodes/core/store/image.js';
import type { EncodablePoint } from '../nodes/core/store/point-codec.js';
import { EmbeddedStore } from '../nodes/core/store/store.js';
import { startStoreProcess } from '../test/support/store-process.js';
import { clusteredVectors } from '../test/support/clustered-vectors.js';
import { percentile, report, round } from './support.js';

/**
 * Query throughput of `ragwire store` (its own process) with 8 concurrent clients against 1, for
 * exact top-10 queries over 100,000 x 384 cosine vectors, with the scan worker pool (default)
 * and with scans on the event loop (RAGWIRE_STORE_SCAN_WORKERS=0), in the same run. While the
 * 8 clients query, a health check is timed every 50 ms: scans must not hold it up.
 */
const N = 100_000;
const DIM = 384;
const SECONDS = 4;

async function measure(url: string, clients: number): Promise<{ qps: number; p50: number; health: number }> {
  const queries = clusteredVectors(64, DIM, { seed: 99 });
  const bodies = Array.from({ length: 64 }, (_, i) =>
    JSON.stringify({ query: Array.from(queries.subarray(i * DIM, (i + 1) * DIM)), limit: 10 }),
  );
  const latencies: number[] = [];
  const health: number[] = [];
  let done = 0;
  const until = Date.now() + SECONDS * 1000;
  const client = async (c: number) => {
    for (let i = c; Date.now() < until; i += clients) {
      const t = process.hrtime.bigint();
      const r = await fetch(`${url}/collections/bench/points/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodies[i % bodies.length],
      });
      if (!r.ok) throw new Error(`query failed: HTTP ${r.status}`);
      await r.arrayBuffer();
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      done++;
    }
  };
  const prober = async () => {
    while (Date.now() < until) {
      const t = process.hrtime.bigint();
      await (await fetch(`${url}/healthz`)).arrayBuffer();
      health.push(Number(process.hrtime.bigint() - t) / 1e6);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all([...Array.from({ length: clients }, (_, c) => client(c)), prober()]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { qps: done / seconds, p50: percentile(latencies, 50), health: percentile(health, 99) };
}

export async function benchStoreConcurrency(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-bench-'));
  try {
    // The collection is written as a checkpoint image: loading it is much faster than 100k upserts.
    const config = parseCreateCollection({ vectors: { size: DIM, distance: 'Cosine' } });
    const store = EmbeddedStore.open({ path: dir, fsync: false });
    store.createCollection('bench', config);
    store.close();
    const data = clusteredVectors(N, DIM, { seed: 98 });
    for (let i = 0; i < N; i++) {
      const v = data.subarray(i * DIM, (i + 1) * DIM);
      const norm = Math.hypot(...v);
      for (let d = 0; d < DIM; d++) v[d] /= norm;
    }
    writeImage(
      path.join(dir, 'collections', 'bench', 'image.bin'),
      'bench',
      {
        config,
        size: N,
        *all(): Generator<EncodablePoint> {
          for (let id = 0; id < N; id++)
            yield { id, version: 1, payload: null, vectors: new Map([['', data.subarray(id * DIM, (id + 1) * DIM)]]) };
        },
      },
      { nextVersion: 2, nextWalSegment: 1 },
    );
    const figures: Record<string, unknown> = { points: N, dimensions: DIM, cores: os.availableParallelism() };
    for (const [mode, env] of [
      ['workers', {}],
      ['event loop', { RAGWIRE_STORE_SCAN_WORKERS: '0' }],
    ] as const) {
      const proc = await startStoreProcess(['--path', dir], env);
      try {
        await measure(proc.url, 2); // warm-up
        const one = await measure(proc.url, 1);
        const eight = await measure(proc.url, 8);
        figures[`${mode}: 1 client queries/s`] = round(one.qps, 1);
        figures[`${mode}: 8 clients queries/s`] = round(eight.qps, 1);
        figures[`${mode}: 8 vs 1 throughput${mode === 'workers' ? ' (goal >= 1.7)' : ''}`] = round(eight.qps / one.qps);
        figures[`${mode}: p50 ms 1 client / 8 clients`] = `${round(one.p50)} / ${round(eight.p50)}`;
        figures[`${mode}: health check p99 ms under 8 clients`] = round(eight.health);
      } finally {
        await proc.stop();
      }
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchStoreConcurrency().then((r) => report('store-concurrency', r));
