import assert from 'node:assert/strict';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import type { endpointGuard } from '../../nodes/node-red/editor/endpoint-guard.js';
import { helper, loadFlow, postJson, postOversized, type LoadedFlow } from '../support/node-red.js';
import { closedPort } from '../support/ports.js';
import { REPO_ROOT, startStoreProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';
import {
  allTemplates,
  NO_AZURE,
  templateSettings,
  templatesWithModels,
  withEnv,
  type TemplatesWithModels,
} from '../support/templates.js';

const documents = [
  {
    id: 'handbook',
    text: 'Urlaub beantragen Sie im Personalportal unter Abwesenheiten. Die Führungskraft genehmigt den Antrag.',
    metadata: { lang: 'de' },
  },
  {
    id: 'cafeteria',
    text: 'The cafeteria opens at 11:30 and serves three dishes, one of them vegetarian.',
    metadata: { lang: 'en' },
  },
];

const stores: {
  name: string;
  setUp(dir: string): Promise<{ env: Record<string, string | undefined>; stop(): Promise<void> }>;
}[] = [
  {
    name: 'the embedded store (no server)',
    async setUp() {
      return { env: { QDRANT_URL: undefined, QDRANT_API_KEY: undefined }, stop: async () => undefined };
    },
  },
  {
    name: 'a Qdrant URL (`ragwire store` process, API key)',
    async setUp(dir) {
      const proc: StoreProcess = await startStoreProcess(['--path', `${dir}/server`], {
        RAGWIRE_STORE_API_KEY: 'k8s-secret',
      });
      return {
        env: { QDRANT_URL: proc.url, QDRANT_API_KEY: 'k8s-secret' },
        stop: async () => void (await proc.stop()),
      };
    },
  },
];

for (const store of stores) {
  describe(`flow templates as shipped, over real HTTP, on ${store.name}`, () => {
    let tmp: ReturnType<typeof tempDir>;
    let ollama: OllamaFake;
    let flow: LoadedFlow;
    let restoreEnv: () => void;
    let stopStore: () => Promise<void>;

    before(async () => {
      tmp = tempDir();
      ollama = await startOllamaFake({
        answer: (m) =>
          `Based on the context: ${m[m.length - 1].content.includes('Personalportal') ? 'use the Personalportal [1].' : 'I do not know.'}`,
      });
      const s = await store.setUp(tmp.dir);
      stopStore = s.stop;
      restoreEnv = withEnv({ ...s.env, ...NO_AZURE, OLLAMA_HOST: ollama.url, RAGWIRE_OLLAMA_MODEL: undefined });
      helper.settings(templateSettings(tmp.dir));
      flow = await loadFlow(allTemplates());
    });

    after(async () => {
      await flow.close();
      restoreEnv();
      await stopStore();
      await ollama.close();
      tmp.remove();
    });

    it('ingests documents: {"ingested": n, "chunks": m}', async () => {
      const r = await postJson(`${flow.url}/ragwire/ingest`, { documents });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.ingested, 2);
      assert.equal(r.body.chunks, 2);
      const again = await postJson(`${flow.url}/ragwire/ingest`, { documents: [documents[0]] });
      assert.equal(again.status, 200);
    });

    it('searches: results with id, score, text and metadata, filterable by metadata', async () => {
      const r = await postJson(`${flow.url}/ragwire/search`, { query: 'Wie beantrage ich Urlaub?', limit: 2 });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const results = r.body.results as {
        id: string;
        score: number;
        text: string;
        metadata: Record<string, unknown>;
        source: string;
      }[];
      assert.equal(results.length, 2, 're-ingesting the handbook did not duplicate it');
      assert.equal(results[0].source, 'handbook');
      assert.match(results[0].text, /Personalportal/);
      assert.deepEqual(results[0].metadata, { lang: 'de' });
      assert.equal(typeof results[0].score, 'number');
      const filtered = await postJson(`${flow.url}/ragwire/search`, { query: 'Urlaub', filter: { lang: 'en' } });
      assert.deepEqual(
        (filtered.body.results as { source: string }[]).map((x) => x.source),
        ['cafeteria'],
      );
    });

    it('answers questions from the documents with sources, through Ollama', async () => {
      const r = await postJson(`${flow.url}/ragwire/ask`, { question: 'Wie beantrage ich Urlaub?' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.answer, 'Based on the context: use the Personalportal [1].');
      assert.equal(r.body.route, 'local', 'without Azure settings everything is answered locally');
      const sources = r.body.sources as { marker: number; sourceId: string }[];
      assert.equal(sources[0].sourceId, 'handbook');
      const sent = ollama.chatRequests().at(-1)?.body as {
        model: string;
        messages: { role: string; content: string }[];
      };
      assert.equal(sent.model, 'llama3.2');
      assert.match(sent.messages[1].content, /\[1\] \(source: handbook\) Urlaub beantragen/);
    });

    it('answers 400 with the reason for bad JSON and missing fields', async () => {
      for (const endpoint of ['ingest', 'search', 'ask']) {
        const bad = await postJson(`${flow.url}/ragwire/${endpoint}`, '{"documents": [');
        assert.equal(bad.status, 400, endpoint);
        assert.match(String(bad.body.error), /JSON/);
      }
      const noText = await postJson(`${flow.url}/ragwire/ingest`, { documents: [{ id: 'x' }] });
      assert.equal(noText.status, 400);
      assert.match(String(noText.body.error), /text/);
      const noQuery = await postJson(`${flow.url}/ragwire/search`, { limit: 3 });
      assert.equal(noQuery.status, 400);
      assert.match(String(noQuery.body.error), /query/);
      const noQuestion = await postJson(`${flow.url}/ragwire/ask`, {});
      assert.equal(noQuestion.status, 400);
      assert.match(String(noQuestion.body.error), /question/);
    });
  });
}

describe('the template endpoints behind the endpoint guard (httpNodeMiddleware), over real HTTP', () => {
  const TOKEN = 'test-token-0123456789abcdef';
  const auth = { authorization: `Bearer ${TOKEN}` };
  let tmp: ReturnType<typeof tempDir>;
  let flow: LoadedFlow;
  let restoreEnv: () => void;

  before(async () => {
    tmp = tempDir();
    restoreEnv = withEnv({ QDRANT_URL: undefined, ...NO_AZURE });
    // As the README's settings.js snippet does it: the guard from the package's main module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- what settings.js does
    const pkg = require(REPO_ROOT) as { endpointGuard: typeof endpointGuard };
    helper.settings({
      userDir: tmp.dir,
      httpNodeMiddleware: pkg.endpointGuard({
        token: TOKEN,
        maxBody: '64kb',
        routes: { '/ragwire/search': { maxBody: '1kb' } },
      }),
    });
    flow = await loadFlow(allTemplates());
    const first = await postJson(`${flow.url}/ragwire/ingest`, { documents: [documents[1]] }, auth);
    assert.equal(first.status, 200, JSON.stringify(first.body));
  });

  after(async () => {
    await flow.close();
    restoreEnv();
    tmp.remove();
  });

  /** The source ids a search for `query` finds (the collection holds the cafeteria document and what got through). */
  async function sourcesFor(query: string): Promise<string[]> {
    const r = await postJson(`${flow.url}/ragwire/search`, { query, limit: 10 }, auth);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return (r.body.results as { source: string }[]).map((x) => x.source);
  }

  it('answers 401 without the token or with a wrong one, and serves the right one', async () => {
    const body = { documents: [{ id: 'intruder', text: 'Written by someone without the token.' }] };
    const none = await postJson(`${flow.url}/ragwire/ingest`, body);
    assert.equal(none.status, 401);
    assert.match(String(none.body.error), /Authorization: Bearer/);
    const wrong = await postJson(`${flow.url}/ragwire/ingest`, body, { authorization: 'Bearer not-the-token-at-all' });
    assert.equal(wrong.status, 401);
    for (const endpoint of ['search', 'ask', 'private-chat', 'pseudonymized']) {
      assert.equal((await postJson(`${flow.url}/ragwire/${endpoint}`, { query: 'x' })).status, 401, endpoint);
    }
    assert.ok(!(await sourcesFor('Written by someone without the token')).includes('intruder'));
    const right = await postJson(`${flow.url}/ragwire/ingest`, { documents: [documents[0]] }, auth);
    assert.equal(right.status, 200, JSON.stringify(right.body));
    assert.ok((await sourcesFor('Urlaub beantragen Personalportal')).includes('handbook'));
  });

  it('answers 415 to text/plain (what another web page can post without a CORS preflight) and ingests nothing', async () => {
    const body = JSON.stringify({ documents: [{ id: 'cross-site', text: 'Posted as text/plain by another page.' }] });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await postJson(`${flow.url}/ragwire/ingest`, body, { ...auth, 'content-type': type });
      assert.equal(r.status, 415, type);
      assert.match(String(r.body.error), /application\/json/);
    }
    assert.ok(!(await sourcesFor('Posted as text/plain by another page')).includes('cross-site'));
  });

  it('answers 413 to bodies over the limit after reading only a part of them, declared or streamed', async () => {
    const declared = await postOversized(`${flow.url}/ragwire/ingest`, 100 * 2 ** 20, { declare: true, headers: auth });
    assert.equal(declared.status, 413, JSON.stringify(declared.body));
    assert.match(String(declared.body.error), /at most 64 KB/);
    assert.ok(declared.sentBytes < 10 * 2 ** 20, `refused after ${declared.sentBytes} bytes of 100 MB`);
    const streamed = await postOversized(`${flow.url}/ragwire/ingest`, 100 * 2 ** 20, {
      declare: false,
      headers: auth,
    });
    assert.equal(streamed.status, 413, JSON.stringify(streamed.body));
    assert.ok(streamed.sentBytes < 10 * 2 ** 20, `refused after ${streamed.sentBytes} bytes of 100 MB`);
    assert.ok(!(await sourcesFor('huge')).includes('huge'));
  });

  it('takes a limit per endpoint: /ragwire/search at most 1 KB, ingest 64 KB', async () => {
    const query = 'Kantine '.repeat(200);
    const search = await postJson(`${flow.url}/ragwire/search`, { query }, auth);
    assert.equal(search.status, 413);
    assert.match(String(search.body.error), /at most 1 KB/);
    const ingest = await postJson(`${flow.url}/ragwire/ingest`, { documents: [{ id: 'long', text: query }] }, auth);
    assert.equal(ingest.status, 200, JSON.stringify(ingest.body));
  });

  it('answers 400 naming JSON for a body that is not JSON', async () => {
    const bad = await postJson(`${flow.url}/ragwire/ask`, '{"question": ', auth);
    assert.equal(bad.status, 400);
    assert.match(String(bad.body.error), /not valid JSON/);
  });
});

describe('the search and question answering templates: min. score', () => {
  it('never return passages scoring below 0 (pointing away from the question), as results or as sources', async () => {
    const tmp = tempDir();
    const ollama = await startOllamaFake({ answer: () => 'Im Personalportal [1].' });
    const restore = withEnv({ QDRANT_URL: undefined, ...NO_AZURE, OLLAMA_HOST: ollama.url });
    helper.settings(templateSettings(tmp.dir));
    const flow = await loadFlow(allTemplates());
    try {
      // With the hashing embedder these two score below 0 against the question (measured: -0.07 and -0.09).
      const unrelated = [
        { id: 'travel', text: 'Reisekosten' },
        { id: 'animal', text: 'Wombat' },
      ];
      const ingested = await postJson(`${flow.url}/ragwire/ingest`, { documents: [documents[0], ...unrelated] });
      assert.equal(ingested.status, 200, JSON.stringify(ingested.body));
      const question = 'Wie beantrage ich Urlaub?';
      const search = await postJson(`${flow.url}/ragwire/search`, { query: question, limit: 10 });
      const results = search.body.results as { source: string; score: number }[];
      assert.deepEqual(
        results.map((r) => r.source),
        ['handbook'],
      );
      assert.ok(results.every((r) => r.score >= 0));
      const ask = await postJson(`${flow.url}/ragwire/ask`, { question });
      assert.equal(ask.status, 200, JSON.stringify(ask.body));
      assert.deepEqual(
        (ask.body.sources as { sourceId: string }[]).map((x) => x.sourceId),
        ['handbook'],
      );
    } finally {
      await flow.close();
      restore();
      await ollama.close();
      tmp.remove();
    }
  });
});

describe('the question answering template without a reachable model', () => {
  it('answers 503 naming the model server it tried and how to configure one', async () => {
    const tmp = tempDir();
    const url = `http://127.0.0.1:${await closedPort()}`;
    const restore = withEnv({ QDRANT_URL: undefined, ...NO_AZURE, OLLAMA_HOST: url });
    helper.settings(templateSettings(tmp.dir));
    const flow = await loadFlow(allTemplates());
    try {
      await postJson(`${flow.url}/ragwire/ingest`, { documents });
      const r = await postJson(`${flow.url}/ragwire/ask`, { question: 'Wie beantrage ich Urlaub?' });
      assert.equal(r.status, 503);
      assert.ok(String(r.body.error).includes(`Ollama at ${url}`), String(r.body.error));
      assert.match(String(r.body.error), /OLLAMA_HOST/);
      assert.match(
        String(r.body.error),
        /^[A-Z][^:]* [^]*\.$/,
        'a sentence, no class name such as "ModelError:" in front',
      );
      assert.doesNotMatch(String(r.body.error), /^\w*Error\b/);
    } finally {
      await flow.close();
      restore();
      tmp.remove();
    }
  });
});

describe('the question answering template, privacy-aware over Ollama (local) and Azure OpenAI (cloud)', () => {
  let world: TemplatesWithModels;
  before(async () => {
    world = await templatesWithModels({
      azureAnswer: () => 'Azure answers [1].',
      ollamaAnswer: () => 'Ollama answers [1].',
      env: () => ({}),
      configure: (n, azure) =>
        n.id === 'ragwire.azure' ? { ...n, url: azure.url, model: 'gpt-4o-mini', apiVersion: '2024-10-21' } : n,
      credentials: { 'ragwire.azure': { apiKey: 'azure-secret' } },
    });
    const classified = [
      ...documents,
      { id: 'payroll', text: 'Gehaltsabrechnungen liegen im Lohnbüro, Zimmer 12.', classification: 'personal' },
    ];
    const ingested = await postJson(`${world.flow.url}/ragwire/ingest`, { documents: classified });
    assert.equal(ingested.status, 200, JSON.stringify(ingested.body));
  });
  after(() => world.close());

  it('sends public questions to Azure with the key from the credentials, and reports the route', async () => {
    // Only public passages: the payroll document would keep the prompt local.
    const filter = { must_not: [{ key: 'source_id', match: { value: 'payroll' } }] };
    const r = await postJson(`${world.flow.url}/ragwire/ask`, { question: 'When does the cafeteria open?', filter });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.answer, 'Azure answers [1].');
    assert.equal(r.body.route, 'cloud');
    assert.deepEqual(r.body.model, { provider: 'azure-openai', model: 'gpt-4o-mini', locality: 'cloud' });
    assert.equal(world.azure.chatRequests().at(-1)?.headers['api-key'], 'azure-secret');
  });

  it('keeps personal questions, classified requests and personal passages on the local model', async () => {
    const before = world.azure.chatRequests().length;
    const asks = [
      { question: 'Wann öffnet die Kantine? Frage von Frau Schneider, schneider@example.de' },
      { question: 'When does the cafeteria open?', classification: 'confidential' },
      {
        question: 'Wo liegen die Gehaltsabrechnungen?',
        filter: { must: [{ key: 'source_id', match: { value: 'payroll' } }] },
      },
    ];
    for (const ask of asks) {
      const r = await postJson(`${world.flow.url}/ragwire/ask`, ask);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.route, 'local', JSON.stringify(ask));
      assert.equal(r.body.answer, 'Ollama answers [1].');
    }
    assert.equal(world.azure.chatRequests().length, before, 'Azure saw none of them');
  });
});

describe('the privacy routing and pseudonymization template', () => {
  const IBAN = 'DE89 3704 0044 0532 0130 00';
  const PERSONAL = `Schreibe Frau Schneider, dass ihre IBAN ${IBAN} geändert wurde.`;
  let world: TemplatesWithModels;
  before(async () => {
    world = await templatesWithModels({
      // The cloud fake answers with the prompt it saw, so restoring shows in the answer.
      azureAnswer: (m) => `Entwurf: ${m[m.length - 1].content}`,
      ollamaAnswer: () => 'Lokal beantwortet.',
      env: (azure) => ({
        AZURE_OPENAI_ENDPOINT: azure.url,
        AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
        AZURE_OPENAI_API_KEY: 'azure-secret',
      }),
    });
  });
  after(() => world.close());
  const cloudSaw = () => JSON.stringify(world.azure.chatRequests().map((r) => r.body));

  it('pseudonymizes personal data for Azure and restores the answer; the cloud never sees the values', async () => {
    const r = await postJson(`${world.flow.url}/ragwire/private-chat`, { message: PERSONAL });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.route, 'cloud');
    assert.equal(r.body.level, 'personal');
    assert.equal(r.body.pseudonymized, true);
    assert.equal(r.body.answer, `Entwurf: ${PERSONAL}`);
    assert.ok(!cloudSaw().includes('Schneider') && !cloudSaw().includes('3704'), cloudSaw());
    assert.match(cloudSaw(), /Frau <PERSON_1>, dass ihre IBAN <IBAN_CODE_1>/);
  });

  it('keeps confidential text local, sends public text to the cloud as it is', async () => {
    const before = world.azure.chatRequests().length;
    const secret = await postJson(`${world.flow.url}/ragwire/private-chat`, { message: 'VERTRAULICH: Quartalszahlen' });
    assert.equal(secret.status, 200, JSON.stringify(secret.body));
    assert.deepEqual([secret.body.route, secret.body.answer], ['local', 'Lokal beantwortet.']);
    assert.equal(world.azure.chatRequests().length, before);
    const open = await postJson(`${world.flow.url}/ragwire/private-chat`, { message: 'Wann ist die Kantine offen?' });
    assert.deepEqual([open.body.route, open.body.pseudonymized], ['cloud', false]);
    assert.equal(open.body.answer, 'Entwurf: Wann ist die Kantine offen?');
  });

  it('the pseudonymize -> cloud -> restore endpoint, and 400 for bad requests', async () => {
    const r = await postJson(`${world.flow.url}/ragwire/pseudonymized`, {
      message: 'Antwort an Herrn Weber (weber@example.de)',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.answer, 'Entwurf: Antwort an Herrn Weber (weber@example.de)');
    assert.equal(r.body.replaced, 2);
    assert.ok(!cloudSaw().includes('weber@example.de'));
    for (const endpoint of ['private-chat', 'pseudonymized']) {
      const bad = await postJson(`${world.flow.url}/ragwire/${endpoint}`, { text: 'no message field' });
      assert.equal(bad.status, 400, endpoint);
    }
  });
  it('the pseudonymized endpoint cannot route around the policy: markings and classifications get 403', async () => {
    const before = world.azure.chatRequests().length;
    for (const body of [
      { message: 'VERTRAULICH: Quartalszahlen für Herrn Weber' },
      { message: 'Quartalszahlen', classification: 'confidential' },
    ]) {
      const r = await postJson(`${world.flow.url}/ragwire/pseudonymized`, body);
      assert.equal(r.status, 403, JSON.stringify(r.body));
      assert.match(String(r.body.error), /local|policy/);
    }
    assert.equal(world.azure.chatRequests().length, before, 'Azure saw none of them');
  });

  it('issues the conversation id itself; a replayed or guessed id and placeholders yield no original value', async () => {
    const victim = await postJson(`${world.flow.url}/ragwire/private-chat`, { message: PERSONAL });
    const victimId = String(victim.body.conversation);
    assert.match(victimId, /^[A-Za-z0-9_-]{20,}$/, 'an unguessable id issued by Ragwire');
    const chosen = await postJson(`${world.flow.url}/ragwire/private-chat`, {
      message: 'Hallo',
      conversation: 'my-own-id',
    });
    assert.notEqual(chosen.body.conversation, 'my-own-id', 'a client-chosen id is never adopted');
    for (const endpoint of ['private-chat', 'pseudonymized']) {
      const attack = await postJson(`${world.flow.url}/ragwire/${endpoint}`, {
        message: 'Wiederhole bitte: <PERSON_1> <IBAN_CODE_1>',
        conversation: victimId,
      });
      assert.equal(attack.status, 200, JSON.stringify(attack.body));
      const answer = String(attack.body.answer);
      assert.ok(!answer.includes('Schneider') && !answer.includes('3704'), answer);
    }
  });
});

describe('the question answering template with Azure OpenAI as its only model', () => {
  it('uses the deployment and the key from the configuration, and refuses personal questions (403)', async () => {
    const world = await templatesWithModels({
      azureAnswer: () => 'Azure answers [1].',
      ollamaAnswer: () => 'unused',
      env: () => ({}),
      configure: (n, azure) =>
        n.id === 'ragwire.ollama'
          ? { ...n, provider: 'azure-openai', url: azure.url, model: 'gpt-4o-mini', apiVersion: '2024-10-21' }
          : n,
      credentials: { 'ragwire.ollama': { apiKey: 'azure-secret' } },
    });
    try {
      await postJson(`${world.flow.url}/ragwire/ingest`, { documents });
      const r = await postJson(`${world.flow.url}/ragwire/ask`, { question: 'Wie beantrage ich Urlaub?' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.answer, 'Azure answers [1].');
      assert.deepEqual(r.body.model, { provider: 'azure-openai', model: 'gpt-4o-mini', locality: 'cloud' });
      assert.equal(world.azure.chatRequests()[0].headers['api-key'], 'azure-secret');
      const personal = await postJson(`${world.flow.url}/ragwire/ask`, { question: 'Urlaub für Herrn Weber?' });
      assert.equal(personal.status, 403, JSON.stringify(personal.body));
      assert.match(String(personal.body.error), /personal and may only go to a local model/);
      assert.equal(world.azure.chatRequests().length, 1, 'Azure saw only the first question');
    } finally {
      await world.close();
    }
  });
});
