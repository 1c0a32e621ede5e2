/** The public surface of the text area: what adapters (Node-RED, Flowise, the command line) use. */
export { validateChunkOptions } from './chunking.js';
export type { ChunkOptions, ChunkUnit } from './chunking.js';
