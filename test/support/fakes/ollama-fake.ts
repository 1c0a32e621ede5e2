import type * as http from 'node:http';
import { fakeEmbedding, json, startFake, type FakeServer, type RecordedRequest } from './http-fake.js';

export interface OllamaFakeOptions {
  /** Models the fake "has pulled". */
  models?: string[];
  embeddingDimensions?: number;
  /** The answer text for a chat request (default: echoes the last user message). */
  answer?: (messages: { role: string; content: string }[]) => string;
  /** Waits before answering (timeouts). */
  delayMs?: number;
}

export interface OllamaFake extends FakeServer {
  chatRequests(): RecordedRequest[];
}

/**
 * Ollama's REST API as documented (api.md): /api/version, /api/tags, /api/chat (NDJSON stream by
 * default, one object with stream:false), /api/embed; unknown models answer 404
 * `{"error": "model \"x\" not found, try pulling it first"}`.
 */
export async function startOllamaFake(options: OllamaFakeOptions = {}): Promise<OllamaFake> {
  const models = options.models ?? ['llama3.2', 'nomic-embed-text'];
  const dim = options.embeddingDimensions ?? 768;
  const answer = options.answer ?? ((messages) => `Answer: ${messages[messages.length - 1]?.content.slice(0, 40)}`);
  const fake = await startFake(async (req, res) => {
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const model = String(body.model ?? '');
    const known = models.some((m) => m === model || m === `${model}:latest` || `${m}:latest` === model);
    if (req.path === '/api/version') return json(res, 200, { version: '0.12.6' });
    if (req.path === '/api/tags') {
      return json(res, 200, {
        models: models.map((name) => ({
          name,
          model: name,
          modified_at: '2026-11-01T10:00:00Z',
          size: 2019393189,
          digest: 'a80c4f17acd5',
          details: { format: 'gguf', family: 'llama' },
        })),
      });
    }
    if (req.method !== 'POST') return json(res, 405, { error: 'method not allowed' });
    if (!known) return json(res, 404, { error: `model "${model}" not found, try pulling it first` });
    if (req.path === '/api/embed') {
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
      return json(res, 200, {
        model,
        embeddings: input.map((t) => fakeEmbedding(t, dim)),
        total_duration: 14143917,
        load_duration: 1019500,
        prompt_eval_count: input.length * 8,
      });
    }
    if (req.path === '/api/chat') return chat(res, model, body, answer);
    return json(res, 404, { error: 'not found' });
  });
  return { ...fake, chatRequests: () => fake.requests.filter((r) => r.path === '/api/chat') };
}

function chat(
  res: http.ServerResponse,
  model: string,
  body: Record<string, unknown>,
  answer: NonNullable<OllamaFakeOptions['answer']>,
): void {
  const text = answer(body.messages as { role: string; content: string }[]);
  const created_at = new Date().toISOString();
  const final = {
    model,
    created_at,
    message: { role: 'assistant', content: '' },
    done: true,
    done_reason: 'stop',
    total_duration: 4883583458,
    load_duration: 1334875,
    prompt_eval_count: 26,
    prompt_eval_duration: 342546000,
    eval_count: 282,
    eval_duration: 4535599000,
  };
  if (body.stream === false) {
    json(res, 200, { ...final, message: { role: 'assistant', content: text } });
    return;
  }
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  for (const piece of text.match(/.{1,8}/gs) ?? []) {
    res.write(
      `${JSON.stringify({ model, created_at, message: { role: 'assistant', content: piece }, done: false })}\n`,
    );
  }
  res.end(`${JSON.stringify(final)}\n`);
}
