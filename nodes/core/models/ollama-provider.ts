import type { Ollama } from 'ollama';
import { loadOnUse } from '../load-on-use.js';
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

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see loadOnUse)
const ollama = loadOnUse(() => require('ollama') as typeof import('ollama'));

/** Ollama (local open-source models such as Llama), through the official `ollama` client. */
export class OllamaProvider implements ModelProvider {
  readonly kind = 'ollama' as const;
  readonly locality: Locality;
  readonly label: string;
  readonly model: string;
  private readonly client: Ollama;
  private readonly timeoutMs: number;
  private readonly host: string;
  private readonly headers?: Record<string, string>;

  constructor(settings: OllamaSettings) {
    this.model = settings.model;
    this.locality = settings.locality ?? 'local';
    this.label = `Ollama at ${settings.url} (model ${settings.model})`;
    this.timeoutMs = settings.timeoutMs ?? 120_000;
    this.host = settings.url;
    this.headers = settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : undefined;
    this.client = this.clientWith();
  }

  /**
   * A client whose every call gets a deadline and, when given, the caller's signal too (the ollama
   * client takes no signal per call, so a call with one gets a client of its own).
   */
  private clientWith(signal?: AbortSignal): Ollama {
    const timeoutMs = this.timeoutMs;
    return new (ollama().Ollama)({
      host: this.host,
      ...(this.headers ? { headers: this.headers } : {}),
      fetch: (input, init) => {
        const signals = [
          AbortSignal.timeout(timeoutMs),
          ...(signal ? [signal] : []),
          ...(init?.signal ? [init.signal] : []),
        ];
        return fetch(input, { ...init, signal: AbortSignal.any(signals) });
      },
    });
  }

  async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const response = await this.call(() =>
      (options.signal ? this.clientWith(options.signal) : this.client).chat({
        model: this.model,
        messages,
        stream: false,
        options: this.modelOptions(options),
        ...(options.jsonSchema ? { format: options.jsonSchema.schema } : {}),
      }),
    );
    return {
      content: response.message.content,
      model: response.model,
      usage: { promptTokens: response.prompt_eval_count, completionTokens: response.eval_count },
    };
  }

  async *chatStream(messages: ChatMessage[], options: ChatOptions = {}): AsyncIterable<string> {
    const stream = await this.call(() =>
      (options.signal ? this.clientWith(options.signal) : this.client).chat({
        model: this.model,
        messages,
        stream: true,
        options: this.modelOptions(options),
      }),
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
