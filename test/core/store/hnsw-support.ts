/** Waits until a collection's HNSW indexes are built (no build running or due). */
export async function indexed(state: () => { optimizing: boolean }, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (state().optimizing) {
    if (Date.now() > until) throw new Error('the HNSW index was not built in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
