import type { ModelProvider } from '../models/provider.js';

/** Turns texts into vectors for the vector store. */
export interface Embedder {
  /** Identifies the embedding space; stored with the collection so a different embedder is caught. */
  readonly id: string;
  readonly distance: 'Cosine';
  /** Vector size; known after the first call for model embedders. */
  dimensions(): Promise<number>;
  embed(texts: string[]): Promise<number[][]>;
}

/** Embeddings from a model server (Ollama, Azure OpenAI, OpenAI-compatible). */
export class ModelEmbedder implements Embedder {
  readonly distance = 'Cosine' as const;
  readonly id: string;
  private size: number | undefined;

  constructor(private readonly provider: ModelProvider) {
    this.id = `${provider.kind}:${provider.model}`;
  }

  async dimensions(): Promise<number> {
    this.size ??= (await this.embed(['dimension probe']))[0].length;
    return this.size;
  }

  async embed(texts: string[]): Promise<number[][]> {
    const vectors = await this.provider.embed(texts);
    if (vectors.length !== texts.length) {
      throw new Error(`${this.provider.label} returned ${vectors.length} embeddings for ${texts.length} texts`);
    }
    this.size ??= vectors[0]?.length;
    return vectors;
  }
}
