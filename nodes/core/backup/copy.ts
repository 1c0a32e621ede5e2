import { randomInt } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PointId, QdrantGateway } from '../qdrant/gateway.js';
import { resolveCollections } from './backup.js';
import { writeFileAtomic } from '../durable-file.js';
import { ensureOwnerOnlyDir, hiddenTemp } from './backup-dir.js';
import { BackupInputError, BackupRunError } from './errors.js';
import { observed, type BackupObserver } from './observer.js';
import { RagwireError, type ErrorKind } from '../errors.js';

export interface CopyOptions {
  /** Collection names, or undefined / 'all' for every collection of the source. */
  collections?: string[] | 'all';
  /** Where the copy records how far it got, so a rerun continues there. Removed once everything is copied. */
  progressFile: string;
  /** The endpoints as the user named them: a progress file is only resumed for the same pair. */
  from: string;
  to: string;
  /** Points per scroll and upsert (default 256). */
  batchSize?: number;
  /** Points compared exactly (ids, vectors, payloads) at the end, drawn evenly from the whole collection. */
  sampleSize?: number;
  /** Replace a collection that already exists at the target (else the copy refuses it). */
  overwrite?: boolean;
  observer?: BackupObserver;
  /** Called after each batch is written and recorded. */
  onBatch?: (progress: { collection: string; copied: number }) => void | Promise<void>;
}

export interface CopiedCollection {
  collection: string;
  points: number;
  /** Points copied by an earlier, interrupted run and not copied again. */
  resumedAt: number;
  /** Points compared exactly after the copy. */
  sampled: number;
  /** Points written by this run, as JSON bytes (vectors and payloads). */
  bytes: number;
}

export interface CopyResult {
  collections: CopiedCollection[];
}

interface CollectionProgress {
  /** copying: `next` is where to scroll on; copied: all points written, not verified yet; done: verified. */
  state: 'copying' | 'copied' | 'done';
  next: PointId | null;
  copied: number;
  /** A uniform sample of the ids copied so far (reservoir sampling), compared at the end. */
  sample: PointId[];
}

interface Progress {
  format: 'ragwire-copy-progress';
  version: 1;
  from: string;
  to: string;
  collections: Record<string, CollectionProgress>;
}

/** The copy finished but source and target differ; the message says how. */
export class CopyVerificationError extends RagwireError {
  /** The target store did not keep what it was sent. */
  readonly errorKind: ErrorKind = 'upstream';

  constructor(message: string) {
    super(message);
    this.name = 'CopyVerificationError';
  }
}

/**
 * Copies collections between two Qdrant-API endpoints (a Qdrant server, `ragwire store`, or the
 * embedded store in this process): the vector configuration, metadata and payload indexes, then
 * the points in batches (scroll with vectors and payloads, upsert with wait). The progress file
 * records after every batch where the next one starts: an interrupted copy run again with the same
 * file continues there (batches written twice are harmless: same ids). Each collection is verified
 * at the end: equal counts, and a sample of points compared exactly.
 */
export async function copyCollections(
  source: QdrantGateway,
  target: QdrantGateway,
  options: CopyOptions,
): Promise<CopyResult> {
  const batchSize = options.batchSize ?? 256;
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 10_000))
    throw new BackupInputError(`batch size: expected a whole number from 1 to 10000, got ${options.batchSize}`);
  const names = await resolveCollections(source, options.collections);
  const progress = readProgress(options);
  const result: CopyResult = { collections: [] };
  const failures: { collection: string; error: Error }[] = [];
  for (const collection of names) {
    try {
      result.collections.push(
        await observed(
          options.observer,
          'copy',
          collection,
          () => copyOne(source, target, collection, progress, { ...options, batchSize }),
          (c) => c.bytes,
        ),
      );
    } catch (err) {
      failures.push({ collection, error: err as Error });
    }
  }
  if (failures.length > 0) throw new BackupRunError('copy', failures, names.length);
  fs.rmSync(options.progressFile, { force: true });
  return result;
}

async function copyOne(
  source: QdrantGateway,
  target: QdrantGateway,
  collection: string,
  progress: Progress,
  options: CopyOptions & { batchSize: number },
): Promise<CopiedCollection> {
  const save = () => writeFileAtomic(options.progressFile, JSON.stringify(progress), hiddenTemp(options.progressFile));
  let entry = progress.collections[collection];
  const exists = (await target.listCollections()).includes(collection);
  if (!entry || (entry.state !== 'done' && !exists)) {
    if (exists) {
      if (!options.overwrite)
        throw new BackupInputError(
          `collection "${collection}" already exists at ${options.to}: delete it there, or copy with overwrite (--overwrite)`,
        );
      await target.deleteCollection(collection);
    }
    await target.createCollectionFrom(collection, await source.collectionLayout(collection));
    entry = { state: 'copying', next: null, copied: 0, sample: [] };
    progress.collections[collection] = entry;
    save();
  }
  const resumedAt = entry.copied;
  const sampleSize = options.sampleSize ?? 100;
  let bytes = 0;
  while (entry.state === 'copying') {
    const page = await source.scrollPage(collection, { offset: entry.next, limit: options.batchSize });
    if (page.points.length > 0) {
      await target.upsertStored(collection, page.points);
      bytes += Buffer.byteLength(JSON.stringify(page.points));
    }
    for (const p of page.points) {
      entry.copied++;
      if (entry.sample.length < sampleSize) entry.sample.push(p.id);
      else {
        const j = randomInt(entry.copied);
        if (j < sampleSize) entry.sample[j] = p.id;
      }
    }
    entry.next = page.next;
    if (page.next === null) entry.state = 'copied';
    save();
    await options.onBatch?.({ collection, copied: entry.copied });
  }
  if (entry.state === 'copied') {
    await verifyCopy(source, target, collection, entry.sample, options.to);
    entry.state = 'done';
    save();
  }
  return { collection, points: entry.copied, resumedAt, sampled: entry.sample.length, bytes };
}

/** Equal exact counts, and the sampled points identical: ids, vectors and payloads. */
async function verifyCopy(
  source: QdrantGateway,
  target: QdrantGateway,
  collection: string,
  sample: PointId[],
  to: string,
): Promise<void> {
  const [from, copied] = await Promise.all([source.count(collection), target.count(collection)]);
  if (from !== copied)
    throw new CopyVerificationError(
      `collection "${collection}" has ${from} points at the source but ${copied} at ${to} (was the source written to during the copy?)`,
    );
  const [a, b] = await Promise.all([source.retrieve(collection, sample), target.retrieve(collection, sample)]);
  const byId = new Map(b.map((p) => [String(p.id), p]));
  for (const p of a) {
    const q = byId.get(String(p.id));
    if (!q) throw new CopyVerificationError(`collection "${collection}": point ${p.id} is missing at ${to}`);
    for (const part of ['vector', 'payload'] as const) {
      if (canonical(p[part]) !== canonical(q[part]))
        throw new CopyVerificationError(`collection "${collection}": point ${p.id} has a different ${part} at ${to}`);
    }
  }
}

/** JSON with object keys sorted: equal values give equal text whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}

function readProgress(options: CopyOptions): Progress {
  let text: string;
  try {
    text = fs.readFileSync(options.progressFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    ensureOwnerOnlyDir(path.dirname(path.resolve(options.progressFile)));
    return { format: 'ragwire-copy-progress', version: 1, from: options.from, to: options.to, collections: {} };
  }
  let p: Progress;
  try {
    p = JSON.parse(text) as Progress;
  } catch {
    throw new BackupInputError(`progress file ${options.progressFile} is not valid JSON: delete it to start over`);
  }
  if (p?.format !== 'ragwire-copy-progress' || typeof p.collections !== 'object' || p.collections === null)
    throw new BackupInputError(`progress file ${options.progressFile} is not a Ragwire copy progress file`);
  if (p.from !== options.from || p.to !== options.to)
    throw new BackupInputError(
      `progress file ${options.progressFile} belongs to a copy from ${p.from} to ${p.to}, not from ${options.from} to ${options.to}: ` +
        'finish that one, or delete the file',
    );
  return p;
}
