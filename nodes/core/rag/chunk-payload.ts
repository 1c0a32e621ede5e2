import { storedClassification } from './documents.js';

/** The payload stored with every chunk: written by ingestion, read back by retrieval. */
export interface ChunkPayload {
  text: string;
  source_id: string;
  chunk_index: number;
  chunk_count: number;
  start: number;
  end: number;
  metadata: Record<string, unknown>;
  /** The document's classification (public when none was given). */
  classification: string;
  ingested_at: string;
}

/** What retrieval reads of a stored chunk's payload (chunks stored by hand or by older versions may lack fields). */
export interface StoredChunk {
  text: string;
  sourceId: string;
  chunkIndex: number;
  metadata: Record<string, unknown>;
  /** See storedClassification: a chunk without one counts as public, an unknown value as personal. */
  classification: string;
}

/** Reads a stored chunk's payload, as ingestion wrote it (see ChunkPayload). */
export function readChunkPayload(payload: Partial<Record<keyof ChunkPayload, unknown>>): StoredChunk {
  return {
    text: typeof payload.text === 'string' ? payload.text : '',
    sourceId: typeof payload.source_id === 'string' ? payload.source_id : String(payload.source_id ?? ''),
    chunkIndex: typeof payload.chunk_index === 'number' ? payload.chunk_index : 0,
    metadata: (payload.metadata as Record<string, unknown>) ?? {},
    classification: storedClassification(payload),
  };
}
