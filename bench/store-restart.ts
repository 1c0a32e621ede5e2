import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startStoreProcess } from '../test/support/store-process.js';
import { rss } from './process-memory.js';
import { putJson, randomVectors, report, round } from './support.js';

/**
 * Restart of `ragwire store` holding N cosine vectors of 384 dimensions (RAGWIRE_BENCH_RESTART_POINTS,
 * default 200,000), measured from outside the store process: the time from spawning it until it
 * listens (checkpoint image streamed in, WAL tail replayed), and its resident memory (VmRSS) after
 * the restart against the same process before it (filled over HTTP, as an ingest pipeline would).
 */
const N = Number(process.env.RAGWIRE_BENCH_RESTART_POINTS ?? 200_000);
const DIM = 384;
const BATCH = 1000;

function diskBytes(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}

export async function benchStoreRestart(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-restart-'));
  try {
    let proc = await startStoreProcess(['--path', dir, '--no-fsync']);
    const put = (p: string, body: unknown) => putJson(proc.url, p, body);
    await put('/collections/bench', { vectors: { size: DIM, distance: 'Cosine' } });
    const data = randomVectors(BATCH, DIM, 5);
    for (let start = 0; start < N; start += BATCH) {
      const points = Array.from({ length: Math.min(BATCH, N - start) }, (_, j) => ({
        id: start + j,
        vector: Array.from(data.subarray(j * DIM, (j + 1) * DIM)),
        payload: { doc: `doc-${(start + j) >> 4}`, chunk: (start + j) & 15 },
      }));
      await put('/collections/bench/points?wait=true', { points });
    }
    const before = rss(proc);
    await proc.stop();
    const onDisk = diskBytes(path.join(dir, 'collections'));
    const started = process.hrtime.bigint();
    proc = await startStoreProcess(['--path', dir, '--no-fsync']);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = rss(proc);
    const count = (await (
      await fetch(`${proc.url}/collections/bench/points/count`, { method: 'POST', body: '{}' })
    ).json()) as { result: { count: number } };
    await proc.stop();
    if (count.result.count !== N)
      throw new Error(`expected ${N} points after the restart, found ${count.result.count}`);
    return {
      points: N,
      dimensions: DIM,
      'data on disk MiB': round(onDisk / 2 ** 20, 1),
      'restart s (spawn to listening)': round(seconds, 2),
      'restart MiB/s of data on disk': round(onDisk / 2 ** 20 / seconds, 1),
      'RSS before restart MiB': round(before / 2 ** 20, 1),
      'RSS after restart MiB': round(after / 2 ** 20, 1),
      'RSS after / before (goal <= 1.1)': round(after / before),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchStoreRestart().then((r) => report('store-restart', r));
