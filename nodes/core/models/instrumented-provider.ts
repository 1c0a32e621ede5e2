import { recordGenAiOperation, recordTokenUsage, type GenAiCall } from '../metrics/gen-ai.js';
import { metricsEnabled } from '../metrics/registry.js';
import type { ChatMessage, ChatOptions, ChatResult, EmbedOptions, ModelProvider } from './provider.js';

/**
 * A provider whose chat and embedding calls are timed as gen_ai_client_operation_duration_seconds
 * (with error_type when they fail) and whose reported token usage is recorded. It sits inside the
 * cloud gate, so the time is the model's, not the privacy check's.
 */
export class InstrumentedProvider implements ModelProvider {
  readonly kind: ModelProvider['kind'];
  readonly locality: ModelProvider['locality'];
  readonly label: string;
  readonly model: string;

  constructor(private readonly inner: ModelProvider) {
    this.kind = inner.kind;
    this.locality = inner.locality;
    this.label = inner.label;
    this.model = inner.model;
  }

  async chat(messages: ChatMessage[], options?: ChatOptions): Promise<ChatResult> {
    const call = this.call('chat');
    const started = process.hrtime.bigint();
    try {
      const result = await this.inner.chat(messages, options);
      recordGenAiOperation(call, started);
      recordTokenUsage(call, { input: result.usage?.promptTokens, output: result.usage?.completionTokens });
      return result;
    } catch (err) {
      recordGenAiOperation(call, started, err);
      throw err;
    }
  }

  async *chatStream(messages: ChatMessage[], options?: ChatOptions): AsyncIterable<string> {
    const call = this.call('chat');
    const started = process.hrtime.bigint();
    try {
      yield* this.inner.chatStream(messages, options);
    } catch (err) {
      recordGenAiOperation(call, started, err);
      throw err;
    }
    recordGenAiOperation(call, started);
  }

  async embed(texts: string[], options?: EmbedOptions): Promise<number[][]> {
    const call = this.call('embeddings');
    const started = process.hrtime.bigint();
    try {
      const vectors = await this.inner.embed(texts, options);
      recordGenAiOperation(call, started);
      return vectors;
    } catch (err) {
      recordGenAiOperation(call, started, err);
      throw err;
    }
  }

  listModels(): Promise<string[]> {
    return this.inner.listModels();
  }

  health(): Promise<void> {
    return this.inner.health();
  }

  private call(operation: GenAiCall['operation']): GenAiCall {
    return { operation, provider: this.kind, model: this.model };
  }
}

/** The provider timed, unless metrics are off (then it is returned as it is). */
export function instrumented(provider: ModelProvider): ModelProvider {
  return metricsEnabled() ? new InstrumentedProvider(provider) : provider;
}
