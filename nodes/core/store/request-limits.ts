import { wrongInput } from './errors.js';

/**
 * How much one request may ask for, so a single request cannot hold the event loop (and every other
 * client) for long. Qdrant documents no count limits of its own, only its 32 MiB request body
 * (service.max_request_size_mb, the store's default body limit too); these are generous beside what
 * clients send (upserts in batches of hundreds to a few thousand points).
 */

/** Points of an upsert, ids of a list (delete, retrieve, payload and vector updates), in one request. */
export const MAX_POINTS_PER_REQUEST = 100_000;
/** Operations of one `points/batch` request. */
export const MAX_BATCH_OPERATIONS = 1_000;
/** Searches of one `points/query/batch` request (each may hold up to 256 queries and prefetches). */
export const MAX_BATCH_SEARCHES = 256;

/** A 400 naming the field and the limit when `count` exceeds `max`. */
export function checkCount(count: number, max: number, path: string, what: string): void {
  if (count > max) throw wrongInput(`${path}: at most ${max} ${what} per request, got ${count}`);
}
