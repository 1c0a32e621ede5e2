import { QdrantClient } from '@qdrant/js-client-rest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { startStoreProcess } from '../test/support/store-process.js';
import { randomVectors, report } from './support.js';

/**
 * Upsert throughput over HTTP: the official client sends batches of 256 points of 384 dimensions
 * (wait=true) to `ragwire store` running as its own process, with fsync on every batch (default).
 * Like an ingest pipeline, the client keeps CONCURRENCY requests in flight. Two clients, same run:
 * a plain HTTP client (JSON.stringify + fetch, as Qdrant's Python/Go clients do) and the official
 * JS client, whose JSON.stringify with a BigInt replacer function costs ~13 ms per batch itself.
 * The floor, in the same run: the plain client sending the same bodies to a bare node:http server
 * (its own process) that parses and discards them; the store's figure is reported against it.
 */
const CONCURRENCY = 4;
const DIM = 384;
const BATCH = 256;
const TOTAL = 40_960;

export async function benchStoreUpsert(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-bench-'));
  const proc = await startStoreProcess(['--path', dir]);
  try {
    const client = new QdrantClient({ url: proc.url, checkCompatibility: false });
    await client.createCollection('bench', { vectors: { size: DIM, distance: 'Cosine' } });
    const data = randomVectors(TOTAL, DIM, 3);
    const batches: { id: number; vector: number[]; payload: Record<string, unknown> }[][] = [];
    for (let start = 0; start < TOTAL; start += BATCH) {
      batches.push(
        Array.from({ length: BATCH }, (_, j) => {
          const i = start + j;
          return {
            id: i,
            vector: Array.from(data.subarray(i * DIM, (i + 1) * DIM)),
            payload: { doc: `doc-${i >> 4}`, chunk: i & 15 },
          };
        }),
      );
    }
    await client.upsert('bench', { wait: true, points: batches[0] }); // warm-up (same ids again below)
    const run = async (send: (points: (typeof batches)[number]) => Promise<unknown>, check = true) => {
      let next = 0;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < batches.length) await send(batches[next++]);
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (!check) return TOTAL / seconds;
      const count = (await client.count('bench')).count;
      if (count !== TOTAL) throw new Error(`expected ${TOTAL} points, found ${count}`);
      return TOTAL / seconds;
    };
    const plainTo = (url: string) => async (points: (typeof batches)[number]) => {
      const response = await fetch(`${url}/collections/bench/points?wait=true`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ points }),
      });
      if (!response.ok) throw new Error(`upsert failed: HTTP ${response.status}`);
      await response.arrayBuffer();
    };
    const plain = await run(plainTo(proc.url));
    const floor = await withFloorServer((url) => run(plainTo(url), false));
    const official = await run((points) => client.upsert('bench', { wait: true, points }));
    return {
      points: TOTAL,
      'batch size': BATCH,
      'requests in flight': CONCURRENCY,
      dimensions: DIM,
      'plain HTTP client points/s': Math.round(plain),
      'bare node:http floor points/s (same bodies parsed)': Math.round(floor),
      'store / floor throughput': Math.round((plain / floor) * 100) / 100,
      'official JS client points/s': Math.round(official),
    };
  } finally {
    await proc.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `use` against the bare node:http floor server (bench/http-floor.ts) in its own process. */
async function withFloorServer<T>(use: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, [path.join(__dirname, 'http-floor.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+?),/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`the floor server exited with ${code}`)));
    });
    return await use(url);
  } finally {
    child.kill('SIGTERM');
  }
}

if (require.main === module) void benchStoreUpsert().then((r) => report('store-upsert', r));
