import { randomBytes } from 'node:crypto';
import { serveStore } from './rest/server.js';
import { EmbeddedStore, type StoreOptions } from './store.js';

export interface EmbeddedQdrant {
  url: string;
  apiKey: string;
  store: EmbeddedStore;
  close(): Promise<void>;
}

/**
 * Opens the embedded store in this process and serves Qdrant's REST API on a free loopback port,
 * guarded by a random API key, so the Qdrant gateway (the official client) works on it unchanged.
 */
export async function startEmbeddedQdrant(
  options: StoreOptions & { apiKey?: string; onError?: (err: unknown) => void },
): Promise<EmbeddedQdrant> {
  const store = EmbeddedStore.open({ onBackgroundError: options.onError, ...options });
  const apiKey = options.apiKey ?? randomBytes(24).toString('base64url');
  try {
    const server = await serveStore({ store, apiKey, host: '127.0.0.1', port: 0, onError: options.onError });
    return {
      url: server.url,
      apiKey,
      store,
      close: async () => {
        await server.close();
        await store.closeAfterBackground();
      },
    };
  } catch (err) {
    store.close();
    throw err;
  }
}
