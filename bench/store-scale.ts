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
 * - upsert batches: median and slowest, and slowest/median (goal <= 3: checkpoints must not stall),
 *   during and outside checkpoints and HNSW builds, with the store's event-loop delay and GC pauses
 *   (read inside the store process by bench/loop-probe.ts) and the circumstances of the slowest;
 * - exact top-10 query p50 (one client) and 8 clients against 1 (throughput, p50);
 * - the longest a health check waited while a snapshot was written (goal <= 100 ms), against the
 *   longest with nothing running;
 * - resident memory (VmRSS, from outside) over the raw vector bytes, running and after a restart
 *   (goal <= 1.3), each over a process with an empty store;
 * - restart time (open: image and WAL loaded, listening).
 * RAGWIRE_SCALE_FILL_ONLY=1 stops after the fill (stall figures only).
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

/** A store process; with `probeFile`, bench/loop-probe.ts runs in it and writes its port there. */
function start(dir: string, probeFile?: string): Promise<StoreProcess> {
  const env = probeFile
    ? {
        RAGWIRE_LOOP_PROBE_FILE: probeFile,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(__dirname, 'loop-probe.js')}`.trim(),
      }
    : {};
  // A large store takes a while to load: wait up to 10 minutes for it to listen.
  return startRagwireProcess(['store', '--port', '0', '--path', dir], /listening on (http:\/\/\S+?),/, env, 600_000);
}

/** What the loop probe reports (see bench/loop-probe.ts). */
interface ProbeReport {
  window: { loopMaxMs: number; gc: { count: number; totalMs: number; maxMs: number } };
  whole: {
    loopP50Ms: number;
    loopP99Ms: number;
    loopMaxMs: number;
    gc: { count: number; totalMs: number; maxMs: number };
  };
}

async function probe(port: number): Promise<ProbeReport> {
  return (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as ProbeReport;
}

/** One upsert batch: its time, and what went on in the store meanwhile. */
interface Batch {
  ms: number;
  checkpoint: boolean;
  /** An HNSW build was running or due (collection status yellow) at the batch's end. */
  indexing: boolean;
  /** The longest the store's event loop was held, and its GC pauses, during the batch. */
  loopMaxMs: number;
  gcMs: number;
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
async function fill(url: string, dir: string, n: number, probePort: number): Promise<Batch[]> {
  const batches: Batch[] = [];
  for (let start = 0; start < n; start += BATCH) {
    const data = randomVectors(BATCH, DIM, 7 + start);
    const body = JSON.stringify({
      points: Array.from({ length: BATCH }, (_, j) => ({
        id: start + j,
        vector: Array.from(data.subarray(j * DIM, (j + 1) * DIM)),
      })),
    });
    const before = checkpointing(dir);
    await probe(probePort); // starts the probe's window
    const t = process.hrtime.bigint();
    await call(`${url}/collections/scale/points?wait=true`, 'PUT', body);
    const ms = elapsedMs(t);
    const seen = await probe(probePort);
    const info = (await call(`${url}/collections/scale`, 'GET')) as { result: { status: string } };
    batches.push({
      ms,
      checkpoint: before || checkpointing(dir),
      indexing: info.result.status !== 'green',
      loopMaxMs: seen.window.loopMaxMs,
      gcMs: seen.window.gc.totalMs,
    });
  }
  return batches;
}

/** The stall figures of a fill: slowest batches by circumstance, against the median. */
function stallFigures(batches: Batch[], whole: ProbeReport['whole']): Record<string, unknown> {
  const median = percentile(
    batches.map((b) => b.ms),
    50,
  );
  const slowest = (which: Batch[]) => (which.length ? round(Math.max(...which.map((b) => b.ms)) / median) : '-');
  const count = (which: Batch[]) => `${which.length} of ${batches.length}`;
  const during = batches.filter((b) => b.checkpoint);
  const outside = batches.filter((b) => !b.checkpoint);
  const indexing = batches.filter((b) => b.indexing);
  const quiet = batches.filter((b) => !b.checkpoint && !b.indexing);
  const top = [...batches].sort((a, b) => b.ms - a.ms).slice(0, 5);
  return {
    'upsert batch (1,000 points) median / slowest ms': `${round(median)} / ${round(Math.max(...batches.map((b) => b.ms)))}`,
    'batches during a checkpoint': count(during),
    'slowest during a checkpoint / median (goal <= 3)': slowest(during),
    'slowest outside any checkpoint / median': slowest(outside),
    'batches while HNSW indexing': count(indexing),
    'slowest while indexing / median': slowest(indexing),
    'slowest with neither checkpoint nor indexing / median': slowest(quiet),
    'slowest of all / median': slowest(batches),
    'store event-loop delay over the fill p50 / p99 / max ms': `${whole.loopP50Ms} / ${whole.loopP99Ms} / ${whole.loopMaxMs}`,
    'store GC pauses over the fill: count / total ms / longest ms': `${whole.gc.count} / ${round(whole.gc.totalMs)} / ${round(whole.gc.maxMs)}`,
    'the 5 slowest batches: ms (longest loop block ms, GC ms, checkpoint, indexing)': top
      .map(
        (b) =>
          `${round(b.ms)} (${round(b.loopMaxMs)}, ${round(b.gcMs)}${b.checkpoint ? ', checkpoint' : ''}${b.indexing ? ', indexing' : ''})`,
      )
      .join('; '),
  };
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
    const probeFile = path.join(emptyDir, 'probe-port');
    proc = await start(dir, probeFile);
    await call(`${proc.url}/collections/scale`, 'PUT', JSON.stringify({ vectors: { size: DIM, distance: 'Cosine' } }));
    const empty = await settledRss(proc);
    const probePort = Number(fs.readFileSync(probeFile, 'utf8'));
    fs.rmSync(probeFile);
    const batches = await fill(proc.url, dir, n, probePort);
    Object.assign(out, stallFigures(batches, (await probe(probePort)).whole));
    // RAGWIRE_SCALE_FILL_ONLY=1: the stall figures alone (for looking into stalls).
    if (process.env.RAGWIRE_SCALE_FILL_ONLY === '1') return out;
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
