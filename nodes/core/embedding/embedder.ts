import { gatedIfCloud } from '../models/cloud-gated-provider.js';
import type { ChatGate, ModelProvider } from '../models/provider.js';
import type { CloudGateContext } from '../privacy/cloud-gate.js';
import { defaultCloudGate } from '../models/default-cloud-gate.js';

/**
 * What is known of texts to embed besides themselves, for the privacy gate of a cloud embedder:
 * a query's classification, the classifications of the documents the chunks come from
 * (`contextClassifications`), what an upstream decision recorded.
 */
export type EmbedContext = Pick<CloudGateContext, 'classification' | 'contextClassifications' | 'recorded'>;

/** The gate of one embedding call, under the policy of whoever created the embedder. */
export type EmbedGate = (context: EmbedContext) => ChatGate;

/** Turns texts into vectors for the vector store. */
export interface Embedder {
  /** Identifies the embedding space; stored with the collection so a different embedder is caught. */
  readonly id: string;
  readonly distance: 'Cosine';
  /** Vector size; known after the first call for model embedders. */
  dimensions(): Promise<number>;
  /** Throws a PrivacyBlockedError, before anything is sent, when a cloud embedder may not receive the texts. */
  embed(texts: string[], context?: EmbedContext): Promise<number[][]>;
}

/**
 * Embeddings from a model server (Ollama, Azure OpenAI, OpenAI-compatible). A cloud provider is
 * gated (by createProvider, or here when built otherwise) and checks every call with `gate`: the
 * default policy unless the creator brought its own.
 */
export class ModelEmbedder implements Embedder {
  readonly distance = 'Cosine' as const;
  readonly id: string;
  private size: number | undefined;

  private readonly provider: ModelProvider;

  constructor(
    provider: ModelProvider,
    private readonly gate: EmbedGate = defaultCloudGate,
  ) {
    this.provider = gatedIfCloud(provider, defaultCloudGate);
    this.id = `${provider.kind}:${provider.model}`;
  }

  async dimensions(): Promise<number> {
    this.size ??= (await this.embed(['dimension probe']))[0].length;
    return this.size;
  }

  async embed(texts: string[], context: EmbedContext = {}): Promise<number[][]> {
    // Only a cloud provider is gated: a local one needs no policy (nor a usable one).
    const gate = this.provider.locality === 'cloud' ? this.gate(context) : undefined;
    const vectors = await this.provider.embed(texts, { gate });
    if (vectors.length !== texts.length) {
      throw new Error(`${this.provider.label} returned ${vectors.length} embeddings for ${texts.length} texts`);
    }
    this.size ??= vectors[0]?.length;
    return vectors;
  }
}
