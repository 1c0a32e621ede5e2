import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { percentile, report, round } from './support.js';

/**
 * Node-RED benchmarks, each a ratio against a baseline in the same run:
 * - the Ragwire nodes' own cost: server CPU per request of the search template against the same
 *   flow with one `function` node calling the same core functions (goal <= 1.1x);
 * - /ragwire/search on a 10,000-chunk collection through Node-RED against a bare node:http server
 *   calling the same core (reported);
 * - ingest documents/s through the template with batches of 500 against one document per request;
 * - Node-RED start time and RSS with and without Ragwire loaded (goal: +150 ms, +40 MiB at most).
 */
const CHUNKS = 10_000;
const REQUESTS = 400;

const words = [
  'urlaub',
  'antrag',
  'portal',
  'reise',
  'kosten',
  'kantine',
  'vertrag',
  'rechnung',
  'server',
  'netzwerk',
  'passwort',
  'drucker',
  'projekt',
  'kunde',
  'angebot',
  'lager',
];
function sentence(i: number): string {
  let s = '';
  for (let k = 0; k < 14; k++) s += `${words[(i * 7 + k * 13 + (i >> k)) % words.length]} `;
  return `Dokument ${i}: ${s.trim()}.`;
}

async function post(url: string, body: unknown): Promise<unknown> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status} ${await r.text()}`);
  return r.json();
}

async function cpuMs(bare: string): Promise<number> {
  const u = (await (await fetch(`${bare}/cpu`)).json()) as { user: number; system: number };
  return (u.user + u.system) / 1000;
}

/** Requests per endpoint, interleaved in blocks so drift hits both alike; CPU and latency per request. */
async function compare(
  bare: string,
  endpoints: Record<string, string>,
): Promise<Record<string, { cpu: number; p50: number }>> {
  const out: Record<string, { cpu: number; lat: number[] }> = {};
  for (const name of Object.keys(endpoints)) out[name] = { cpu: 0, lat: [] };
  for (let block = 0; block < 8; block++) {
    for (const [name, url] of Object.entries(endpoints)) {
      const before = await cpuMs(bare);
      for (let i = 0; i < REQUESTS / 8; i++) {
        const t = process.hrtime.bigint();
        await post(url, { query: `${words[i % 16]} ${words[(i * 5) % 16]} kosten`, limit: 5 });
        out[name].lat.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      out[name].cpu += (await cpuMs(bare)) - before;
    }
  }
  return Object.fromEntries(
    Object.entries(out).map(([k, v]) => [k, { cpu: v.cpu / REQUESTS, p50: percentile(v.lat, 50) }]),
  );
}

function startProfile(withRagwire: boolean): { ms: number; cpuMs: number; rssMiB: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-start-'));
  const script = `
    const t0 = process.hrtime.bigint();
    require(${JSON.stringify(path.join(__dirname, '..', 'nodes', 'cli', 'editor.js'))})
      .startEditor({ port: 0, host: '127.0.0.1', userDir: ${JSON.stringify(dir)}, loadRagwire: ${withRagwire}, settings: { logging: { console: { level: 'off' } } } })
      .then(async (ed) => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const cpu = process.cpuUsage();
        global.gc && global.gc();
        const rss = process.memoryUsage().rss;
        await ed.stop();
        process.stdout.write(JSON.stringify({ ms, rss, cpuMs: (cpu.user + cpu.system) / 1000 }));
        process.exit(0);
      });`;
  const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' })) as {
    ms: number;
    cpuMs: number;
    rss: number;
  };
  fs.rmSync(dir, { recursive: true, force: true });
  return { ms: out.ms, cpuMs: out.cpuMs, rssMiB: out.rss / 2 ** 20 };
}

export async function benchNodeRed(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-bench-nr-'));
  const child = spawn(process.execPath, [path.join(__dirname, 'node-red-server.js'), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, QDRANT_URL: '' },
  });
  try {
    const urls = await new Promise<{ editor: string; bare: string }>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const line = buf.split('\n').find((l) => l.startsWith('{"editor"'));
        if (line) resolve(JSON.parse(line) as { editor: string; bare: string });
      });
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    // Flows start just after the editor does: wait until the endpoint answers.
    for (let i = 0; i < 100; i++) {
      const probe = await fetch(`${urls.editor}/ragwire/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (probe.status !== 404) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Ingest: 10,000 one-chunk documents in batches of 500, then 200 more one per request.
    let t = process.hrtime.bigint();
    for (let start = 0; start < CHUNKS; start += 500) {
      await post(`${urls.editor}/ragwire/ingest`, {
        documents: Array.from({ length: 500 }, (_, k) => ({ id: `d${start + k}`, text: sentence(start + k) })),
      });
    }
    const batchedDocsPerS = CHUNKS / (Number(process.hrtime.bigint() - t) / 1e9);
    t = process.hrtime.bigint();
    for (let i = 0; i < 200; i++)
      await post(`${urls.editor}/ragwire/ingest`, { documents: [{ id: `d${i}`, text: sentence(i) }] });
    const singleDocsPerS = 200 / (Number(process.hrtime.bigint() - t) / 1e9);

    const r = await compare(urls.bare, {
      template: `${urls.editor}/ragwire/search`,
      function: `${urls.editor}/bench/search-fn`,
      bare: `${urls.bare}/search`,
    });
    // Median of three starts each, alternating.
    const runs = [0, 1, 2].map(() => [startProfile(false), startProfile(true)]);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    const profile = (i: number) => ({
      ms: median(runs.map((r) => r[i].ms)),
      cpuMs: median(runs.map((r) => r[i].cpuMs)),
      rssMiB: median(runs.map((r) => r[i].rssMiB)),
    });
    const plain = profile(0);
    const withRagwire = profile(1);
    return {
      'collection chunks': CHUNKS,
      'requests per endpoint': REQUESTS,
      'search template CPU ms/request': round(r.template.cpu, 3),
      'function-node flow CPU ms/request': round(r.function.cpu, 3),
      'Ragwire nodes vs function node, CPU (goal <= 1.1)': round(r.template.cpu / r.function.cpu),
      'bare node:http + core CPU ms/request': round(r.bare.cpu, 3),
      'template vs bare, CPU': round(r.template.cpu / r.bare.cpu),
      'template p50 ms': round(r.template.p50),
      'bare p50 ms': round(r.bare.p50),
      'template vs bare, p50 latency': round(r.template.p50 / r.bare.p50),
      'ingest docs/s, batches of 500': Math.round(batchedDocsPerS),
      'ingest docs/s, one per request': Math.round(singleDocsPerS),
      'batched vs one per request': round(batchedDocsPerS / singleDocsPerS, 1),
      'Node-RED start ms without / with Ragwire': `${Math.round(plain.ms)} / ${Math.round(withRagwire.ms)} (+${Math.round(withRagwire.ms - plain.ms)}, goal <= +150)`,
      // CPU time is what loading costs; wall time also holds whatever else the machine is doing.
      'Node-RED start CPU ms without / with Ragwire': `${Math.round(plain.cpuMs)} / ${Math.round(withRagwire.cpuMs)} (+${Math.round(withRagwire.cpuMs - plain.cpuMs)})`,
      'Node-RED RSS MiB without / with Ragwire': `${round(plain.rssMiB, 1)} / ${round(withRagwire.rssMiB, 1)} (+${round(withRagwire.rssMiB - plain.rssMiB, 1)}, goal <= +40)`,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchNodeRed().then((r) => report('node-red', r));
