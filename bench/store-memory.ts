import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startStoreProcess } from '../test/support/store-process.js';
import { settledRss } from './process-memory.js';
import { putJson, randomVectors, report, round } from './support.js';

/**
 * Resident memory of `ragwire store` holding 100,000 cosine vectors of 384 dimensions, against the
 * raw vector bytes (N x 384 x 4), measured from outside the store process (VmRSS in /proc): the
 * process with the empty collection is the baseline; then filled over HTTP as an ingest pipeline
 * would (JSON parsing and all), and again after a restart (loaded from its checkpoint and WAL).
 */
const N = 100_000;
const DIM = 384;
const BATCH = 1000;

export async function benchStoreMemory(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-mem-'));
  try {
    let proc = await startStoreProcess(['--path', dir, '--no-fsync']);
    const put = (p: string, body: unknown) => putJson(proc.url, p, body);
    await put('/collections/m', { vectors: { size: DIM, distance: 'Cosine' } });
    const empty = await settledRss(proc);
    const data = randomVectors(BATCH, DIM, 9);
    for (let start = 0; start < N; start += BATCH) {
      const points = Array.from({ length: BATCH }, (_, j) => ({
        id: start + j,
        vector: Array.from(data.subarray(j * DIM, (j + 1) * DIM)),
      }));
      await put('/collections/m/points?wait=true', { points });
    }
    const filled = await settledRss(proc);
    await proc.stop();
    // A fresh process with an empty store is the baseline after the restart.
    const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-mem-'));
    proc = await startStoreProcess(['--path', baseDir, '--no-fsync']);
    const fresh = await settledRss(proc);
    await proc.stop();
    fs.rmSync(baseDir, { recursive: true, force: true });
    proc = await startStoreProcess(['--path', dir, '--no-fsync']);
    const restarted = await settledRss(proc);
    await proc.stop();
    const raw = N * DIM * 4;
    return {
      points: N,
      dimensions: DIM,
      'raw vector MiB': round(raw / 2 ** 20, 1),
      'RSS growth while running MiB': round((filled - empty) / 2 ** 20, 1),
      'RSS growth after restart MiB': round((restarted - fresh) / 2 ** 20, 1),
      'running / raw (goal <= 1.3)': round((filled - empty) / raw),
      'after restart / raw (goal <= 1.3)': round((restarted - fresh) / raw),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchStoreMemory().then((r) => report('store-memory', r));
