import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { report, round } from './support.js';

/**
 * The cost of the metrics: /ragwire/search throughput of the search template as shipped, in two
 * Node-RED processes started alike, one with RAGWIRE_METRICS=off and one with the metrics on (and
 * scraped once per block, as Prometheus would). Requests go in interleaved blocks with a fixed
 * concurrency so drift hits both alike. Goal: at least 0.97x throughput with metrics on.
 */
const DOCUMENTS = 2_000;
const BLOCKS = 10;
const REQUESTS_PER_BLOCK = 400;
const CONCURRENCY = 8;

const words = ['urlaub', 'antrag', 'portal', 'reise', 'kosten', 'kantine', 'vertrag', 'rechnung', 'server', 'projekt'];
const sentence = (i: number) =>
  `Dokument ${i}: ${Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 3 + (i >> k)) % words.length]).join(' ')}.`;

async function post(url: string, body: unknown): Promise<void> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status} ${await r.text()}`);
  await r.arrayBuffer();
}

interface Server {
  url: string;
  child: ChildProcess;
  dir: string;
}

async function startServer(metrics: boolean): Promise<Server> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-bench-metrics-'));
  const child = spawn(process.execPath, [path.join(__dirname, 'node-red-server.js'), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, QDRANT_URL: '', RAGWIRE_METRICS: metrics ? 'on' : 'off' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => l.startsWith('{"editor"'));
      if (line) resolve((JSON.parse(line) as { editor: string }).editor);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  for (let i = 0; i < 100; i++) {
    const probe = await fetch(`${url}/ragwire/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (probe.status !== 404) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  for (let start = 0; start < DOCUMENTS; start += 500)
    await post(`${url}/ragwire/ingest`, {
      documents: Array.from({ length: 500 }, (_, k) => ({ id: `d${start + k}`, text: sentence(start + k) })),
    });
  return { url, child, dir };
}

async function stopServer(s: Server): Promise<void> {
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
  fs.rmSync(s.dir, { recursive: true, force: true });
}

/** Seconds to send `n` searches with CONCURRENCY in flight. */
async function searchBlock(url: string, n: number): Promise<number> {
  let next = 0;
  const t = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) {
        const i = next++;
        await post(`${url}/ragwire/search`, { query: `${words[i % 10]} ${words[(i * 3) % 10]} kosten`, limit: 5 });
      }
    }),
  );
  return Number(process.hrtime.bigint() - t) / 1e9;
}

export async function benchMetrics(): Promise<Record<string, unknown>> {
  const off = await startServer(false);
  const on = await startServer(true);
  try {
    const offMetrics = await fetch(`${off.url}/metrics`);
    if (offMetrics.status !== 404) throw new Error('RAGWIRE_METRICS=off still serves /metrics');
    await searchBlock(off.url, 200); // warm-up
    await searchBlock(on.url, 200);
    const seconds = { off: 0, on: 0 };
    let scrapeBytes = 0;
    for (let block = 0; block < BLOCKS; block++) {
      // Alternate which goes first, so neither always runs on a warmer machine.
      const order = block % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
      for (const which of order)
        seconds[which] += await searchBlock((which === 'on' ? on : off).url, REQUESTS_PER_BLOCK);
      scrapeBytes = (await (await fetch(`${on.url}/metrics`)).text()).length;
    }
    const total = BLOCKS * REQUESTS_PER_BLOCK;
    const offRate = total / seconds.off;
    const onRate = total / seconds.on;
    return {
      'collection documents': DOCUMENTS,
      'searches per variant': total,
      concurrency: CONCURRENCY,
      'searches/s, metrics off': Math.round(offRate),
      'searches/s, metrics on': Math.round(onRate),
      'metrics on vs off, throughput (goal >= 0.97)': round(onRate / offRate, 3),
      'exposition size, bytes': scrapeBytes,
    };
  } finally {
    await stopServer(off);
    await stopServer(on);
  }
}

if (require.main === module) void benchMetrics().then((r) => report('metrics', r));
