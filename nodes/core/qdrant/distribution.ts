/**
 * How Qdrant spreads a new collection over a cluster: shards, copies of each shard, and how many
 * copies must apply a write before it counts. Sent when Ragwire creates a collection; an existing
 * collection keeps what it was created with. Unset fields are left to Qdrant (1 on a single node).
 */
export interface CollectionDistribution {
  shardNumber?: number;
  replicationFactor?: number;
  writeConsistencyFactor?: number;
}

const FIELDS = {
  shardNumber: 'shard_number',
  replicationFactor: 'replication_factor',
  writeConsistencyFactor: 'write_consistency_factor',
} as const satisfies Record<keyof CollectionDistribution, string>;

/** Qdrant's limit for these fields (uint32). */
const MAX = 0xffffffff;

/**
 * Reads the three settings from a form or a JSON config: empty means unset; anything else must be
 * a positive integer, named by Qdrant's field name when it is not. A write consistency above the
 * replication factor could never be met, so it is refused here rather than on every write.
 */
export function parseDistribution(
  input: Partial<Record<keyof CollectionDistribution, unknown>>,
): CollectionDistribution {
  const out: CollectionDistribution = {};
  for (const [key, field] of Object.entries(FIELDS) as [keyof CollectionDistribution, string][]) {
    const raw = input[key];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const value = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX)
      throw new RangeError(`${field}: expected a positive whole number, got ${JSON.stringify(raw)}`);
    out[key] = value;
  }
  if (out.writeConsistencyFactor !== undefined && out.writeConsistencyFactor > (out.replicationFactor ?? 1))
    throw new RangeError(
      `write_consistency_factor: ${out.writeConsistencyFactor} is more than the replication_factor (${out.replicationFactor ?? 1}): no write could ever succeed`,
    );
  return out;
}

/** The fields of Qdrant's create-collection body (only those set). */
export function distributionBody(d: CollectionDistribution | undefined): Record<string, number> {
  const body: Record<string, number> = {};
  if (!d) return body;
  for (const [key, field] of Object.entries(FIELDS) as [keyof CollectionDistribution, string][])
    if (d[key] !== undefined) body[field] = d[key];
  return body;
}
