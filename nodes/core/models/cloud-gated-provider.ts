import type { ChatGate, ChatMessage, ChatOptions, ChatResult, EmbedOptions, ModelProvider } from './provider.js';

/**
 * A cloud model that lets no chat and no text to embed through its gate unchecked: the caller's
 * gate (its policy and what it knows of the request) or else `fallback`. Listing and health pass
 * as they are.
 */
export class CloudGatedProvider implements ModelProvider {
  readonly kind: ModelProvider['kind'];
  readonly locality: ModelProvider['locality'];
  readonly label: string;
  readonly model: string;

  constructor(
    private readonly inner: ModelProvider,
    private readonly fallback: () => ChatGate,
  ) {
    this.kind = inner.kind;
    this.locality = inner.locality;
    this.label = inner.label;
    this.model = inner.model;
  }

  async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    return this.inner.chat(messages, await this.cleared(messages, options));
  }

  async *chatStream(messages: ChatMessage[], options: ChatOptions = {}): AsyncIterable<string> {
    yield* this.inner.chatStream(messages, await this.cleared(messages, options));
  }

  async embed(texts: string[], options: EmbedOptions = {}): Promise<number[][]> {
    const messages = texts.map((content) => ({ role: 'user' as const, content }));
    await (options.gate ?? this.fallback()).check(messages, this.label, 'embedding');
    return this.inner.embed(texts);
  }

  listModels(): Promise<string[]> {
    return this.inner.listModels();
  }

  health(): Promise<void> {
    return this.inner.health();
  }

  /** Checks the messages with the caller's gate (or the fallback), and passes the options on without it. */
  private async cleared(messages: ChatMessage[], options: ChatOptions): Promise<ChatOptions> {
    const { gate, ...rest } = options;
    await (gate ?? this.fallback()).check(messages, this.label);
    return rest;
  }
}

/** The provider as is when it runs locally; gated when it runs in the cloud (gating twice is pointless). */
export function gatedIfCloud(provider: ModelProvider, fallback: () => ChatGate): ModelProvider {
  return provider.locality === 'cloud' && !(provider instanceof CloudGatedProvider)
    ? new CloudGatedProvider(provider, fallback)
    : provider;
}
