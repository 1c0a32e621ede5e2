import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../support/fakes/openai-fake.js';
import {
  canvasNode,
  connect,
  flowiseApi,
  flowiseInstallation,
  installRagwireComponents,
  RAGWIRE_FLOWISE_BUILD,
  removeRagwireComponents,
  startFlowise,
  FLOWISE_VERSION,
  type FlowData,
  type FlowiseApi,
  type FlowiseServer,
  type NodeDefinition,
} from '../support/flowise.js';
import { REPO_ROOT } from '../support/store-process.js';

/** Ragwire's components and the palette category each belongs in (fixed names, see issue 12). */
const RAGWIRE_COMPONENTS: Record<string, string[]> = {
  ragwireQdrant: ['Vector Stores'],
  ragwireHashingEmbeddings: ['Embeddings'],
  ragwirePrivacyRouter: ['Chat Models'],
  // An agent tool: Flowise's Tools category is where agents find it.
  ragwireBackup: ['Tools', 'Utilities'],
};
const TEMPLATES_DIR = path.join(REPO_ROOT, 'flows', 'flowise');
const TEMPLATES = ['privacy-rag-qa.json', 'document-ingestion.json', 'embedded-demo.json'];

const AZURE_KEY = 'azure-e2e-key';
const OLLAMA_MODEL = 'llama3.2';
const AZURE_DEPLOYMENT = 'gpt-4o-mini';
/** Personal data: a name and an IBAN (a valid one: checksums are checked by detectors). */
const PERSONAL = { name: 'Anna Schmidt', iban: 'DE89 3704 0044 0532 0130 00' };
const PERSONAL_QUESTION = `My name is ${PERSONAL.name} and my IBAN is ${PERSONAL.iban}. Which fees apply to my account?`;
const PUBLIC_QUESTION = 'What does the word retrieval mean in retrieval-augmented generation?';

/** The credential names in Ragwire's build (every `*.credential.js` exports `{ credClass }`). */
function builtCredentialNames(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.credential.js')) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a credential class is plain data
        const { credClass } = require(file) as { credClass: new () => { name: string } };
        found.push(new credClass().name);
      }
    }
  };
  walk(RAGWIRE_FLOWISE_BUILD);
  return found.sort();
}

const template = (file: string) => JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, file), 'utf8')) as FlowData;

/** Every text a fake received, for "did this reach it" checks. */
const received = (fake: OllamaFake | OpenAIFake) => fake.chatRequests().map((r) => JSON.stringify(r.body));

describe(`Flowise ${FLOWISE_VERSION}, real, with Ragwire's components (test/flowise-e2e)`, function () {
  this.timeout(600_000);
  let server: FlowiseServer;
  let api: FlowiseApi;
  let ollama: OllamaFake;
  let azure: OpenAIFake;
  let nodes: NodeDefinition[];
  let azureCredential: string;
  const timings: Record<string, number> = {};
  const ragwireBuilt = fs.existsSync(RAGWIRE_FLOWISE_BUILD);

  before(async function () {
    const { cacheDir, componentsDir } = flowiseInstallation();
    if (ragwireBuilt) {
      const t = Date.now();
      await installRagwireComponents(cacheDir);
      timings.installMs = Date.now() - t;
    } else {
      // The shared cache must not keep another checkout's components (they would point into that checkout).
      removeRagwireComponents(componentsDir);
    }
    ollama = await startOllamaFake({ models: [OLLAMA_MODEL] });
    azure = await startOpenAIFake({ deployments: [AZURE_DEPLOYMENT], apiKey: AZURE_KEY });
    const started = Date.now();
    server = await startFlowise();
    timings.bootMs = Date.now() - started;
    api = await flowiseApi(server);
    timings.bootAndAuthMs = Date.now() - started;
    nodes = await api.call<NodeDefinition[]>('GET', '/api/v1/nodes');
    const created = await api.call<{ id: string }>('POST', '/api/v1/credentials', {
      name: 'Azure OpenAI (fake)',
      credentialName: 'azureOpenAIApi',
      plainDataObj: {
        azureOpenAIApiKey: AZURE_KEY,
        azureOpenAIApiInstanceName: 'fake',
        azureOpenAIApiDeploymentName: AZURE_DEPLOYMENT,
        azureOpenAIApiVersion: '2024-10-21',
      },
    });
    azureCredential = created.id;
  });

  after(async function () {
    await server?.stop();
    await ollama?.close();
    await azure?.close();
    process.stdout.write(`      Flowise tier timings: ${JSON.stringify(timings)}\n`);
  });

  const definition = (name: string): NodeDefinition => {
    const def = nodes.find((n) => n.name === name);
    assert.ok(def, `GET /api/v1/nodes lists no ${name}`);
    return def;
  };

  /** Saves a chatflow through the API and returns its id. */
  async function saveChatflow(name: string, flow: FlowData): Promise<string> {
    const saved = await api.call<{ id: string; flowData: string }>('POST', '/api/v1/chatflows', {
      name,
      type: 'CHATFLOW',
      flowData: JSON.stringify(flow),
    });
    const read = await api.call<{ flowData: string }>('GET', `/api/v1/chatflows/${saved.id}`);
    const stored = JSON.parse(read.flowData) as FlowData;
    assert.deepEqual(
      stored.nodes.map((n) => n.data.name),
      flow.nodes.map((n) => n.data.name),
      'the chatflow reads back with its components',
    );
    return saved.id;
  }

  async function predict(chatflowId: string, question: string): Promise<string> {
    const answer = await api
      .call<{ text: string }>('POST', `/api/v1/prediction/${chatflowId}`, { question, streaming: false })
      .catch((err: Error) => {
        // What each fake saw and what Flowise said: the reason is in one of them.
        const seen = (fake: OllamaFake | OpenAIFake) => fake.requests.map((r) => `${r.method} ${r.path}`).slice(-5);
        throw new Error(
          `${err.message}\nOllama fake: ${seen(ollama).join(', ')}\nAzure fake: ${seen(azure).join(', ')}\n` +
            `Flowise: ${server.output().slice(-3000)}`,
        );
      });
    assert.equal(typeof answer.text, 'string', JSON.stringify(answer));
    return answer.text;
  }

  /** promptTemplate → llmChain ← model: the smallest chatflow that answers a question with a chat model. */
  function chainAround(flow: FlowData, modelId: string): FlowData {
    flow.nodes.push(
      canvasNode(definition('promptTemplate'), 'promptTemplate_0', {
        template: 'Answer in one sentence: {question}',
        promptValues: JSON.stringify({ question: '{{question}}' }),
      }),
      canvasNode(definition('llmChain'), 'llmChain_0'),
    );
    connect(flow, modelId, 'llmChain_0', 'model');
    connect(flow, 'promptTemplate_0', 'llmChain_0', 'prompt');
    return flow;
  }

  const chatOllama = (id = 'chatOllama_0') =>
    canvasNode(definition('chatOllama'), id, { baseUrl: ollama.url, modelName: OLLAMA_MODEL, temperature: 0 });
  const azureChat = (id = 'azureChatOpenAI_0') =>
    canvasNode(
      definition('azureChatOpenAI'),
      id,
      // Not streaming: LangChain's AzureChatOpenAI (in Flowise 3.1.4) never returns from a streamed answer of
      // the Azure fake, while the openai SDK alone reads the same stream to its end (open question, see the report).
      { modelName: AZURE_DEPLOYMENT, basepath: `${azure.url}/openai/deployments`, temperature: 0, streaming: false },
      azureCredential,
    );

  describe("the harness, with Flowise's own components", () => {
    it('boots on loopback and lets only API-key holders at /api/v1 (Flowise 3.1 has no basic auth)', async () => {
      assert.ok(timings.bootMs > 0);
      const anonymous = await api.raw('GET', '/api/v1/chatflows');
      assert.equal(anonymous.status, 401, 'no key, no chatflows');
      const wrong = await api.raw('GET', '/api/v1/chatflows', undefined, { authorization: 'Bearer not-a-key' });
      assert.equal(wrong.status, 401, 'a wrong key is refused');
      assert.ok(Array.isArray(await api.call('GET', '/api/v1/chatflows')));
    });

    it("the image's entry point created the only account: a second registration is refused", async () => {
      const takeover = await api.raw(
        'POST',
        '/api/v1/account/register',
        { user: { name: 'Mallory', email: 'mallory@example.com', credential: 'Takeover-Passw0rd!' } },
        { 'x-request-from': 'internal' },
      );
      assert.ok(takeover.status >= 400, `status ${takeover.status}`);
      assert.match(await takeover.text(), /only have one organization/);
      assert.match(server.output(), /create-admin: created the Flowise account admin@ragwire\.test/);
    });

    it("lists Flowise's components and credentials", async () => {
      for (const name of ['chatOllama', 'azureChatOpenAI', 'llmChain', 'promptTemplate']) definition(name);
      assert.equal(definition('chatOllama').category, 'Chat Models');
      const credentials = await api.call<{ name: string }[]>('GET', '/api/v1/components-credentials');
      assert.ok(credentials.some((c) => c.name === 'azureOpenAIApi'));
    });

    it('creates a chatflow through the API and predicts with ChatOllama against the Ollama fake', async () => {
      const id = await saveChatflow('ollama chain', chainAround({ nodes: [chatOllama()], edges: [] }, 'chatOllama_0'));
      const before = ollama.chatRequests().length;
      const answer = await predict(id, 'What is a vector store?');
      assert.match(answer, /^Answer: /, 'the answer is the Ollama fake’s');
      const requests = ollama.chatRequests().slice(before);
      assert.equal(requests.length, 1);
      assert.match(JSON.stringify(requests[0].body), /What is a vector store\?/);
      assert.equal((requests[0].body as { model: string }).model, OLLAMA_MODEL);
    });

    it('a credential created through the API carries the key to the Azure OpenAI fake', async () => {
      const id = await saveChatflow(
        'azure chain',
        chainAround({ nodes: [azureChat()], edges: [] }, 'azureChatOpenAI_0'),
      );
      const before = azure.chatRequests().length;
      const answer = await predict(id, 'Name a colour.');
      assert.match(answer, /^Cloud answer: /);
      const request = azure.chatRequests()[before];
      assert.ok(request.path.startsWith(`/openai/deployments/${AZURE_DEPLOYMENT}/chat/completions?api-version=`));
      assert.equal(request.headers['api-key'], AZURE_KEY);
    });
  });

  const ragwireSuite = ragwireBuilt
    ? describe
    : (title: string, fn: () => void) =>
        describe.skip(
          `${title} — SKIPPED: ${path.relative(REPO_ROOT, RAGWIRE_FLOWISE_BUILD)} does not exist (nodes/flowise not built on this branch)`,
          fn,
        );

  ragwireSuite("Ragwire's components, installed by `ragwire flowise install`", () => {
    it('lists every Ragwire component in its category, and every Ragwire credential', async () => {
      for (const [name, categories] of Object.entries(RAGWIRE_COMPONENTS))
        assert.ok(categories.includes(definition(name).category), `${name}'s category: ${definition(name).category}`);
      const listed = (await api.call<{ name: string }[]>('GET', '/api/v1/components-credentials')).map((c) => c.name);
      const built = builtCredentialNames();
      assert.ok(built.includes('ragwireQdrantApi'), `credentials built: ${built.join(', ')}`);
      for (const name of built) assert.ok(listed.includes(name), `${name} is listed`);
    });

    it('creates the Ragwire Qdrant credential through the API', async () => {
      const created = await api.call<{ id: string }>('POST', '/api/v1/credentials', {
        name: 'Qdrant (e2e)',
        credentialName: 'ragwireQdrantApi',
        plainDataObj: { qdrantUrl: 'http://127.0.0.1:6333', qdrantApiKey: 'qdrant-e2e-key' },
      });
      const all = await api.call<{ id: string; credentialName: string }[]>(
        'GET',
        '/api/v1/credentials?credentialName=ragwireQdrantApi',
      );
      assert.ok(all.some((c) => c.id === created.id && c.credentialName === 'ragwireQdrantApi'));
    });

    for (const file of TEMPLATES) {
      it(`creates a chatflow from the template ${file} whose every component Flowise knows`, async () => {
        const flow = template(file);
        for (const node of flow.nodes) definition(node.data.name);
        await saveChatflow(file, flow);
      });
    }

    it('routes through the privacy router: personal data reaches only the local model; a public question may go to the cloud', async () => {
      const flow: FlowData = { nodes: [chatOllama(), azureChat()], edges: [] };
      flow.nodes.push(canvasNode(definition('ragwirePrivacyRouter'), 'ragwirePrivacyRouter_0'));
      connect(flow, 'chatOllama_0', 'ragwirePrivacyRouter_0', 'localModel');
      connect(flow, 'azureChatOpenAI_0', 'ragwirePrivacyRouter_0', 'cloudModel');
      const id = await saveChatflow('privacy router', chainAround(flow, 'ragwirePrivacyRouter_0'));

      const local = ollama.chatRequests().length;
      const cloud = azure.chatRequests().length;
      const answer = await predict(id, PERSONAL_QUESTION);
      assert.ok(answer.length > 0);
      const toCloud = received(azure).slice(cloud).join('\n');
      assert.ok(!toCloud.includes(PERSONAL.iban) && !toCloud.includes(PERSONAL.iban.replace(/ /g, '')), 'no IBAN');
      assert.ok(!toCloud.includes(PERSONAL.name) && !toCloud.includes('Schmidt'), 'no name to the cloud');
      const toLocal = received(ollama).slice(local).join('\n');
      if (toCloud === '') assert.match(toLocal, /Schmidt/, 'answered by the local model, with the question as asked');

      const cloudBefore = azure.chatRequests().length;
      const localBefore = ollama.chatRequests().length;
      const publicAnswer = await predict(id, PUBLIC_QUESTION);
      const answeredByCloud = azure.chatRequests().length > cloudBefore;
      assert.ok(answeredByCloud || ollama.chatRequests().length > localBefore, 'one of the two models answered');
      assert.match(publicAnswer, answeredByCloud ? /Cloud answer: / : /Answer: /);
    });

    it('ingests with the document-ingestion template, then answers with the privacy-aware RAG template: personal data never reaches the cloud', async () => {
      const ingestion = template('document-ingestion.json');
      const text = String(ingestion.nodes.find((n) => n.data.name === 'plainText')?.data.inputs?.text ?? '');
      assert.ok(text.length > 40, 'the ingestion template carries its sample text');
      const ingestionId = await saveChatflow('document ingestion', ingestion);
      const upsert = await api.call<{ numAdded?: number }>('POST', `/api/v1/vector/upsert/${ingestionId}`, {});
      assert.ok(upsert && typeof upsert === 'object', JSON.stringify(upsert));

      const flow = template('privacy-rag-qa.json');
      // The template's model servers are the fakes: Ollama's URL, Azure's credential and base path.
      for (const node of flow.nodes) {
        if (node.data.name === 'chatOllama')
          node.data.inputs = { ...node.data.inputs, baseUrl: ollama.url, modelName: OLLAMA_MODEL };
        if (node.data.name === 'azureChatOpenAI') {
          node.data.credential = azureCredential;
          node.data.inputs = {
            ...node.data.inputs,
            modelName: AZURE_DEPLOYMENT,
            basepath: `${azure.url}/openai/deployments`,
            streaming: false, // see azureChat above
          };
        }
      }
      const id = await saveChatflow('privacy rag qa', flow);
      const cloud = azure.chatRequests().length;
      const local = ollama.chatRequests().length;
      const answer = await predict(id, PERSONAL_QUESTION);
      assert.ok(answer.length > 0);
      const toCloud = received(azure).slice(cloud).join('\n');
      assert.ok(!toCloud.includes('Schmidt') && !toCloud.includes(PERSONAL.iban.replace(/ /g, '')), 'nothing personal');
      const toLocal = received(ollama).slice(local).join('\n');
      assert.match(toLocal, /Schmidt/, 'the local model got the question');
      assert.ok(toLocal.includes(text.slice(0, 30)), 'with the passages ingested by the other template');
    });
  });
});
