import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { promtoolCheckMetrics } from '../support/metrics.js';
import { postJson } from '../support/node-red.js';
import { closedPort } from '../support/ports.js';
import { REPO_ROOT, startRagwireProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';
import { allTemplates, NO_AZURE } from '../support/templates.js';
import { metricNamesOf, prometheusQuery, runPromtool, type PromSample } from './support.js';

const OBSERVABILITY = path.join(REPO_ROOT, 'deploy', 'observability');
const SCRAPE_TOKEN = 'scrape-token-0123456789';

/** A flow of the user's own: POST /obs/event counts events by kind, sets a gauge and observes sizes. */
function metricFlow(countName = ''): Record<string, unknown>[] {
  const z = 'obs.tab';
  return [
    { id: z, type: 'tab', label: 'Metrics' },
    { id: 'obs.in', type: 'http in', z, url: '/obs/event', method: 'post', upload: false, wires: [['obs.count']] },
    {
      id: 'obs.count',
      type: 'ragwire-metric',
      z,
      name: countName,
      metricType: 'counter',
      metricName: 'obs_events_total',
      help: 'Events posted to /obs/event, by kind',
      labels: [{ name: 'kind', value: 'payload.kind', valueType: 'msg' }],
      value: '1',
      valueType: 'num',
      maxSeries: 10,
      wires: [['obs.depth']],
    },
    {
      id: 'obs.depth',
      type: 'ragwire-metric',
      z,
      metricType: 'gauge',
      metricName: 'obs_queue_depth',
      help: 'Queue depth the last event reported',
      labels: [],
      value: 'payload.depth',
      valueType: 'msg',
      operation: 'set',
      wires: [['obs.size']],
    },
    {
      id: 'obs.size',
      type: 'ragwire-metric',
      z,
      metricType: 'histogram',
      metricName: 'obs_event_size_bytes',
      help: 'Size of the events posted',
      labels: [{ name: 'kind', value: 'payload.kind', valueType: 'msg' }],
      value: 'payload.size',
      valueType: 'msg',
      buckets: '10, 100, 1000',
      wires: [['obs.res']],
    },
    { id: 'obs.res', type: 'http response', z, statusCode: '', headers: {}, wires: [] },
  ];
}

async function deploy(url: string, flows: unknown[], type: 'full' | 'nodes'): Promise<void> {
  const r = await fetch(`${url}/flows`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'node-red-deployment-type': type },
    body: JSON.stringify(flows),
  });
  assert.ok(r.ok, `deploy: ${r.status} ${await r.text()}`);
}

async function scrape(url: string): Promise<string> {
  const r = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } });
  assert.equal(r.status, 200);
  return r.text();
}

/** The value of one sample line of an exposition (`name{labels} value`). */
function valueOf(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

describe('a real Prometheus scrapes a running Node-RED with Ragwire flows (loopback)', function () {
  this.timeout(180_000);
  let tmp: ReturnType<typeof tempDir>;
  let ollama: OllamaFake;
  let editor: StoreProcess;
  let prometheus: ChildProcess | undefined;
  let prom: string;
  let redeployEvents = 0;

  const post = (pathname: string, body: unknown) => postJson(`${editor.url}${pathname}`, body);
  const postEvent = async (kind: string) => (await post('/obs/event', { kind, depth: 7, size: 50 })).status;
  /**
   * Waits until a just deployed /obs/event answers. A message that arrives while Node-RED swaps a
   * modified node is lost (no answer): such probes time out and are sent again, under their own label.
   */
  const untilServed = () =>
    until('the endpoint', async () => {
      const r = await fetch(`${editor.url}/obs/event`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'probe', depth: 7, size: 5 }),
        signal: AbortSignal.timeout(2000),
      });
      return r.status === 200 ? true : undefined;
    });

  before(async () => {
    tmp = tempDir();
    ollama = await startOllamaFake({ answer: () => 'Im Personalportal [1].' });
    editor = await startRagwireProcess(
      ['start', '--port', '0', '--user-dir', path.join(tmp.dir, 'node-red')],
      /editor at (http:\/\/\S+?)\/ /,
      {
        ...Object.fromEntries(Object.keys(NO_AZURE).map((k) => [k, ''])),
        QDRANT_URL: '',
        OLLAMA_HOST: ollama.url,
        RAGWIRE_METRICS_TOKEN: SCRAPE_TOKEN,
      },
      30_000,
    );
    await deploy(editor.url, [...allTemplates(), ...metricFlow()], 'full');
    await untilServed();
    const ingest = await post('/ragwire/ingest', {
      documents: [
        { id: 'handbook', text: 'Urlaub beantragen Sie im Personalportal unter Abwesenheiten.' },
        { id: 'cafeteria', text: 'Die Kantine öffnet um 11:30.' },
      ],
    });
    assert.equal(ingest.status, 200, JSON.stringify(ingest.body));
    for (let i = 0; i < 5; i++)
      assert.equal((await post('/ragwire/search', { query: 'Urlaub beantragen' })).status, 200);
    const ask = await post('/ragwire/ask', { question: 'Wie beantrage ich Urlaub?' });
    assert.equal(ask.status, 200, JSON.stringify(ask.body));

    const port = await closedPort();
    prom = `http://127.0.0.1:${port}`;
    const tokenFile = path.join(tmp.dir, 'scrape-token');
    fs.writeFileSync(tokenFile, SCRAPE_TOKEN, { mode: 0o600 });
    const config = path.join(tmp.dir, 'prometheus.yml');
    fs.writeFileSync(
      config,
      [
        'global:',
        '  scrape_interval: 1s',
        '  evaluation_interval: 1s',
        'rule_files:',
        `  - ${JSON.stringify(path.join(OBSERVABILITY, 'ragwire-alerts.yml'))}`,
        'scrape_configs:',
        '  - job_name: ragwire',
        '    metrics_path: /metrics',
        '    authorization:',
        '      type: Bearer',
        `      credentials_file: ${JSON.stringify(tokenFile)}`,
        '    static_configs:',
        `      - targets: [${JSON.stringify(new URL(editor.url).host)}]`,
        '',
      ].join('\n'),
    );
    prometheus = spawn(
      'prometheus',
      [
        `--config.file=${config}`,
        `--storage.tsdb.path=${path.join(tmp.dir, 'tsdb')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    prometheus.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    await until(`Prometheus to be ready (${log})`, async () =>
      (await fetch(`${prom}/-/ready`)).ok ? true : undefined,
    );
  });

  after(async () => {
    if (prometheus && prometheus.exitCode === null) {
      const exited = new Promise((r) => prometheus?.once('exit', r));
      prometheus.kill('SIGTERM');
      await exited;
    }
    await editor?.stop();
    await ollama?.close();
    tmp?.remove();
  });

  it('redeploys a flow with metric nodes ten times: no errors, and the series continue', async () => {
    let previous = valueOf(await scrape(editor.url), 'obs_events_total{kind="redeploy"}') ?? 0;
    for (let i = 0; i < 10; i++) {
      // Full deploys restart every node; "modified nodes" deploys restart only the changed metric node.
      const type = i % 2 === 0 ? 'full' : 'nodes';
      await deploy(editor.url, [...allTemplates(), ...metricFlow(`events, deploy ${i}`)], type);
      await untilServed();
      const statuses: number[] = [];
      for (let k = 0; k < 3; k++) statuses.push(await postEvent('redeploy'));
      assert.deepEqual(statuses, [200, 200, 200], `deploy ${i}`);
      redeployEvents += 3;
      const now = valueOf(await scrape(editor.url), 'obs_events_total{kind="redeploy"}');
      assert.equal(now, previous + 3, `deploy ${i}: the counter continues from ${previous}`);
      previous = now;
    }
    assert.equal(previous, redeployEvents);
    const output = editor.output();
    assert.doesNotMatch(output, /already been registered|\[error\][^\n]*ragwire-metric|obs_events_total[^\n]*error/i);
    const exposition = await scrape(editor.url);
    assert.equal(exposition.match(/^# TYPE obs_events_total counter$/gm)?.length, 1, 'one family, not one per deploy');
    assert.deepEqual(await promtoolCheckMetrics(exposition), { code: 0, output: '' });
  });

  it('Prometheus’s HTTP API has the Ragwire series with the expected labels', async () => {
    const series = async (query: string) =>
      until(`${query} in Prometheus`, async () => {
        const result = await prometheusQuery(prom, query);
        return result.length > 0 ? result : undefined;
      });
    const labelsOf = (samples: PromSample[]) => samples.map((s) => s.metric);

    const up = await series('up{job="ragwire"}');
    assert.equal(up[0].value[1], '1', 'the scrape with the bearer token succeeds');

    const retrieval = labelsOf(await series('ragwire_retrieval_duration_seconds_count'));
    assert.ok(
      retrieval.some((m) => m.collection === 'ragwire' && m.outcome === 'success' && m.job === 'ragwire'),
      JSON.stringify(retrieval),
    );
    const results = await series('ragwire_retrieval_results_count{collection="ragwire"}');
    assert.ok(Number(results[0].value[1]) >= 5);
    assert.ok((await series('ragwire_retrieval_top_score_count{collection="ragwire"}')).length === 1);
    const documents = await series('ragwire_ingestion_documents_total{collection="ragwire"}');
    assert.equal(documents[0].value[1], '2');
    const chunks = await series('ragwire_ingestion_chunks_total{collection="ragwire"}');
    assert.ok(Number(chunks[0].value[1]) >= 2);

    const genai = labelsOf(await series('gen_ai_client_operation_duration_seconds_count'));
    assert.ok(
      genai.some(
        (m) =>
          m.gen_ai_operation_name === 'chat' &&
          m.gen_ai_provider_name === 'ollama' &&
          m.gen_ai_request_model === 'llama3.2' &&
          m.error_type === undefined,
      ),
      JSON.stringify(genai),
    );
    const buckets = await series(
      'gen_ai_client_operation_duration_seconds_bucket{gen_ai_operation_name="chat",gen_ai_provider_name="ollama"}',
    );
    assert.deepEqual(
      buckets
        .map((b) => b.metric.le)
        .sort((a, b) => Number(a.replace('+Inf', 'Infinity')) - Number(b.replace('+Inf', 'Infinity'))),
      [
        '0.01',
        '0.02',
        '0.04',
        '0.08',
        '0.16',
        '0.32',
        '0.64',
        '1.28',
        '2.56',
        '5.12',
        '10.24',
        '20.48',
        '40.96',
        '81.92',
        '+Inf',
      ],
    );
    const decisions = labelsOf(await series('ragwire_privacy_decisions_total'));
    assert.ok(
      decisions.every((m) => ['level', 'route', 'rule', 'blocked'].every((k) => k in m)),
      JSON.stringify(decisions),
    );

    const total = await until('the last redeploy events in Prometheus', async () => {
      const r = await prometheusQuery(prom, 'obs_events_total{kind="redeploy"}');
      return r.length && Number(r[0].value[1]) === redeployEvents ? r : undefined;
    });
    assert.equal(total[0].metric.job, 'ragwire');
    const resets = await prometheusQuery(prom, 'resets(obs_events_total{kind="redeploy"}[10m])');
    assert.equal(resets[0].value[1], '0', 'no counter reset across the ten redeploys');
    assert.equal((await series('obs_queue_depth'))[0].metric.job, 'ragwire');
    assert.ok((await series('obs_event_size_bytes_bucket{kind="redeploy",le="100"}')).length === 1);
    assert.ok((await series('process_resident_memory_bytes{job="ragwire"}')).length === 1);
  });

  it('loads the alert rules and evaluates them against the real series without errors', async () => {
    const groups = await until('the rules to be evaluated', async () => {
      const r = (await (await fetch(`${prom}/api/v1/rules`)).json()) as {
        data: {
          groups: {
            name: string;
            rules: { name: string; health: string; lastError?: string; lastEvaluation: string }[];
          }[];
        };
      };
      const rules = r.data.groups.flatMap((g) => g.rules);
      return rules.length > 0 && rules.every((x) => !x.lastEvaluation.startsWith('0001')) ? rules : undefined;
    });
    assert.equal(groups.length, 10);
    for (const rule of groups) assert.equal(rule.health, 'ok', `${rule.name}: ${rule.lastError}`);
    const alerts = (await (await fetch(`${prom}/api/v1/alerts`)).json()) as {
      data: { alerts: { labels: { alertname: string } }[] };
    };
    assert.deepEqual(
      alerts.data.alerts.map((a) => a.labels.alertname),
      [],
      'a healthy Node-RED raises no alert',
    );
  });

  it('the dashboard and the rules use only metrics this Node-RED exposes (or Prometheus’s own up)', async () => {
    const exposition = await scrape(editor.url);
    const families = new Map([...exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => [m[1], m[2]] as const));
    const exposed = (name: string) => {
      if (families.has(name)) return true;
      const base = name.replace(/_(bucket|count|sum)$/, '');
      return base !== name && families.get(base) === 'histogram';
    };
    const dashboard = JSON.parse(fs.readFileSync(path.join(OBSERVABILITY, 'ragwire-dashboard.json'), 'utf8')) as {
      panels: { title: string; targets?: { expr: string }[] }[];
    };
    const dashboardExprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    assert.ok(dashboardExprs.length >= 20, `${dashboardExprs.length} queries`);
    // The rules as Prometheus loaded them from deploy/observability/ragwire-alerts.yml.
    const loaded = (await (await fetch(`${prom}/api/v1/rules`)).json()) as {
      data: { groups: { rules: { query: string }[] }[] };
    };
    const ruleExprs = loaded.data.groups.flatMap((g) => g.rules.map((r) => r.query));
    assert.equal(ruleExprs.length, 10);
    const check = await runPromtool(['check', 'rules', '--lint=all', path.join(OBSERVABILITY, 'ragwire-alerts.yml')]);
    assert.equal(check.code, 0, check.output);
    assert.match(check.output, /SUCCESS: 10 rules found/);
    assert.doesNotMatch(check.output, /WARNING|lint/i);
    const names = new Set([...dashboardExprs, ...ruleExprs].flatMap(metricNamesOf));
    for (const prefix of [
      'gen_ai_',
      'ragwire_retrieval',
      'ragwire_ingestion',
      'ragwire_privacy',
      'ragwire_backup',
      'process_',
      'nodejs_',
    ])
      assert.ok(
        [...names].some((n) => n.startsWith(prefix)),
        `uses ${prefix}*`,
      );
    const missing = [...names].filter((n) => n !== 'up' && !exposed(n));
    assert.deepEqual(missing, [], 'every metric used is in the exposition');
    const unitTests = await runPromtool(['test', 'rules', path.join(OBSERVABILITY, 'ragwire-alerts.test.yml')]);
    assert.equal(unitTests.code, 0, unitTests.output);
  });
});
