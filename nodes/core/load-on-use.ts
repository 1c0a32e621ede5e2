/**
 * A module loaded the first time it is used instead of when Ragwire is loaded. Node-RED loads every
 * node of the pack at start, whether or not a flow uses it, and clients such as `openai` or
 * `@qdrant/js-client-rest` take tens of milliseconds each to load. `load` calls `require` itself,
 * so the module resolves from the caller's folder; it runs once.
 */
export function loadOnUse<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
