/** The public surface of the rag area: the use cases adapters (Node-RED, Flowise, the command line) call. */
export { answer, modelsByLocality, optionalModel } from './answer.js';
export type { Answer, AnswerRequest, AnswerSettings } from './answer.js';
export { readChunkPayload } from './chunk-payload.js';
export type { ChunkPayload, StoredChunk } from './chunk-payload.js';
export { DocumentInputError, normaliseDocuments } from './documents.js';
export type { IngestDocument } from './documents.js';
export { fusionCandidates, HYBRID_DENSE_VECTOR, HYBRID_SPARSE_VECTOR, hybridSearchFor } from './hybrid.js';
export type { HybridSearch } from './hybrid.js';
export { ingestDocuments } from './ingest.js';
export type { IngestOptions, IngestResult } from './ingest.js';
export { buildPrompt, DEFAULT_SYSTEM_PROMPT, DEFAULT_TEMPLATE } from './prompt.js';
export type { PromptOptions, Source } from './prompt.js';
export { retrievePassages } from './retrieve.js';
export type { Passage, RetrieveOptions } from './retrieve.js';
export { toQdrantFilter } from './search-filter.js';
