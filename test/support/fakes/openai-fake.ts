import type * as http from 'node:http';
import { fakeEmbedding, json, startFake, type FakeServer, type RecordedRequest } from './http-fake.js';
import { createProvider, type ModelSettings } from '../../../nodes/core/models/create-provider.js';
import type { ModelProvider } from '../../../nodes/core/models/provider.js';

export interface OpenAIFakeOptions {
  /** Azure: the deployments that exist; OpenAI-compatible: the models. */
  deployments?: string[];
  apiKey?: string;
  embeddingDimensions?: number;
  answer?: (messages: { role: string; content: string }[]) => string;
  delayMs?: number;
}

export interface OpenAIFake extends FakeServer {
  chatRequests(): RecordedRequest[];
}

const AZURE_PATH = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)(\?.*)?$/;
const OPENAI_PATH = /^\/v1\/(chat\/completions|embeddings|models)(\?.*)?$/;

/**
 * Azure OpenAI's data-plane REST API (deployment-scoped paths with ?api-version, `api-key` or
 * bearer auth, Azure's error bodies) and the same API at /v1 as OpenAI-compatible servers
 * (vLLM, llama.cpp) serve it. Chat streams as server-sent events ending in `data: [DONE]`.
 */
export async function startOpenAIFake(options: OpenAIFakeOptions = {}): Promise<OpenAIFake> {
  const deployments = options.deployments ?? ['gpt-4o-mini', 'text-embedding-3-small'];
  const dim = options.embeddingDimensions ?? 1536;
  const answer =
    options.answer ?? ((messages) => `Cloud answer: ${messages[messages.length - 1]?.content.slice(0, 40)}`);
  const fake = await startFake(async (req, res) => {
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const azure = AZURE_PATH.exec(req.path);
    const openai = OPENAI_PATH.exec(req.path);
    if (!azure && !openai) return json(res, 404, { error: { code: '404', message: 'Resource not found' } });
    if (azure && !/[?&]api-version=\d{4}-\d{2}-\d{2}/.test(req.path)) {
      return json(res, 404, { error: { code: '404', message: 'Resource not found' } });
    }
    if (options.apiKey) {
      const key = req.headers['api-key'] ?? /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
      if (key !== options.apiKey) {
        return json(res, 401, {
          error: {
            code: '401',
            message:
              'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
          },
        });
      }
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const operation = azure ? azure[2] : (openai as RegExpExecArray)[1];
    if (operation === 'models') {
      return json(res, 200, {
        object: 'list',
        data: deployments.map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'fake' })),
      });
    }
    const model = azure ? decodeURIComponent(azure[1]) : String(body.model ?? '');
    if (!deployments.includes(model)) {
      return json(res, 404, {
        error: {
          code: 'DeploymentNotFound',
          message:
            'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
        },
      });
    }
    if (operation === 'embeddings') {
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      return json(res, 200, {
        object: 'list',
        data: input.map((t, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(t, dim) })),
        model,
        usage: { prompt_tokens: input.length * 8, total_tokens: input.length * 8 },
      });
    }
    const messages = body.messages as { role: string; content: string }[];
    if (!Array.isArray(messages) || messages.length === 0) {
      return json(res, 400, {
        error: {
          code: 'BadRequest',
          message: "'messages' is a required property",
          param: 'messages',
          type: 'invalid_request_error',
        },
      });
    }
    return chat(res, model, body.stream === true, answer(messages));
  });
  return { ...fake, chatRequests: () => fake.requests.filter((r) => r.path.includes('chat/completions')) };
}

function chat(res: http.ServerResponse, model: string, stream: boolean, text: string): void {
  const id = 'chatcmpl-fake1234567890';
  const created = Math.floor(Date.now() / 1000);
  if (!stream) {
    json(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop', logprobs: null }],
      usage: { prompt_tokens: 42, completion_tokens: 17, total_tokens: 59 },
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const event = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`;
  res.write(event({ role: 'assistant', content: '' }, null));
  for (const piece of text.match(/.{1,8}/gs) ?? []) res.write(event({ content: piece }, null));
  res.write(event({}, 'stop'));
  res.end('data: [DONE]\n\n');
}

/** A chat model served by the fake as Azure OpenAI (deployment gpt-4o-mini, key k); `over` changes settings. */
export function azureChatModel(fake: FakeServer, over: Partial<ModelSettings> = {}): ModelProvider {
  return createProvider({
    provider: 'azure-openai',
    url: fake.url,
    model: 'gpt-4o-mini',
    apiKey: 'k',
    timeoutMs: 5000,
    ...over,
  });
}
