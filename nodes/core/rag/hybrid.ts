import { Bm25SparseEncoder, type SparseEncoder } from '../embedding/sparse-bm25.js';
import { ConfigurationError } from '../errors.js';

/**
 * Hybrid search: each chunk is stored with a dense vector (the embedder's) and a sparse BM25
 * vector (exact terms: product codes, names, German compounds), and a question searches both and
 * fuses the two rankings in the store (Qdrant's prefetch + fusion), so it works the same against
 * a Qdrant server and the embedded store.
 */
export interface HybridSearch {
  encoder: SparseEncoder;
  /** How the two rankings are fused: reciprocal rank (default) or distribution-based score fusion. */
  fusion?: 'rrf' | 'dbsf';
}

/** Vector names of a hybrid collection (a dense-only collection has one unnamed vector). */
export const HYBRID_DENSE_VECTOR = 'dense';
export const HYBRID_SPARSE_VECTOR = 'bm25';

/** Points each search contributes to the fusion: enough that a passage ranked well by one side is seen. */
export function fusionCandidates(limit: number): number {
  return Math.max(limit * 4, 40);
}

/**
 * The hybrid setting of a node or request: `search` "dense" (or unset) gives none, "hybrid" the
 * BM25 encoder with `fusion` "rrf" (default) or "dbsf". Anything else is refused, naming the field.
 */
export function hybridSearchFor(search: unknown, fusion?: unknown): HybridSearch | undefined {
  if (search === undefined || search === null || search === '' || search === 'dense') return undefined;
  if (search !== 'hybrid')
    throw new ConfigurationError(`search: expected "dense" or "hybrid", got ${JSON.stringify(search)}`);
  if (fusion !== undefined && fusion !== null && fusion !== '' && fusion !== 'rrf' && fusion !== 'dbsf')
    throw new ConfigurationError(`fusion: expected "rrf" or "dbsf", got ${JSON.stringify(fusion)}`);
  return { encoder: new Bm25SparseEncoder(), fusion: fusion === 'dbsf' ? 'dbsf' : 'rrf' };
}
