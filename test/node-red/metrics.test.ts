import assert from 'node:assert/strict';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../support/fakes/openai-fake.js';
import { promtoolCheckMetrics, sample } from '../support/metrics.js';
import { helper, loadFlow, ragwireNodes, run, statuses, type Msg } from '../support/node-red.js';
import { postJson } from '../support/node-red.js';
import { tempDir } from '../support/temp-dir.js';
import { allTemplates, NO_AZURE, templateSettings, withEnv } from '../support/templates.js';

const out = { id: 'out', type: 'helper' };
const metricNode = (over: Msg = {}) => ({
  id: 'metric',
  type: 'ragwire-metric',
  metricType: 'counter',
  metricName: 'nr_orders_total',
  help: 'Orders by status',
  labels: [
    { name: 'status', value: 'status', valueType: 'msg' },
    { name: 'region', value: 'eu', valueType: 'str' },
  ],
  value: '1',
  valueType: 'num',
  operation: 'set',
  buckets: '',
  maxSeries: 100,
  wires: [['out']],
  ...over,
});

function warnings(id: string): string[] {
  const seen: string[] = [];
  helper.getNode(id).on('call:warn', ((call: { args: [unknown] }) => seen.push(String(call.args[0]))) as never);
  return seen;
}

describe('ragwire-metric node (node-red-node-test-helper)', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
    helper.settings({ userDir: tmp.dir });
  });
  afterEach(async () => {
    await helper.unload();
    tmp.remove();
  });

  it('counts messages with labels from msg and fixed values, and passes the message on unchanged', async () => {
    await helper.load(ragwireNodes(), [metricNode(), out]);
    const seen = statuses('metric');
    const before = await sample('nr_orders_total', { status: 'paid', region: 'eu' });
    const m = await run('metric', { payload: 'order 1', status: 'paid' });
    assert.equal(m.payload, 'order 1');
    await run('metric', { payload: 'order 2', status: 'paid' });
    await run('metric', { payload: 'order 3', status: 'open' });
    assert.equal(await sample('nr_orders_total', { status: 'paid', region: 'eu' }), before + 2);
    assert.equal(await sample('nr_orders_total', { status: 'open', region: 'eu' }), 1);
    assert.deepEqual(seen.at(-1), { fill: 'green', shape: 'dot', text: '2 series' });
  });

  it('drops label combinations beyond Max. series, warns once and says so in the status', async () => {
    await helper.load(ragwireNodes(), [
      metricNode({
        metricName: 'nr_capped_total',
        maxSeries: 2,
        labels: [{ name: 'user', value: 'user', valueType: 'msg' }],
      }),
      out,
    ]);
    const seen = statuses('metric');
    const warned = warnings('metric');
    for (const user of ['u1', 'u2', 'u3', 'u4', 'u1']) await run('metric', { payload: 1, user });
    assert.equal(await sample('nr_capped_total', { user: 'u1' }), 2);
    assert.equal(await sample('nr_capped_total', { user: 'u3' }), 0);
    assert.equal(warned.length, 1, warned.join('\n'));
    assert.match(warned[0], /nr_capped_total: more than 2 label combinations; new ones are dropped/);
    assert.deepEqual(seen.at(-1), { fill: 'yellow', shape: 'ring', text: 'series limit 2: 2 dropped' });
  });

  it('sets gauges and observes histograms from msg.payload; refuses a value that is not a number', async () => {
    await helper.load(ragwireNodes(), [
      metricNode({
        id: 'depth',
        metricType: 'gauge',
        metricName: 'nr_queue_depth',
        labels: [],
        value: 'payload',
        valueType: 'msg',
        operation: 'inc',
      }),
      metricNode({
        id: 'latency',
        metricType: 'histogram',
        metricName: 'nr_answer_seconds',
        labels: [{ name: 'route', value: 'route', valueType: 'msg' }],
        value: 'payload',
        valueType: 'msg',
        buckets: '0.5, 1, 5',
      }),
      out,
    ]);
    const before = await sample('nr_queue_depth');
    await run('depth', { payload: 3 });
    await run('depth', { payload: '2' });
    assert.equal(await sample('nr_queue_depth'), before + 5);
    await run('latency', { payload: 0.7, route: 'local' });
    assert.equal(await sample('nr_answer_seconds_bucket', { route: 'local', le: '1' }), 1);
    assert.equal(await sample('nr_answer_seconds_bucket', { route: 'local', le: '0.5' }), 0);
    await assert.rejects(run('depth', { payload: 'many' }), /value: msg\.payload is not a number \(got "many"\)/);
  });

  it('refuses a bad name at deploy, naming the field, and a name another node defines differently', async () => {
    await helper.load(ragwireNodes(), [
      metricNode({ id: 'bad', metricName: 'orders-per-minute' }),
      metricNode({ id: 'first', metricName: 'nr_shared_total' }),
      metricNode({
        id: 'second',
        metricName: 'nr_shared_total',
        labels: [{ name: 'x', value: 'x', valueType: 'msg' }],
      }),
      out,
    ]);
    await assert.rejects(
      run('bad', { payload: 1 }),
      /configuration: name: "orders-per-minute" is not a Prometheus metric name/,
    );
    await assert.rejects(
      run('second', { payload: 1 }),
      /configuration: name: the metric nr_shared_total is already defined as a counter with labels \[status, region\]/,
    );
    await run('first', { payload: 1, status: 'ok' });
  });
});

describe('GET /metrics on RED.httpNode (templates, endpoint guard in front)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ollama: OllamaFake;
  let azure: OpenAIFake;
  let restoreEnv: (() => void) | undefined;
  beforeEach(async () => {
    tmp = tempDir();
    ollama = await startOllamaFake({ answer: () => 'Draft.' });
    azure = await startOpenAIFake({ apiKey: 'azure-secret' });
  });
  afterEach(async () => {
    restoreEnv?.();
    restoreEnv = undefined;
    await ollama.close();
    await azure.close();
    tmp.remove();
  });

  const load = async (env: Record<string, string | undefined>) => {
    restoreEnv = withEnv({
      QDRANT_URL: undefined,
      ...NO_AZURE,
      AZURE_OPENAI_ENDPOINT: azure.url,
      AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
      AZURE_OPENAI_API_KEY: 'azure-secret',
      OLLAMA_HOST: ollama.url,
      ...env,
    });
    helper.settings(templateSettings(tmp.dir, { token: 'endpoint-token-0123456789' }));
    return loadFlow(allTemplates());
  };

  it('serves the exposition without the endpoint token (the guard covers `http in` routes), with the flows’ series', async () => {
    const flow = await load({ RAGWIRE_METRICS_TOKEN: undefined, RAGWIRE_METRICS_PATH: undefined });
    try {
      const auth = { authorization: 'Bearer endpoint-token-0123456789' };
      const ingest = await postJson(
        `${flow.url}/ragwire/ingest`,
        { documents: [{ id: 'h', text: 'Urlaub beantragen Sie im Personalportal.' }] },
        auth,
      );
      assert.equal(ingest.status, 200, JSON.stringify(ingest.body));
      const decided = { level: 'personal', route: 'cloud', rule: 'cloud_after_pseudonymization', blocked: 'false' };
      const decisions = await sample('ragwire_privacy_decisions_total', decided);
      const chat = await postJson(
        `${flow.url}/ragwire/private-chat`,
        { message: 'Schreibe Frau Schneider, dass ihre IBAN DE89 3704 0044 0532 0130 00 geändert wurde.' },
        auth,
      );
      assert.equal(chat.status, 200, JSON.stringify(chat.body));
      assert.deepEqual([chat.body.level, chat.body.route, chat.body.pseudonymized], ['personal', 'cloud', true]);
      assert.equal(
        await sample('ragwire_privacy_decisions_total', decided),
        decisions + 1,
        'the router’s decision is counted',
      );
      assert.equal((await postJson(`${flow.url}/ragwire/search`, { query: 'Urlaub' }, auth)).status, 200);
      const r = await fetch(`${flow.url}/metrics`);
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
      const text = await r.text();
      assert.match(text, /^ragwire_retrieval_duration_seconds_count\{collection="ragwire",outcome="success"\} [1-9]/m);
      assert.match(text, /^ragwire_ingestion_documents_total\{collection="ragwire"\} [1-9]/m);
      assert.match(
        text,
        /^gen_ai_client_operation_duration_seconds_count\{gen_ai_operation_name="chat",gen_ai_provider_name="azure\.ai\.openai",gen_ai_request_model="gpt-4o-mini"\} [1-9]/m,
      );
      assert.match(
        text,
        /^ragwire_privacy_decisions_total\{level="personal",route="cloud",rule="cloud_after_pseudonymization",blocked="false"\} [1-9]/m,
      );
      assert.doesNotMatch(text, /Schneider|DE89|Personalportal|Urlaub/, 'no texts in labels');
      assert.deepEqual(await promtoolCheckMetrics(text), { code: 0, output: '' });
      assert.equal(
        (await postJson(`${flow.url}/ragwire/search`, { query: 'Urlaub' })).status,
        401,
        'flows keep the token',
      );
    } finally {
      await flow.close();
    }
  });

  it('takes its own token (RAGWIRE_METRICS_TOKEN) and path (RAGWIRE_METRICS_PATH)', async () => {
    const flow = await load({ RAGWIRE_METRICS_TOKEN: 'metrics-token-abc', RAGWIRE_METRICS_PATH: '/internal/metrics' });
    try {
      assert.equal((await fetch(`${flow.url}/metrics`)).status, 404);
      const none = await fetch(`${flow.url}/internal/metrics`);
      assert.equal(none.status, 401);
      const endpointToken = await fetch(`${flow.url}/internal/metrics`, {
        headers: { authorization: 'Bearer endpoint-token-0123456789' },
      });
      assert.equal(endpointToken.status, 401, 'the endpoint token is not the metrics token');
      const ok = await fetch(`${flow.url}/internal/metrics`, {
        headers: { authorization: 'Bearer metrics-token-abc' },
      });
      assert.equal(ok.status, 200);
      assert.match(await ok.text(), /^# TYPE gen_ai_client_operation_duration_seconds histogram$/m);
    } finally {
      await flow.close();
    }
  });
});
