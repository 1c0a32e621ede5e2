import * as path from 'node:path';
import { resolveSetting } from '../settings/resolve.js';
import { loadOnUse } from '../load-on-use.js';
import type { EmbeddedLease } from '../store/shared-embedded.js';
import type { CollectionDistribution } from './distribution.js';
import { QdrantGateway } from './gateway.js';
import { ConfigurationError } from '../errors.js';

export type QdrantMode = 'auto' | 'embedded' | 'server';

export interface QdrantSettings {
  /** auto: a server when a URL is set (field or QDRANT_URL), else the embedded store. */
  mode: QdrantMode;
  url?: string;
  apiKey?: string;
  /** Embedded store directory, relative to `baseDir`. */
  path?: string;
  baseDir: string;
  timeoutMs?: number;
  /** Shards and replicas of new collections (a cluster honours them; the embedded store records them). */
  distribution?: CollectionDistribution;
}

export type QdrantTarget = { kind: 'server'; url: string; apiKey?: string } | { kind: 'embedded'; dir: string };

export function resolveQdrantTarget(s: QdrantSettings, env: NodeJS.ProcessEnv = process.env): QdrantTarget {
  const url = resolveSetting(s.url, ['QDRANT_URL'], '', env);
  if (s.mode === 'server' || (s.mode !== 'embedded' && url)) {
    if (!url) throw new ConfigurationError('Qdrant server mode needs a URL (or the QDRANT_URL environment variable)');
    if (!/^https?:\/\//i.test(url))
      throw new ConfigurationError(`Qdrant URL must start with http:// or https://, got ${JSON.stringify(url)}`);
    const apiKey = resolveSetting(s.apiKey, ['QDRANT_API_KEY'], '', env);
    return { kind: 'server', url, ...(apiKey ? { apiKey } : {}) };
  }
  const dir = resolveSetting(s.path, ['RAGWIRE_STORE_PATH'], 'ragwire-data', env);
  return { kind: 'embedded', dir: path.resolve(s.baseDir, dir) };
}

/** The embedded store loads only in embedded mode (see loadOnUse). */
const sharedEmbedded = loadOnUse(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
  () => require('../store/shared-embedded.js') as typeof import('../store/shared-embedded.js'),
);

/**
 * A configured Qdrant: a server URL, or the embedded store opened in this process on first use
 * (and shared with other connections to the same directory). Same gateway either way.
 */
export class QdrantConnection {
  readonly target: QdrantTarget;
  private gateway: Promise<QdrantGateway> | undefined;
  private lease: EmbeddedLease | undefined;
  private closed = false;
  private readonly timeoutMs: number | undefined;
  private readonly distribution: CollectionDistribution | undefined;

  constructor(
    settings: QdrantSettings,
    private readonly onError?: (err: unknown) => void,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.target = resolveQdrantTarget(settings, env);
    this.timeoutMs = settings.timeoutMs;
    this.distribution = settings.distribution;
  }

  /** For status and messages: where the vectors live, never a key. */
  get description(): string {
    return this.target.kind === 'server' ? `Qdrant at ${this.target.url}` : `embedded store at ${this.target.dir}`;
  }

  get(): Promise<QdrantGateway> {
    if (this.closed) return Promise.reject(new Error('the Qdrant connection is closed'));
    this.gateway ??= this.open().catch((err: unknown) => {
      this.gateway = undefined;
      throw err;
    });
    return this.gateway;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.gateway?.catch(() => undefined);
    await this.lease?.release();
    this.lease = undefined;
  }

  private async open(): Promise<QdrantGateway> {
    if (this.target.kind === 'server') {
      return new QdrantGateway({
        url: this.target.url,
        apiKey: this.target.apiKey,
        timeoutMs: this.timeoutMs,
        distribution: this.distribution,
      });
    }
    const lease = await sharedEmbedded().acquireEmbedded(this.target.dir, this.onError);
    if (this.closed) {
      await lease.release();
      throw new Error('the Qdrant connection is closed');
    }
    this.lease = lease;
    return new QdrantGateway({
      url: lease.url,
      apiKey: lease.apiKey,
      timeoutMs: this.timeoutMs,
      distribution: this.distribution,
    });
  }
}
