import { createHash } from 'node:crypto';

/** The Qdrant REST API version the embedded store implements (and reports in `GET /`). */
export const QDRANT_VERSION = '1.19.0';

/**
 * The `commit` of `GET /`. Clients read it as a git commit hash (40 hex digits); this is not a build
 * of Qdrant, so it is no Qdrant commit but a fixed value derived from the store's name and the API
 * version it serves: the same on every start and every machine, so Ragwire's gateway can tell the
 * embedded store from a Qdrant server by it, and no real Qdrant commit is likely to share it.
 */
export const STORE_COMMIT = createHash('sha1')
  .update(`ragwire embedded store, Qdrant API ${QDRANT_VERSION}`)
  .digest('hex');

/** What stores before this one answered as `commit` (a `ragwire store` of an older version). */
export const LEGACY_STORE_COMMIT = 'ragwire-embedded-store';
