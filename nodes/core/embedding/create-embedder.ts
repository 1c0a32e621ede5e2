import { createProvider, type ModelSettings } from '../models/create-provider.js';
import type { EmbedGate, Embedder } from './embedder.js';
import { ModelEmbedder } from './embedder.js';
import { HashingEmbedder } from './hashing-embedder.js';

/**
 * No model configured means the built-in hashing embedder, so ingest and search work out of the
 * box. A cloud embedding model checks every text with `gate` (the caller's privacy policy; the
 * default policy without one) before it receives it; local ones are not gated.
 */
export function createEmbedder(settings: ModelSettings | undefined, gate?: EmbedGate): Embedder {
  return settings ? new ModelEmbedder(createProvider(settings), gate) : new HashingEmbedder();
}
