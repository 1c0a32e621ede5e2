import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startRagwireProcess, type StoreProcess } from '../test/support/store-process.js';
import { settledRss } from './process-memory.js';
import { percentile, randomVectors, report, round } from './support.js';

/**
 * `npm run bench -- scale`: the embedded store (`ragwire store`, its own process, default
 * settings: fsync on, checkpoints every 64 MiB of WAL) at N points of 384-dimension cosine
 * vectors, filled over HTTP as an ingest pipeline would (JSON bodies of 1,000 points). For each N:
 * - upsert batches: median and slowest, and slowest/median (goal <= 3: checkpoints must not stall);
 * - exact top-10 query p50 (one client) and 8 clients against 1 (throughput, p50);
 * - the longest a health check waited while a snapshot was written (goal <= 100 ms), against the
 *   longest with nothing running;
 * - resident memory (VmRSS, from outside) over the raw vector bytes, running and after a restart
 *   (goal <= 1.3), each over a process with an empty store;
 * - restart time (open: image and WAL loaded, listening).
 * N comes from RAGWIRE_SCALE_N (comma separated, e.g. 100000,300000,1000000); default 100k and 300k.
 */
const DIM = 384;
const BATCH = 1000;
const QUERIES = 40;
const CONCURRENCY_SECONDS = 3;

function sizes(): number[] {
  const given = process.env.RAGWIRE_SCALE_N;
  if (!given) return [100_000, 300_000];
  return given.split(',').map((s) => {
    const n = Number(s.trim().replace(/k$/i, '000').replace(/m$/i, '000000'));
    if (!Number.isInteger(n) || n < BATCH)
      throw new Error(`RAGWIRE_SCALE_N: ${s} is not a number of points >= ${BATCH}`);
    return n;
  });
}

function start(dir: string): Promise<StoreProcess> {
  // A large store takes a while to load: wait up to 10 minutes for it to listen.
  return startRagwireProcess(['store', '--port', '0', '--path', dir], /listening on (http:\/\/\S+?),/, {}, 600_000);
}

async function call(url: string, method: string, body?: string): Promise<unknown> {
  const r = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body,
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${url}: HTTP ${r.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

const elapsedMs = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

/** A background checkpoint is being written: its partial image is in the collection's folder. */
function checkpointing(dir: string): boolean {
  return fs.readdirSync(path.join(dir, 'collections', 'scale')).some((f) => /^image\.bin\.\d+\.tmp$/.test(f));
}

/**
 * Times every batch of the fill; a batch is JSON as a client sends it, built before the clock
 * starts. A batch counts as during a checkpoint when one was being written as it began or ended.
 */
async function fill(url: string, dir: string, n: number): Promise<{ all: number[]; during: number[] }> {
  const all: number[] = [];
  const during: number[] = [];
  for (let start = 0; start < n; start += BATCH) {
    const data = randomVectors(BATCH, DIM, 7 + start);
    const body = JSON.stringify({
      points: Array.from({ length: BATCH }, (_, j) => ({
        id: start + j,
        vector: Array.from(data.subarray(j * DIM, (j + 1) * DIM)),
      })),
    });
    const before = checkpointing(dir);
    const t = process.hrtime.bigint();
    await call(`${url}/collections/scale/points?wait=true`, 'PUT', body);
    const ms = elapsedMs(t);
    all.push(ms);
    if (before || checkpointing(dir)) during.push(ms);
  }
  return { all, during };
}

function queryBodies(): string[] {
  const q = randomVectors(64, DIM, 4242);
  return Array.from({ length: 64 }, (_, i) =>
    JSON.stringify({ query: Array.from(q.subarray(i * DIM, (i + 1) * DIM)), limit: 10 }),
  );
}

async function queryP50(url: string): Promise<number> {
  const bodies = queryBodies();
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const t = process.hrtime.bigint();
    await call(`${url}/collections/scale/points/query`, 'POST', bodies[i % bodies.length]);
    times.push(elapsedMs(t));
  }
  return percentile(times, 50);
}

async function throughput(url: string, clients: number): Promise<{ qps: number; p50: number }> {
  const bodies = queryBodies();
  const latencies: number[] = [];
  const until = Date.now() + CONCURRENCY_SECONDS * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; Date.now() < until; i += clients) {
        const t = process.hrtime.bigint();
        await call(`${url}/collections/scale/points/query`, 'POST', bodies[i % bodies.length]);
        latencies.push(elapsedMs(t));
      }
    }),
  );
  return { qps: latencies.length / (elapsedMs(started) / 1000), p50: percentile(latencies, 50) };
}

/** The longest a health check (every 5 ms) waited while `work` ran. */
async function longestHealthWait(url: string, work: Promise<unknown>): Promise<number> {
  let finished = false;
  void work.finally(() => (finished = true)).catch(() => undefined);
  let longest = 0;
  while (!finished) {
    const t = process.hrtime.bigint();
    await (await fetch(`${url}/healthz`)).arrayBuffer();
    longest = Math.max(longest, elapsedMs(t));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await work;
  return longest;
}

async function atScale(n: number): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-scale-'));
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-scale-empty-'));
  const raw = n * DIM * 4;
  const out: Record<string, unknown> = {};
  let proc: StoreProcess | undefined;
  try {
    proc = await start(dir);
    await call(`${proc.url}/collections/scale`, 'PUT', JSON.stringify({ vectors: { size: DIM, distance: 'Cosine' } }));
    const empty = await settledRss(proc);
    const batches = await fill(proc.url, dir, n);
    const median = percentile(batches.all, 50);
    const slowest = Math.max(...batches.all);
    const slowestDuring = batches.during.length > 0 ? Math.max(...batches.during) : NaN;
    out['upsert batch (1,000 points) median / slowest ms'] = `${round(median)} / ${round(slowest)}`;
    out['batches during a checkpoint'] = `${batches.during.length} of ${batches.all.length}`;
    out['slowest during a checkpoint / median (goal <= 3)'] = round(slowestDuring / median);
    out['slowest of all / median'] = round(slowest / median);
    out['query p50 ms (exact top-10, 1 client)'] = round(await queryP50(proc.url));
    const one = await throughput(proc.url, 1);
    const eight = await throughput(proc.url, 8);
    out['8 vs 1 client throughput'] = round(eight.qps / one.qps);
    out['p50 ms 1 client / 8 clients'] = `${round(one.p50)} / ${round(eight.p50)}`;
    // Measured after queries: the scan workers and what queries leave behind count too.
    const running = await settledRss(proc);
    out['RSS running / raw vectors (goal <= 1.3)'] = round((running - empty) / raw);
    const idle = await longestHealthWait(proc.url, new Promise((resolve) => setTimeout(resolve, 1000)));
    const snapshotStarted = process.hrtime.bigint();
    const snapshotBlock = await longestHealthWait(proc.url, call(`${proc.url}/collections/scale/snapshots`, 'POST'));
    out['snapshot s'] = round(elapsedMs(snapshotStarted) / 1000, 1);
    out['health check longest wait ms idle / during snapshot (goal <= 100)'] =
      `${round(idle)} / ${round(snapshotBlock)}`;
    await proc.stop();
    proc = await start(emptyDir);
    const fresh = await settledRss(proc);
    await proc.stop();
    const restartStarted = process.hrtime.bigint();
    proc = await start(dir);
    out['restart s (open and listen)'] = round(elapsedMs(restartStarted) / 1000, 1);
    out['query p50 ms after restart'] = round(await queryP50(proc.url));
    const restarted = await settledRss(proc);
    out['RSS after restart and queries / raw vectors (goal <= 1.3)'] = round((restarted - fresh) / raw);
    return out;
  } finally {
    await proc?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(emptyDir, { recursive: true, force: true });
  }
}

export async function benchStoreScale(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = {
    dimensions: DIM,
    cores: os.availableParallelism(),
    'load average at start': os.loadavg()[0].toFixed(2),
  };
  for (const n of sizes()) {
    const at = await atScale(n);
    // Printed as each size finishes: a 1M run takes a long while.
    console.log(`${n} points: ${JSON.stringify(at)}`);
    for (const [k, v] of Object.entries(at)) figures[`${n / 1000}k: ${k}`] = v;
  }
  return figures;
}

if (require.main === module) void benchStoreScale().then((r) => report('store-scale', r));
