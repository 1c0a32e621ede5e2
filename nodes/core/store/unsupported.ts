import { StoreError } from './errors.js';

/**
 * The one answer for a Qdrant feature the embedded store does not implement, wherever it is asked
 * for (a whole endpoint, a query kind, a config option): 400, naming the feature, pointing to a
 * Qdrant server. Clients can tell it from a missing collection (404) or a bad request (other 400s)
 * by the fixed wording.
 */
export const unsupported = (feature: string): StoreError =>
  new StoreError(400, `Wrong input: ${feature} is not supported by the embedded store; use a Qdrant server`);
