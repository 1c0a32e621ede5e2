import { createProvider, type ModelSettings } from '../models/create-provider.js';
import type { Embedder } from './embedder.js';
import { ModelEmbedder } from './embedder.js';
import { HashingEmbedder } from './hashing-embedder.js';

/** No model configured means the built-in hashing embedder, so ingest and search work out of the box. */
export function createEmbedder(settings: ModelSettings | undefined): Embedder {
  return settings ? new ModelEmbedder(createProvider(settings)) : new HashingEmbedder();
}
