import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { register as promClientGlobalRegistry } from 'prom-client';
import { ModelEmbedder } from '../../../nodes/core/embedding/embedder.js';
import { HashingEmbedder } from '../../../nodes/core/embedding/hashing-embedder.js';
import { recordBackup } from '../../../nodes/core/metrics/backup.js';
import { metricsExposition, metricsHandler, metricsPath } from '../../../nodes/core/metrics/endpoint.js';
import { OPERATION_DURATION_BUCKETS, TOKEN_USAGE_BUCKETS } from '../../../nodes/core/metrics/gen-ai.js';
import { recordPrivacyDecision, ruleKind } from '../../../nodes/core/metrics/privacy.js';
import { configureMetrics, ragwireRegistry } from '../../../nodes/core/metrics/registry.js';
import { createProvider } from '../../../nodes/core/models/create-provider.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import type { AuditRecord } from '../../../nodes/core/privacy/router.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { normaliseDocuments } from '../../../nodes/core/rag/documents.js';
import { ingestDocuments } from '../../../nodes/core/rag/ingest.js';
import { retrievePassages } from '../../../nodes/core/rag/retrieve.js';
import { startEmbeddedQdrant, type EmbeddedQdrant } from '../../../nodes/core/store/embedded.js';
import { startOllamaFake, type OllamaFake } from '../../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../../support/fakes/openai-fake.js';
import { promtoolCheckMetrics, sample, sampleLabels } from '../../support/metrics.js';
import { closedPort } from '../../support/ports.js';
import { tempDir } from '../../support/temp-dir.js';

const DURATION = 'gen_ai_client_operation_duration_seconds';
const messages = [{ role: 'user' as const, content: 'What is Ragwire?' }];

describe('metrics: one Ragwire registry per process', () => {
  it('is not prom-client’s global registry, and a second copy of the modules finds the same one', async () => {
    const metricsDir = path.dirname(require.resolve('../../../nodes/core/metrics/registry.js'));
    const before = await sample('ragwire_privacy_decisions_total', { level: 'internal', route: 'local' });
    recordPrivacyDecision({ level: 'internal', route: 'local', rule: 'internal: local only' });
    // What a second installed copy of the pack, or a module reloaded by a redeploy, does.
    for (const key of Object.keys(require.cache)) if (key.startsWith(metricsDir)) delete require.cache[key];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the modules on purpose
    const again = require(
      path.join(metricsDir, 'privacy.js'),
    ) as typeof import('../../../nodes/core/metrics/privacy.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same
    const registryAgain = require(
      path.join(metricsDir, 'registry.js'),
    ) as typeof import('../../../nodes/core/metrics/registry.js');
    assert.notEqual(again.recordPrivacyDecision, recordPrivacyDecision, 'a separate module copy');
    assert.equal(registryAgain.ragwireRegistry(), ragwireRegistry());
    again.recordPrivacyDecision({ level: 'internal', route: 'local', rule: 'internal: local only' });
    assert.equal(await sample('ragwire_privacy_decisions_total', { level: 'internal', route: 'local' }), before + 2);
    assert.ok(ragwireRegistry() !== promClientGlobalRegistry);
    const globalNames = promClientGlobalRegistry.getMetricsAsArray().map((m) => m.name);
    assert.deepEqual(
      globalNames.filter((n) => /^(ragwire_|gen_ai_|process_|nodejs_)/.test(n)),
      [],
      'nothing on the global registry',
    );
    assert.ok(ragwireRegistry().getSingleMetric('process_cpu_seconds_total'), 'process defaults are collected');
    assert.ok(ragwireRegistry().getSingleMetric('nodejs_eventloop_lag_seconds'));
  });
});

describe('metrics: GenAI model calls (OpenTelemetry conventions as Prometheus names)', () => {
  let ollama: OllamaFake;
  let azure: OpenAIFake;
  before(async () => {
    ollama = await startOllamaFake({ answer: () => 'Ragwire wires RAG pipelines.' });
    azure = await startOpenAIFake({ apiKey: 'azure-key', answer: () => 'From Azure.' });
  });
  after(async () => {
    await ollama.close();
    await azure.close();
  });

  it('times chat, streamed chat and embeddings with operation, provider and model, and failures with error_type', async () => {
    const labels = { gen_ai_provider_name: 'ollama', gen_ai_request_model: 'llama3.2' };
    const chat = { ...labels, gen_ai_operation_name: 'chat' };
    const embeddings = { ...labels, gen_ai_operation_name: 'embeddings' };
    const chatBefore = await sample(`${DURATION}_count`, chat);
    const embedBefore = await sample(`${DURATION}_count`, embeddings);
    const p = createProvider({ provider: 'ollama', url: ollama.url, model: 'llama3.2' });
    await p.chat(messages);
    for await (const piece of p.chatStream(messages)) assert.equal(typeof piece, 'string');
    await p.embed(['a', 'b']);
    assert.equal(await sample(`${DURATION}_count`, chat), chatBefore + 2);
    assert.equal(await sample(`${DURATION}_count`, embeddings), embedBefore + 1);
    const series = (await sampleLabels(`${DURATION}_count`)).filter(
      (l) => l.gen_ai_request_model === 'llama3.2' && l.gen_ai_provider_name === 'ollama' && !('error_type' in l),
    );
    assert.deepEqual(
      series.map((l) => l.gen_ai_operation_name).sort(),
      ['chat', 'embeddings'],
      'success has no error_type',
    );

    const failed = (op: string) =>
      sample(`${DURATION}_count`, {
        gen_ai_operation_name: op,
        gen_ai_request_model: 'down',
        error_type: 'unavailable',
      });
    const failedBefore = [await failed('chat'), await failed('embeddings')];
    const down = createProvider({ provider: 'ollama', url: `http://127.0.0.1:${await closedPort()}`, model: 'down' });
    await assert.rejects(down.chat(messages));
    await assert.rejects(down.embed(['a']));
    assert.deepEqual([await failed('chat'), await failed('embeddings')], [failedBefore[0] + 1, failedBefore[1] + 1]);
    const buckets = (await sampleLabels(`${DURATION}_bucket`))
      .filter((l) => l.gen_ai_request_model === 'down' && l.gen_ai_operation_name === 'chat')
      .map((l) => l.le);
    assert.deepEqual(buckets, [...OPERATION_DURATION_BUCKETS.map(String), '+Inf']);
  });

  it('names Azure OpenAI azure.ai.openai and OpenAI-compatible servers openai, and does not time the privacy gate', async () => {
    const azureLabels = {
      gen_ai_provider_name: 'azure.ai.openai',
      gen_ai_request_model: 'gpt-4o-mini',
      gen_ai_operation_name: 'chat',
    };
    const before = await sample(`${DURATION}_count`, azureLabels);
    const p = createProvider({
      provider: 'azure-openai',
      url: azure.url,
      model: 'gpt-4o-mini',
      apiVersion: '2024-10-21',
      apiKey: 'azure-key',
    });
    assert.equal((await p.chat(messages)).content, 'From Azure.');
    assert.equal(await sample(`${DURATION}_count`, azureLabels), before + 1);
    // Personal data never reaches the cloud model: the gate refuses before the call, so no model time is recorded.
    await assert.rejects(
      p.chat([{ role: 'user', content: 'Überweise an DE89 3704 0044 0532 0130 00, Max Mustermann' }]),
    );
    assert.equal(await sample(`${DURATION}_count`, azureLabels), before + 1);

    const openai = { gen_ai_provider_name: 'openai', gen_ai_request_model: 'gpt-4o-mini' };
    const openaiBefore = await sample(`${DURATION}_count`, openai);
    const compatible = createProvider({
      provider: 'openai-compatible',
      url: `${azure.url}/v1`,
      model: 'gpt-4o-mini',
      apiKey: 'azure-key',
    });
    await compatible.chat(messages);
    assert.equal(await sample(`${DURATION}_count`, openai), openaiBefore + 1);
  });

  it('records gen_ai_client_token_usage (input and output) only when the setting turns it on', async () => {
    const labels = { gen_ai_request_model: 'llama3.2' };
    const count = (type: string) => sample('gen_ai_client_token_usage_count', { ...labels, gen_ai_token_type: type });
    const sum = (type: string) => sample('gen_ai_client_token_usage_sum', { ...labels, gen_ai_token_type: type });
    const before = { input: await count('input'), output: await count('output') };
    const sumBefore = { input: await sum('input'), output: await sum('output') };
    const p = createProvider({ provider: 'ollama', url: ollama.url, model: 'llama3.2' });
    await p.chat(messages);
    assert.equal(await count('input'), before.input, 'off by default');
    configureMetrics({ tokenUsage: true });
    try {
      await p.chat(messages);
    } finally {
      configureMetrics({ tokenUsage: false });
    }
    for (const type of ['input', 'output'] as const) {
      assert.equal(await count(type), before[type] + 1, type);
      assert.ok((await sum(type)) > sumBefore[type], type);
    }
    const les = (await sampleLabels('gen_ai_client_token_usage_bucket'))
      .filter((l) => l.gen_ai_request_model === 'llama3.2' && l.gen_ai_token_type === 'input')
      .map((l) => l.le);
    assert.deepEqual(les, [...TOKEN_USAGE_BUCKETS.map(String), '+Inf']);
    assert.equal(TOKEN_USAGE_BUCKETS.at(-1), 67108864);
  });
});

describe('metrics: retrieval and ingestion (core use cases, embedded store)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let embedded: EmbeddedQdrant;
  let gateway: QdrantGateway;
  before(async () => {
    tmp = tempDir();
    embedded = await startEmbeddedQdrant({ path: tmp.dir });
    gateway = new QdrantGateway({ url: embedded.url, apiKey: embedded.apiKey });
  });
  after(async () => {
    await embedded.close();
    tmp.remove();
  });

  it('counts documents and chunks ingested, and failures by error type', async () => {
    const c = { collection: 'metrics-kb' };
    const docs = normaliseDocuments({
      documents: [
        { id: 'a', text: 'Urlaub beantragen Sie im Personalportal. '.repeat(12) },
        { id: 'b', text: 'Die Kantine öffnet um 11:30.' },
      ],
    });
    const result = await ingestDocuments(gateway, new HashingEmbedder(), docs, {
      collection: 'metrics-kb',
      chunk: { size: 200, overlap: 40, unit: 'characters' },
    });
    assert.equal(await sample('ragwire_ingestion_documents_total', c), 2);
    assert.equal(await sample('ragwire_ingestion_chunks_total', c), result.chunks);
    assert.ok(result.chunks > 2);
    assert.equal(await sample('ragwire_ingestion_duration_seconds_count', { ...c, outcome: 'success' }), 1);

    const down = new ModelEmbedder(
      createProvider({ provider: 'ollama', url: `http://127.0.0.1:${await closedPort()}`, model: 'e' }),
    );
    await assert.rejects(
      ingestDocuments(gateway, down, docs, {
        collection: 'metrics-kb',
        chunk: { size: 200, overlap: 0, unit: 'characters' },
      }),
    );
    assert.equal(await sample('ragwire_ingestion_failures_total', { ...c, error_type: 'unavailable' }), 1);
    assert.equal(await sample('ragwire_ingestion_documents_total', c), 2, 'a failed ingestion counts no documents');
  });

  it('records retrieval duration, passages returned and the top score; a failed retrieval as outcome failure', async () => {
    const c = { collection: 'metrics-kb' };
    const passages = await retrievePassages(gateway, new HashingEmbedder(), 'Wie beantrage ich Urlaub?', {
      collection: 'metrics-kb',
      limit: 3,
    });
    assert.ok(passages.length > 0);
    assert.equal(await sample('ragwire_retrieval_duration_seconds_count', { ...c, outcome: 'success' }), 1);
    assert.equal(await sample('ragwire_retrieval_results_sum', c), passages.length);
    assert.equal(await sample('ragwire_retrieval_top_score_sum', c), passages[0].score);
    await assert.rejects(
      retrievePassages(gateway, new HashingEmbedder(), 'x', { collection: 'metrics-missing', limit: 3 }),
    );
    assert.equal(
      await sample('ragwire_retrieval_duration_seconds_count', { collection: 'metrics-missing', outcome: 'failure' }),
      1,
    );
    assert.equal(await sample('ragwire_retrieval_results_count', { collection: 'metrics-missing' }), 0);
  });
});

describe('metrics: privacy decisions', () => {
  it('maps every rule the router and the cloud gate write to a fixed kind, never the text', async () => {
    const records: AuditRecord[] = [];
    const question = (q: string, classification?: string) => ({ question: q, classification });
    const standard = new PrivacyGuard();
    records.push(standard.decide(question('When does the cafeteria open?')));
    records.push(standard.decide(question('Quarterly numbers', 'personal')));
    records.push(
      new PrivacyGuard({
        policy: { allow: { public: ['cloud'], internal: ['cloud'], confidential: [], personal: [] }, pseudonymize: [] },
      }).decide(question('Secret plan', 'confidential')),
    );
    records.push(
      new PrivacyGuard({
        policy: {
          allow: { public: ['cloud'], internal: ['cloud'], confidential: ['local'], personal: ['local'] },
          pseudonymize: ['personal'],
        },
      }).decide(question('Please write to max.mustermann@example.com about the invoice')),
    );
    const gate = standard.cloudGate({}, (r) => records.push(r));
    await gate.check(messages, 'cloud model');
    await gate.check(messages, 'cloud model', 'embedding');
    assert.deepEqual(
      records.map((r) => ruleKind(r.rule)),
      [
        'cloud_allowed',
        'local_only',
        'no_model_allowed',
        'cloud_after_pseudonymization',
        'cloud_gate',
        'cloud_gate_embedding',
      ],
      records.map((r) => r.rule).join(' | '),
    );
    assert.equal(ruleKind('anything else the router may say one day'), 'other');

    const blocked = { level: 'confidential', route: 'blocked', rule: 'no_model_allowed', blocked: 'true' };
    const before = await sample('ragwire_privacy_decisions_total', blocked);
    for (const r of records) recordPrivacyDecision(r);
    assert.equal(await sample('ragwire_privacy_decisions_total', blocked), before + 1);
    const labels = await sampleLabels('ragwire_privacy_decisions_total');
    assert.ok(labels.every((l) => Object.keys(l).sort().join() === 'blocked,level,route,rule'));
    assert.ok(labels.every((l) => !/cafeteria|mustermann|example\.com/.test(JSON.stringify(l))));
  });
});

describe('metrics: backups (recordBackup, for the backup code)', () => {
  it('keeps the last success time and size, durations, bytes and failures; collections capped', async () => {
    const labels = { operation: 'backup', collection: 'metrics-backup' };
    const t0 = Date.now() / 1000;
    recordBackup({ ...labels, operation: 'backup', outcome: 'success', durationSeconds: 2.5, bytes: 4096 });
    recordBackup({ ...labels, operation: 'backup', outcome: 'success', durationSeconds: 1.5, bytes: 1024 });
    recordBackup({
      ...labels,
      operation: 'backup',
      outcome: 'failure',
      durationSeconds: 0.5,
      bytes: 0,
      errorType: 'ChecksumMismatch',
    });
    const last = await sample('ragwire_backup_last_success_timestamp_seconds', labels);
    assert.ok(last >= t0 && last <= Date.now() / 1000 + 1, String(last));
    assert.equal(await sample('ragwire_backup_last_size_bytes', labels), 1024);
    assert.equal(await sample('ragwire_backup_bytes_total', labels), 5120);
    assert.equal(await sample('ragwire_backup_duration_seconds_count', { ...labels, outcome: 'success' }), 2);
    assert.equal(await sample('ragwire_backup_duration_seconds_sum', { ...labels, outcome: 'success' }), 4);
    assert.equal(await sample('ragwire_backup_failures_total', { ...labels, error_type: 'ChecksumMismatch' }), 1);
    const copiedBefore = await sample('ragwire_backup_bytes_total', { operation: 'copy' });
    for (let i = 0; i < 80; i++)
      recordBackup({ operation: 'copy', collection: `c${i}`, outcome: 'success', durationSeconds: 1, bytes: 1 });
    const collections = new Set((await sampleLabels('ragwire_backup_bytes_total')).map((l) => l.collection));
    assert.ok(collections.size <= 51, `at most 50 collections and _other, got ${collections.size}`);
    assert.ok(collections.has('_other'));
    assert.equal(
      await sample('ragwire_backup_bytes_total', { operation: 'copy' }),
      copiedBefore + 80,
      'nothing is lost, only merged',
    );
  });
});

describe('metrics: exposition and the /metrics handler', () => {
  it('passes `promtool check metrics` without a warning', async () => {
    const { text, contentType } = await metricsExposition();
    assert.match(contentType, /^text\/plain; version=0\.0\.4/);
    for (const name of [
      'gen_ai_client_operation_duration_seconds',
      'ragwire_retrieval_duration_seconds',
      'process_cpu_seconds_total',
    ])
      assert.match(text, new RegExp(`^# TYPE ${name} `, 'm'));
    const check = await promtoolCheckMetrics(text);
    assert.deepEqual(check, { code: 0, output: '' });
  });

  it('asks for the bearer token when one is set, and answers 404 when metrics are off', async () => {
    const serve = async (handler: http.RequestListener, run: (url: string) => Promise<void>) => {
      const server = http.createServer(handler);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`);
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    };
    await serve(metricsHandler({ token: 'scrape-token-123' }), async (url) => {
      const none = await fetch(url);
      assert.equal(none.status, 401);
      assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status, 401);
      const ok = await fetch(url, { headers: { authorization: 'Bearer scrape-token-123' } });
      assert.equal(ok.status, 200);
      assert.match(await ok.text(), /# TYPE ragwire_privacy_decisions_total counter/);
    });
    await serve(metricsHandler(), async (url) => {
      assert.equal((await fetch(url)).status, 200);
      configureMetrics({ enabled: false });
      try {
        const off = await fetch(url);
        assert.equal(off.status, 404);
        assert.match(await off.text(), /RAGWIRE_METRICS=off/);
      } finally {
        configureMetrics({ enabled: true });
      }
    });
  });

  it('takes the path from the setting, then RAGWIRE_METRICS_PATH, and refuses one that is not a path', () => {
    assert.equal(metricsPath(undefined, {}), '/metrics');
    assert.equal(metricsPath(undefined, { RAGWIRE_METRICS_PATH: '/internal/metrics' }), '/internal/metrics');
    assert.equal(metricsPath('/prom', { RAGWIRE_METRICS_PATH: '/internal/metrics' }), '/prom');
    assert.throws(() => metricsPath('metrics', {}), /metrics path: expected a path such as \/metrics/);
    assert.throws(() => metricsPath('/a b', {}), /metrics path/);
  });
});
