import { createHash } from 'node:crypto';

/** Ragwire's UUIDv5 namespace for chunk ids (a fixed random UUID). */
const NAMESPACE = Buffer.from('6c1f0a8e7d2b4f5c9a3e1b7d5f0c2e4a', 'hex');

/** RFC 9562 UUIDv5 of `name` in Ragwire's namespace. */
export function uuidV5(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A chunk's point id: stable for (document id, chunk index), so re-ingesting replaces, never duplicates. */
export function chunkPointId(sourceId: string, chunkIndex: number): string {
  return uuidV5(`${sourceId}\u0000${chunkIndex}`);
}

/** A document without an id is identified by its content. */
export function contentId(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32)}`;
}
