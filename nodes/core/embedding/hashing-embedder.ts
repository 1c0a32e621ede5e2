import type { Embedder } from './embedder.js';
import { fnv1a } from './fnv1a.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The embedded default: feature hashing of words, word pairs and character trigrams into a fixed
 * number of dimensions, L2-normalised. No model weights, deterministic, fast. It is lexical: it
 * finds passages that share words (and word parts, which helps with German compounds and
 * inflection) with the question, not ones that mean the same in other words. Use a model embedder
 * for semantic search.
 */
export class HashingEmbedder implements Embedder {
  readonly distance = 'Cosine' as const;
  readonly id: string;
  readonly lexical = true;

  constructor(private readonly size = 384) {
    this.id = `ragwire-hashing-v1-${size}`;
  }

  async dimensions(): Promise<number> {
    return this.size;
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedOne(t));
  }

  embedOne(text: string): number[] {
    const v = new Float64Array(this.size);
    const words = text.toLowerCase().match(WORD) ?? [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      this.add(v, `w:${w}`, 1);
      if (i > 0) this.add(v, `b:${words[i - 1]} ${w}`, 0.5);
      const padded = `<${w}>`;
      if (padded.length > 4)
        for (let j = 0; j + 3 <= padded.length; j++) this.add(v, `c:${padded.slice(j, j + 3)}`, 0.25);
    }
    let norm = 0;
    for (let i = 0; i < v.length; i++) {
      // Sublinear weighting: a word repeated ten times should not drown the rest.
      v[i] = Math.sign(v[i]) * Math.log1p(Math.abs(v[i]));
      norm += v[i] * v[i];
    }
    norm = Math.sqrt(norm);
    return Array.from(v, (x) => (norm > 0 ? x / norm : 0));
  }

  private add(v: Float64Array, feature: string, weight: number): void {
    const h = fnv1a(feature);
    v[h % this.size] += h & 0x80000000 ? -weight : weight;
  }
}
