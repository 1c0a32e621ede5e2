import { Ollama } from 'ollama';
import {
  guarded,
  toModelError,
  type ModelError,
  type ChatMessage,
  type ChatOptions,
  type ChatResult,
  type Locality,
  type ModelProvider,
} from './provider.js';

export interface OllamaSettings {
  url: string;
  model: string;
  locality?: Locality;
  timeoutMs?: number;
  /** Sent as a bearer token, for an Ollama behind an authenticating proxy. */
  apiKey?: string;
}

/** Ollama (local open-source models such as Llama), through the official `ollama` client. */
export class OllamaProvider implements ModelProvider {
  readonly kind = 'ollama' as const;
  readonly locality: Locality;
  readonly label: string;
  readonly model: string;
  private readonly client: Ollama;
  private readonly timeoutMs: number;

  constructor(settings: OllamaSettings) {
    this.model = settings.model;
    this.locality = settings.locality ?? 'local';
    this.label = `Ollama at ${settings.url} (model ${settings.model})`;
    this.timeoutMs = settings.timeoutMs ?? 120_000;
    const timeoutMs = this.timeoutMs;
    this.client = new Ollama({
      host: settings.url,
      ...(settings.apiKey ? { headers: { authorization: `Bearer ${settings.apiKey}` } } : {}),
      // Every call gets a deadline; a caller's own signal still cancels earlier.
      fetch: (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return fetch(input, { ...init, signal });
      },
    });
  }

  async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const response = await this.call(() =>
      this.client.chat({ model: this.model, messages, stream: false, options: this.modelOptions(options) }),
    );
    return {
      content: response.message.content,
      model: response.model,
      usage: { promptTokens: response.prompt_eval_count, completionTokens: response.eval_count },
    };
  }

  async *chatStream(messages: ChatMessage[], options: ChatOptions = {}): AsyncIterable<string> {
    const stream = await this.call(() =>
      this.client.chat({ model: this.model, messages, stream: true, options: this.modelOptions(options) }),
    );
    try {
      for await (const part of stream) if (part.message?.content) yield part.message.content;
    } catch (err) {
      throw this.describe(err);
    }
  }

  async embed(texts: string[]): Promise<number[][]> {
    const response = await this.call(() => this.client.embed({ model: this.model, input: texts }));
    return response.embeddings;
  }

  async listModels(): Promise<string[]> {
    const response = await this.call(() => this.client.list());
    return response.models.map((m) => m.name);
  }

  async health(): Promise<void> {
    await this.call(() => this.client.version());
  }

  private modelOptions(options: ChatOptions): Record<string, number> {
    return {
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.maxTokens !== undefined ? { num_predict: options.maxTokens } : {}),
    };
  }

  private call<T>(fn: () => Promise<T>): Promise<T> {
    return guarded(fn, (err) => this.describe(err));
  }

  private describe(err: unknown): ModelError {
    return toModelError(
      err,
      this.label,
      this.timeoutMs,
      (e) => {
        const r = e as { status_code?: number; error?: string; message?: string };
        if (typeof r?.status_code !== 'number') return undefined;
        const hint = r.status_code === 404 ? ` (pull it with \`ollama pull ${this.model}\`)` : '';
        return { status: r.status_code, detail: `${r.error ?? r.message ?? 'error'}${hint}` };
      },
      'start Ollama there, or point the model node (or the OLLAMA_HOST environment variable) at a running Ollama, ' +
        'or configure another provider such as Azure OpenAI',
    );
  }
}
