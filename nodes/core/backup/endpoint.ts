import { QdrantConnection } from '../qdrant/connection.js';

/**
 * A store named as users name it on the command line: an http(s) URL (a Qdrant server or
 * `ragwire store`), or a folder of the embedded store, opened in this process.
 */
export function connectEndpoint(
  endpoint: string,
  options: { apiKey?: string; timeoutMs?: number; baseDir?: string } = {},
): QdrantConnection {
  const isUrl = /^https?:\/\//i.test(endpoint);
  return new QdrantConnection(
    {
      mode: isUrl ? 'server' : 'embedded',
      ...(isUrl ? { url: endpoint, apiKey: options.apiKey ?? '' } : { path: endpoint }),
      baseDir: options.baseDir ?? process.cwd(),
      timeoutMs: options.timeoutMs,
    },
    undefined,
    // Only what was given counts: QDRANT_URL or QDRANT_API_KEY must not redirect a backup.
    {},
  );
}
