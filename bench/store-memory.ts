import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmbeddedStore } from '../nodes/core/store/store.js';
import { parseCreateCollection } from '../nodes/core/store/config-codec.js';
import { randomVectors, report, round } from './support.js';

/**
 * Resident memory of the store holding 100,000 cosine vectors of 384 dimensions, against the raw
 * vector bytes (N x 384 x 4). Measured in a fresh process: RSS after loading minus RSS of the same
 * process with the store open and empty.
 */
const N = 100_000;
const DIM = 384;

function child(): void {
  const gc = (globalThis as { gc?: () => void }).gc as () => void;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-mem-'));
  const store = EmbeddedStore.open({ path: dir, fsync: false });
  store.createCollection('m', parseCreateCollection({ vectors: { size: DIM, distance: 'Cosine' } }));
  const c = store.collection('m');
  const data = randomVectors(N, DIM, 9);
  const dataBytes = data.byteLength;
  gc();
  const before = process.memoryUsage().rss;
  for (let start = 0; start < N; start += 1000) {
    const raw = [];
    for (let i = start; i < start + 1000; i++)
      raw.push({ id: i, payload: null, vectors: new Map([['', data.subarray(i * DIM, (i + 1) * DIM)]]) });
    c.upsert(c.preparePoints(raw));
  }
  gc();
  const after = process.memoryUsage().rss;
  process.stdout.write(JSON.stringify({ grown: after - before, dataBytes }));
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

function measure(env: NodeJS.ProcessEnv = {}): number {
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, '--child'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return (JSON.parse(out) as { grown: number }).grown;
}

export function benchStoreMemory(): Record<string, unknown> {
  const raw = N * DIM * 4;
  const grown = measure({});
  return {
    points: N,
    dimensions: DIM,
    'raw vector MiB': round(raw / 2 ** 20, 1),
    'RSS growth MiB': round(grown / 2 ** 20, 1),
    'ratio (goal <= 1.3)': round(grown / raw),
  };
}

if (process.argv.includes('--child')) child();
else if (require.main === module) report('store-memory', benchStoreMemory());
