import assert from 'node:assert/strict';
import { createProvider, ModelSettingsError } from '../../../nodes/core/models/create-provider.js';
import { ModelError } from '../../../nodes/core/models/provider.js';
import { startOllamaFake, type OllamaFake } from '../../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../../support/fakes/openai-fake.js';
import { closedPort } from '../../support/ports.js';

const messages = [
  { role: 'system' as const, content: 'Be brief.' },
  { role: 'user' as const, content: 'What is Ragwire?' },
];

async function collect(stream: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const piece of stream) out += piece;
  return out;
}

describe('model providers through their official clients', () => {
  describe('Ollama (ollama package)', () => {
    let fake: OllamaFake;
    before(async () => (fake = await startOllamaFake({ answer: () => 'Ragwire wires RAG pipelines.' })));
    after(() => fake.close());

    it('chats, streams, embeds, lists models and checks health', async () => {
      const p = createProvider({ provider: 'ollama', url: fake.url, model: 'llama3.2' });
      assert.equal(p.locality, 'local');
      const r = await p.chat(messages, { temperature: 0.1 });
      assert.equal(r.content, 'Ragwire wires RAG pipelines.');
      const sent = fake.chatRequests().at(-1)?.body as {
        messages: unknown;
        stream: boolean;
        options: { temperature: number };
      };
      assert.deepEqual(sent.messages, messages);
      assert.equal(sent.stream, false);
      assert.equal(sent.options.temperature, 0.1);
      assert.equal(await collect(p.chatStream(messages)), 'Ragwire wires RAG pipelines.');
      const embeddings = await createProvider({ provider: 'ollama', url: fake.url, model: 'nomic-embed-text' }).embed([
        'a',
        'b',
      ]);
      assert.equal(embeddings.length, 2);
      assert.equal(embeddings[0].length, 768);
      assert.deepEqual(await p.listModels(), ['llama3.2', 'nomic-embed-text']);
      await p.health();
    });

    it('explains a model that is not pulled', async () => {
      const p = createProvider({ provider: 'ollama', url: fake.url, model: 'mistral' });
      await assert.rejects(p.chat(messages), (e: unknown) => {
        assert.ok(e instanceof ModelError);
        assert.equal(e.kind, 'not_found');
        assert.match(
          e.message,
          /Ollama at http:\/\/127\.0\.0\.1:\d+ \(model mistral\): model "mistral" not found.*ollama pull mistral/,
        );
        return true;
      });
    });

    it('names the server it tried and how to configure one when it is down', async () => {
      const url = `http://127.0.0.1:${await closedPort()}`;
      const p = createProvider({ provider: 'ollama', url, model: 'llama3.2' });
      await assert.rejects(p.chat(messages), (e: unknown) => {
        assert.ok(e instanceof ModelError && e.unavailable);
        assert.ok(e.message.includes(`Ollama at ${url}`));
        assert.match(e.message, /ECONNREFUSED.*OLLAMA_HOST.*Azure OpenAI/);
        return true;
      });
    });

    it('times out a slow server', async () => {
      const slow = await startOllamaFake({ delayMs: 2000 });
      try {
        const p = createProvider({ provider: 'ollama', url: slow.url, model: 'llama3.2', timeoutMs: 200 });
        await assert.rejects(
          p.chat(messages),
          (e: unknown) => e instanceof ModelError && e.kind === 'timeout' && /no answer within 200 ms/.test(e.message),
        );
      } finally {
        await slow.close();
      }
    });

    it('reads the address and model from the environment when the settings leave them empty', () => {
      const p = createProvider(
        { provider: 'ollama', url: '', model: '${RAGWIRE_OLLAMA_MODEL}' },
        { OLLAMA_HOST: 'gpu-node:11434', RAGWIRE_OLLAMA_MODEL: 'llama3.1:70b' },
      );
      assert.equal(p.label, 'Ollama at http://gpu-node:11434 (model llama3.1:70b)');
      assert.equal(
        createProvider({ provider: 'ollama' }, {}).label,
        'Ollama at http://127.0.0.1:11434 (model llama3.2)',
      );
    });
  });

  describe('Azure OpenAI (openai package, AzureOpenAI)', () => {
    let fake: OpenAIFake;
    before(async () => (fake = await startOpenAIFake({ apiKey: 'azure-key', answer: () => 'From Azure.' })));
    after(() => fake.close());

    const azure = (over: Record<string, unknown> = {}) =>
      createProvider({
        provider: 'azure-openai',
        url: fake.url,
        model: 'gpt-4o-mini',
        apiVersion: '2024-10-21',
        apiKey: 'azure-key',
        ...over,
      });

    it('chats and streams on the deployment path with api-version and api-key', async () => {
      const p = azure();
      assert.equal(p.locality, 'cloud');
      assert.equal((await p.chat(messages)).content, 'From Azure.');
      const request = fake.chatRequests().at(-1);
      assert.match(
        request?.path ?? '',
        /^\/openai\/deployments\/gpt-4o-mini\/chat\/completions\?api-version=2024-10-21$/,
      );
      assert.equal(request?.headers['api-key'], 'azure-key');
      assert.equal(await collect(p.chatStream(messages)), 'From Azure.');
    });

    it('embeds through an embeddings deployment', async () => {
      const vectors = await azure({ model: 'text-embedding-3-small' }).embed(['x', 'y', 'z']);
      assert.deepEqual(
        vectors.map((v) => v.length),
        [1536, 1536, 1536],
      );
    });

    it('takes an Entra ID token instead of a key', async () => {
      const entra = await startOpenAIFake({ apiKey: 'entra-token', answer: () => 'ok' });
      try {
        const p = createProvider({
          provider: 'azure-openai',
          url: entra.url,
          model: 'gpt-4o-mini',
          entraToken: 'entra-token',
        });
        assert.equal((await p.chat(messages)).content, 'ok');
        assert.equal(entra.chatRequests()[0].headers.authorization, 'Bearer entra-token');
      } finally {
        await entra.close();
      }
    });

    it("reports a wrong key and a missing deployment with Azure's own message", async () => {
      await assert.rejects(
        azure({ apiKey: 'wrong' }).chat(messages),
        (e: unknown) =>
          e instanceof ModelError && e.kind === 'auth' && e.status === 401 && /Access denied/.test(e.message),
      );
      await assert.rejects(
        azure({ model: 'gpt-5' }).chat(messages),
        (e: unknown) => e instanceof ModelError && e.kind === 'not_found' && /DeploymentNotFound/.test(e.message),
      );
    });

    it('classifies an unreachable endpoint as unavailable (so routing may fall back)', async () => {
      const url = `http://127.0.0.1:${await closedPort()}`;
      const p = createProvider({ provider: 'azure-openai', url, model: 'gpt-4o-mini', apiKey: 'k', timeoutMs: 2000 });
      await assert.rejects(
        p.chat(messages),
        (e: unknown) =>
          e instanceof ModelError &&
          e.unavailable &&
          e.message.includes(`Azure OpenAI at ${url}`) &&
          /check the endpoint/.test(e.message),
      );
    });

    it('refuses incomplete settings, naming what is missing', () => {
      assert.throws(
        () => createProvider({ provider: 'azure-openai', model: 'x', apiKey: 'k' }, {}),
        (e: unknown) => e instanceof ModelSettingsError && /endpoint/.test(e.message),
      );
      assert.throws(
        () => createProvider({ provider: 'azure-openai', url: 'https://r.openai.azure.com', apiKey: 'k' }, {}),
        /deployment/,
      );
      assert.throws(
        () => createProvider({ provider: 'azure-openai', url: 'https://r.openai.azure.com', model: 'x' }, {}),
        /API key/,
      );
      assert.throws(() => createProvider({ provider: 'bard' as never }, {}), /unknown model provider/);
    });
  });

  describe('OpenAI-compatible servers (openai package)', () => {
    it('chats with a vLLM-style server at /v1 and lists its models', async () => {
      const fake = await startOpenAIFake({
        deployments: ['meta-llama/Llama-3.1-8B-Instruct'],
        answer: () => 'vLLM says hi',
      });
      try {
        const p = createProvider({
          provider: 'openai-compatible',
          url: `${fake.url}/v1`,
          model: 'meta-llama/Llama-3.1-8B-Instruct',
        });
        assert.equal(p.locality, 'local');
        assert.equal((await p.chat(messages)).content, 'vLLM says hi');
        assert.deepEqual(await p.listModels(), ['meta-llama/Llama-3.1-8B-Instruct']);
        assert.equal(
          createProvider({ provider: 'openai-compatible', url: `${fake.url}/v1`, model: 'm', locality: 'cloud' })
            .locality,
          'cloud',
        );
      } finally {
        await fake.close();
      }
    });
  });
});
