import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { QdrantGateway } from '../qdrant/gateway.js';
import { QdrantGatewayError } from '../qdrant/gateway-error.js';
import { RagwireError, type ErrorKind } from '../errors.js';

/**
 * A conversation's pseudonymization mapping as it travels between Node-RED replicas: which value
 * has which placeholder, the counters per entity type, and when it expires without use.
 */
export interface ConversationSnapshot {
  /** [value, placeholder] pairs. */
  byValue: [string, string][];
  /** [entity type, highest number issued] pairs. */
  counters: [string, number][];
  /** Milliseconds since the epoch. */
  expires: number;
}

/**
 * The shared store could not be used, or what it holds does not decrypt: the request is refused
 * (nothing goes to any model), never answered with a mapping this process made up.
 */
export class ConversationStoreError extends RagwireError {
  constructor(
    message: string,
    /** unavailable: the store did not answer as expected; unreadable: a stored mapping failed authentication. */
    readonly reason: 'unavailable' | 'unreadable',
    options?: { cause?: unknown },
  ) {
    super(`privacy: ${message}; the request was refused and nothing was sent to a model`, options);
    this.name = 'ConversationStoreError';
  }

  /** A mapping that fails authentication was sealed with another key (or altered): not something a retry fixes. */
  get errorKind(): ErrorKind {
    return this.reason === 'unavailable' ? 'unavailable' : 'configuration';
  }
}

export const CONVERSATION_KEY_ENV = 'RAGWIRE_CONVERSATION_KEY';
export const CONVERSATIONS_COLLECTION = 'ragwire_conversations';
const KEY_BYTES = 32;
const FORMAT = 1;
/** Expired mappings are swept from the store at most this often (each replica). */
const SWEEP_EVERY_MS = 60_000;

export interface SharedConversationsOptions {
  /** Default ragwire_conversations. */
  collection?: string;
  /** How often expired mappings are swept (default once a minute). */
  sweepEveryMs?: number;
}

/** The 32-byte key of RAGWIRE_CONVERSATION_KEY (base64 or base64url, as `openssl rand -base64 32` prints it). */
export function parseConversationKey(value: string, name = CONVERSATION_KEY_ENV): Buffer {
  const text = value.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES)
    throw new RangeError(
      `${name}: expected ${KEY_BYTES} random bytes in base64 (for example: openssl rand -base64 32), got ${key.length ? `${key.length} bytes` : 'no base64'}`,
    );
  return key;
}

/**
 * Conversation mappings shared by every process that has the same key and reaches the same Qdrant
 * (or `ragwire store`), so that runtime replicas behind one Service serve one conversation.
 *
 * What the store sees: a point whose id is an HMAC of the conversation id (the id itself never
 * leaves Ragwire, so the store cannot address a conversation on a caller's behalf), a ciphertext
 * (AES-256-GCM, bound to that point id, so it cannot be moved to another conversation) and the
 * expiry time, in clear so expired mappings can be swept. Values and placeholders are only inside
 * the ciphertext. Encryption and point ids use separate keys derived from the one secret (HKDF).
 */
export class SharedConversations {
  private readonly sealKey: Buffer;
  private readonly idKey: Buffer;
  private collection: Promise<void> | undefined;
  private lastSweep = 0;
  private readonly collectionName: string;
  private readonly sweepEveryMs: number;

  constructor(
    private readonly gateway: () => Promise<QdrantGateway>,
    key: Buffer,
    options: SharedConversationsOptions = {},
  ) {
    this.collectionName = options.collection ?? CONVERSATIONS_COLLECTION;
    this.sweepEveryMs = options.sweepEveryMs ?? SWEEP_EVERY_MS;
    if (key.length !== KEY_BYTES) throw new RangeError(`conversation key: expected ${KEY_BYTES} bytes`);
    this.sealKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'ragwire conversation mapping v1', 32));
    this.idKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'ragwire conversation point id v1', 32));
  }

  /** The point of a conversation: a UUID made of its HMAC, the same on every replica with this key. */
  pointId(conversation: string): string {
    const h = createHmac('sha256', this.idKey).update(conversation, 'utf8').digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  }

  /** The stored mapping, or undefined when there is none (never issued with this key, or expired). */
  async load(conversation: string): Promise<ConversationSnapshot | undefined> {
    const id = this.pointId(conversation);
    const [point] = await this.use('read', async (gw) => {
      await this.ensureCollection(gw);
      return gw.retrieve(this.collectionName, [id]);
    });
    if (!point) return undefined;
    const snapshot = this.open(id, point.payload);
    return snapshot.expires < Date.now() ? undefined : snapshot;
  }

  /** Stores the mapping (replacing what was there), and sweeps expired ones now and then. */
  async save(conversation: string, snapshot: ConversationSnapshot): Promise<void> {
    const id = this.pointId(conversation);
    const payload = { format: FORMAT, expires: snapshot.expires, sealed: this.seal(id, snapshot) };
    await this.use('write', async (gw) => {
      await this.ensureCollection(gw);
      // Qdrant wants a vector for every point; the mapping is only ever found by its id.
      await gw.upsert(this.collectionName, [{ id, vector: [1], payload }]);
      const now = Date.now();
      if (now - this.lastSweep >= this.sweepEveryMs) {
        await gw.delete(this.collectionName, { filter: { must: [{ key: 'expires', range: { lt: now } }] } });
        this.lastSweep = now;
      }
    });
  }

  async forget(conversation: string): Promise<void> {
    const id = this.pointId(conversation);
    await this.use('delete', async (gw) => {
      await this.ensureCollection(gw);
      await gw.delete(this.collectionName, { ids: [id] });
    });
  }

  private ensureCollection(gw: QdrantGateway): Promise<void> {
    this.collection ??= gw
      .ensureCollection(this.collectionName, { size: 1, distance: 'Dot' })
      .then(() => undefined)
      .catch((err: unknown) => {
        this.collection = undefined;
        throw err;
      });
    return this.collection;
  }

  private async use<T>(what: string, fn: (gw: QdrantGateway) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.gateway());
    } catch (err) {
      if (err instanceof ConversationStoreError) throw err;
      const cause = err instanceof QdrantGatewayError ? err.message : String((err as Error)?.message ?? err);
      throw new ConversationStoreError(`the shared conversation store could not ${what} (${cause})`, 'unavailable', {
        cause: err,
      });
    }
  }

  private seal(pointId: string, snapshot: ConversationSnapshot): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    cipher.setAAD(Buffer.from(`ragwire-conversation:${FORMAT}:${pointId}`));
    const body = Buffer.concat([cipher.update(JSON.stringify(snapshot), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  private open(pointId: string, payload: Record<string, unknown>): ConversationSnapshot {
    try {
      if (payload.format !== FORMAT || typeof payload.sealed !== 'string') throw new Error('unknown format');
      const sealed = Buffer.from(payload.sealed, 'base64');
      if (sealed.length < 29) throw new Error('too short');
      const decipher = createDecipheriv('aes-256-gcm', this.sealKey, sealed.subarray(0, 12));
      decipher.setAAD(Buffer.from(`ragwire-conversation:${FORMAT}:${pointId}`));
      decipher.setAuthTag(sealed.subarray(12, 28));
      const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
      const snapshot = JSON.parse(text) as ConversationSnapshot;
      if (!Array.isArray(snapshot.byValue) || !Array.isArray(snapshot.counters) || typeof snapshot.expires !== 'number')
        throw new Error('unexpected content');
      return snapshot;
    } catch (err) {
      throw new ConversationStoreError(
        'a shared conversation mapping failed authentication (altered, or written with another key)',
        'unreadable',
        { cause: err },
      );
    }
  }
}
