import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startRagwireProcess, type StoreProcess } from '../test/support/store-process.js';
import { settledRss } from './process-memory.js';
import { percentile, putJson, randomVectors, report, round } from './support.js';

/**
 * Resident memory of `ragwire store` holding N cosine vectors of 384 dimensions, against the raw
 * vector bytes (N x 384 x 4), measured from outside the store process (VmRSS in /proc): the
 * process with the empty collection is the baseline; then filled over HTTP as an ingest pipeline
 * would (JSON parsing and all), and again after a restart (loaded from its checkpoint and WAL) over
 * a fresh process with an empty store. Three configurations, one process each, in the same run:
 * floats in memory, int8 quantization (the int8 copy added), and int8 with the floats on disk
 * (`on_disk: true`: only the int8 copy in memory, candidates rescored from the file). Query p50
 * (top-10, 40 queries, one client) is compared with the in-memory int8 collection of the same run.
 * No HNSW graph (`m: 0`; its memory is measured by store-hnsw): every query scans.
 *
 * Then, with int8 and on_disk both measured, their query p50 side by side in one process (see
 * sideBySide; RAGWIRE_MEMORY_SIDE_N points, default min(N, 200000), 0 to skip).
 *
 * N from RAGWIRE_MEMORY_N (default 100000); configurations from RAGWIRE_MEMORY_CONFIGS (comma
 * separated among float, int8, on_disk; default all three).
 */
const DIM = 384;
const BATCH = 1000;
const QUERIES = 40;

const CONFIGS: Record<string, object> = {
  float: { vectors: { size: DIM, distance: 'Cosine' } },
  int8: { vectors: { size: DIM, distance: 'Cosine' }, quantization_config: { scalar: { type: 'int8' } } },
  on_disk: {
    vectors: { size: DIM, distance: 'Cosine', on_disk: true },
    quantization_config: { scalar: { type: 'int8', always_ram: true } },
  },
};

function points(): number {
  const n = Number((process.env.RAGWIRE_MEMORY_N ?? '100000').replace(/k$/i, '000').replace(/m$/i, '000000'));
  if (!Number.isInteger(n) || n < BATCH) throw new Error(`RAGWIRE_MEMORY_N: expected a number of points >= ${BATCH}`);
  return n;
}

/** `ragwire store --no-fsync` on `dir`; loading a million points may take minutes on a busy machine. */
function startStore(dir: string): Promise<StoreProcess> {
  return startRagwireProcess(
    ['store', '--port', '0', '--path', dir, '--no-fsync'],
    /listening on (http:\/\/\S+?),/,
    {},
    600_000,
  );
}

async function queryP50(url: string): Promise<number> {
  const q = randomVectors(QUERIES, DIM, 4242);
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const body = JSON.stringify({ query: Array.from(q.subarray(i * DIM, (i + 1) * DIM)), limit: 10 });
    const t = process.hrtime.bigint();
    const r = await fetch(`${url}/collections/m/points/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!r.ok) throw new Error(`query: HTTP ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return percentile(times, 50);
}

/**
 * Query p50 of int8 + on_disk against int8 in memory, measured in one process holding both
 * collections (the same N points), queries alternating between them: a ratio from the same moments
 * of a busy machine (top-10: the int8 scan, candidates rescored in float).
 */
export async function sideBySide(n: number): Promise<{ memory: number; disk: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-mem-'));
  let proc: StoreProcess | undefined;
  try {
    proc = await startStore(dir);
    const url = proc.url;
    for (const [name, config] of [
      ['mem', CONFIGS.int8],
      ['disk', CONFIGS.on_disk],
    ] as const)
      await putJson(url, `/collections/${name}`, { ...config, hnsw_config: { m: 0 } });
    for (let start = 0; start < n; start += BATCH) {
      const data = randomVectors(BATCH, DIM, 9 + start);
      const body = {
        points: Array.from({ length: BATCH }, (_, j) => ({
          id: start + j,
          vector: Array.from(data.subarray(j * DIM, (j + 1) * DIM)),
        })),
      };
      await putJson(url, '/collections/mem/points?wait=true', body);
      await putJson(url, '/collections/disk/points?wait=true', body);
    }
    // Restarted: every on-disk row is in the file, none pending in memory.
    await proc.stop();
    proc = await startStore(dir);
    const q = randomVectors(QUERIES, DIM, 4243);
    const times = { mem: [] as number[], disk: [] as number[] };
    for (let i = 0; i < 2 * QUERIES; i++) {
      const name = i % 2 === 0 ? 'mem' : 'disk';
      const k = i >> 1;
      const t = process.hrtime.bigint();
      const r = await fetch(`${proc.url}/collections/${name}/points/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: Array.from(q.subarray(k * DIM, (k + 1) * DIM)), limit: 10 }),
      });
      await r.arrayBuffer();
      times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return { memory: percentile(times.mem, 50), disk: percentile(times.disk, 50) };
  } finally {
    await proc?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Measured {
  running: number;
  restarted: number;
  p50: number;
  p50Restarted: number;
  restartSeconds: number;
}

async function measure(n: number, config: object): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-mem-'));
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-mem-'));
  let proc: StoreProcess | undefined;
  try {
    proc = await startStore(dir);
    const url = proc.url;
    await putJson(url, '/collections/m', { ...config, hnsw_config: { m: 0 } });
    const empty = await settledRss(proc);
    for (let start = 0; start < n; start += BATCH) {
      const data = randomVectors(BATCH, DIM, 9 + start);
      const batch = Array.from({ length: BATCH }, (_, j) => ({
        id: start + j,
        vector: Array.from(data.subarray(j * DIM, (j + 1) * DIM)),
      }));
      await putJson(url, '/collections/m/points?wait=true', { points: batch });
    }
    const p50 = await queryP50(url);
    const filled = await settledRss(proc);
    await proc.stop();
    // A fresh process with an empty store is the baseline after the restart.
    proc = await startStore(baseDir);
    const fresh = await settledRss(proc);
    await proc.stop();
    const t = process.hrtime.bigint();
    proc = await startStore(dir);
    const restartSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    const p50Restarted = await queryP50(proc.url);
    const restarted = await settledRss(proc);
    return { running: filled - empty, restarted: restarted - fresh, p50, p50Restarted, restartSeconds };
  } finally {
    await proc?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(baseDir, { recursive: true, force: true });
  }
}

export async function benchStoreMemory(): Promise<Record<string, unknown>> {
  const n = points();
  const raw = n * DIM * 4;
  const names = (process.env.RAGWIRE_MEMORY_CONFIGS ?? 'float,int8,on_disk').split(',').map((s) => s.trim());
  const out: Record<string, unknown> = {
    points: n,
    dimensions: DIM,
    'raw vector MiB': round(raw / 2 ** 20, 1),
    'load average at start': os.loadavg()[0].toFixed(2),
  };
  const results = new Map<string, Measured>();
  for (const name of names) {
    const config = CONFIGS[name];
    if (!config) throw new Error(`RAGWIRE_MEMORY_CONFIGS: unknown configuration ${name}`);
    const m = await measure(n, config);
    results.set(name, m);
    out[`${name}: RSS running / raw (goal <= 1.3)`] = round(m.running / raw);
    out[`${name}: RSS after restart / raw (goal <= 1.3)`] = round(m.restarted / raw);
    out[`${name}: query p50 ms running / after restart`] = `${round(m.p50)} / ${round(m.p50Restarted)}`;
    out[`${name}: restart s`] = round(m.restartSeconds, 1);
    console.log(`${name}: ${JSON.stringify(m)}`);
  }
  const int8 = results.get('int8');
  const onDisk = results.get('on_disk');
  if (int8 && onDisk) {
    out['on_disk / int8 in memory: query p50 running / after restart'] =
      `${round(onDisk.p50 / int8.p50)} / ${round(onDisk.p50Restarted / int8.p50Restarted)}`;
  }
  const side = Number(process.env.RAGWIRE_MEMORY_SIDE_N ?? Math.min(n, 200_000));
  if (names.includes('int8') && names.includes('on_disk') && side >= BATCH) {
    const { memory, disk } = await sideBySide(side);
    out[`side by side, one process, ${side / 1000}k points each: query p50 ms int8 in memory / int8 + on_disk`] =
      `${round(memory)} / ${round(disk)}`;
    out['side by side: on_disk / in memory query p50'] = round(disk / memory);
  }
  out['load average at end'] = os.loadavg()[0].toFixed(2);
  return out;
}

if (require.main === module) void benchStoreMemory().then((r) => report('store-memory', r));
