import type OpenAI from 'openai';
import { loadOnUse } from '../load-on-use.js';
import {
  guarded,
  toModelError,
  type ChatMessage,
  type ChatOptions,
  type ChatResult,
  type Locality,
  type ModelError,
  type ModelProvider,
  type ProviderKind,
} from './provider.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see loadOnUse)
const openai = loadOnUse(() => require('openai') as typeof import('openai'));

export interface AzureOpenAISettings {
  /** https://<resource>.openai.azure.com */
  endpoint: string;
  deployment: string;
  apiVersion: string;
  /** An API key, or... */
  apiKey?: string;
  /** ...a Microsoft Entra ID access token (for the Cognitive Services scope). */
  entraToken?: string;
  locality?: Locality;
  timeoutMs?: number;
}

export interface OpenAICompatibleSettings {
  /** e.g. http://vllm:8000/v1 or http://llama-cpp:8080/v1 */
  url: string;
  model: string;
  apiKey?: string;
  locality?: Locality;
  timeoutMs?: number;
}

/**
 * Azure OpenAI and OpenAI-compatible servers (vLLM, llama.cpp server), through the official
 * `openai` client (its AzureOpenAI class for Azure). Retries are the client's, on idempotent
 * failures (connection errors, 408/429/5xx) only.
 */
export class OpenAIProvider implements ModelProvider {
  readonly label: string;

  private constructor(
    readonly kind: ProviderKind,
    readonly locality: Locality,
    readonly model: string,
    private readonly client: OpenAI,
    label: string,
    private readonly timeoutMs: number,
  ) {
    this.label = label;
  }

  static azure(s: AzureOpenAISettings): OpenAIProvider {
    const timeout = s.timeoutMs ?? 120_000;
    const client = new (openai().AzureOpenAI)({
      endpoint: s.endpoint,
      deployment: s.deployment,
      apiVersion: s.apiVersion,
      ...(s.entraToken ? { azureADTokenProvider: async () => s.entraToken as string } : { apiKey: s.apiKey }),
      timeout,
      maxRetries: 2,
    });
    return new OpenAIProvider(
      'azure-openai',
      s.locality ?? 'cloud',
      s.deployment,
      client,
      `Azure OpenAI at ${s.endpoint} (deployment ${s.deployment})`,
      timeout,
    );
  }

  static compatible(s: OpenAICompatibleSettings): OpenAIProvider {
    const timeout = s.timeoutMs ?? 120_000;
    // The client insists on a key; servers without auth ignore this placeholder.
    const client = new (openai().OpenAI)({ baseURL: s.url, apiKey: s.apiKey || 'not-needed', timeout, maxRetries: 2 });
    return new OpenAIProvider(
      'openai-compatible',
      s.locality ?? 'local',
      s.model,
      client,
      `OpenAI-compatible server at ${s.url} (model ${s.model})`,
      timeout,
    );
  }

  async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const response = await this.call(() =>
      this.client.chat.completions.create(
        {
          model: this.model,
          messages,
          stream: false,
          ...this.modelOptions(options),
          ...(options.jsonSchema
            ? {
                response_format: {
                  type: 'json_schema' as const,
                  json_schema: { name: options.jsonSchema.name, schema: options.jsonSchema.schema, strict: true },
                },
              }
            : {}),
        },
        { signal: options.signal },
      ),
    );
    return {
      content: response.choices[0]?.message?.content ?? '',
      model: response.model,
      usage: { promptTokens: response.usage?.prompt_tokens, completionTokens: response.usage?.completion_tokens },
    };
  }

  async *chatStream(messages: ChatMessage[], options: ChatOptions = {}): AsyncIterable<string> {
    const stream = await this.call(() =>
      this.client.chat.completions.create(
        { model: this.model, messages, stream: true, ...this.modelOptions(options) },
        { signal: options.signal },
      ),
    );
    try {
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) yield delta;
      }
    } catch (err) {
      throw this.describe(err);
    }
  }

  async embed(texts: string[]): Promise<number[][]> {
    const response = await this.call(() => this.client.embeddings.create({ model: this.model, input: texts }));
    return [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }

  async listModels(): Promise<string[]> {
    // Azure lists the resource's base models, not deployments: the deployment is what we have.
    if (this.kind === 'azure-openai') return [this.model];
    const page = await this.call(() => this.client.models.list());
    return page.data.map((m) => m.id);
  }

  async health(): Promise<void> {
    if (this.kind === 'azure-openai') {
      await this.chat([{ role: 'user', content: 'ping' }], { maxTokens: 1 });
      return;
    }
    await this.listModels();
  }

  private modelOptions(options: ChatOptions): { temperature?: number; max_tokens?: number } {
    return {
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
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
        const r = e as { status?: number; error?: { message?: string; code?: string }; message?: string };
        if (typeof r?.status !== 'number') return undefined;
        return {
          status: r.status,
          detail: `${r.error?.message ?? r.message ?? 'error'}${r.error?.code ? ` (${r.error.code})` : ''}`,
        };
      },
      this.kind === 'azure-openai'
        ? 'check the endpoint and the network path to Azure, or use a local model'
        : 'start the server there, or correct the base URL in the model node (or OPENAI_BASE_URL)',
    );
  }
}
