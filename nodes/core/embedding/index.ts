/** The public surface of the embedding area: what adapters (Node-RED, Flowise, the command line) use. */
export { createEmbedder } from './create-embedder.js';
export { ModelEmbedder } from './embedder.js';
export type { EmbedContext, Embedder } from './embedder.js';
export { HashingEmbedder } from './hashing-embedder.js';
export { Bm25SparseEncoder, tokenize } from './sparse-bm25.js';
export type { Bm25Options, SparseEncoder, SparseVectorData } from './sparse-bm25.js';
