import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isTransient, QdrantGatewayError } from '../qdrant/gateway-error.js';
import type { QdrantGateway, SnapshotInfo } from '../qdrant/gateway.js';
import { OWNER_ONLY_FILE } from '../store/owner-only.js';
import { fsyncDir, writeFileAtomic } from '../durable-file.js';
import {
  collectionDir,
  ensureOwnerOnlyDir,
  hiddenTemp,
  MANIFEST_SUFFIX,
  newSnapshotName,
  partialPath,
  pruneBackups,
  checkPruneOptions,
  type BackupEntry,
  type BackupManifest,
  type PruneResult,
} from './backup-dir.js';
import { BackupInputError, BackupRunError } from './errors.js';
import { observed, type BackupObserver } from './observer.js';

export interface BackupOptions {
  /** Where backups go (created owner-only if missing). */
  dest: string;
  /** Collection names, or undefined / 'all' for every collection on the server. */
  collections?: string[] | 'all';
  /** After a collection's backup, keep only its N newest. */
  keep?: number;
  /** After a collection's backup, delete its backups older than this (never the newest). */
  maxAgeMs?: number;
  /** Attempts for a download cut off by a network failure (the snapshot stays on the server meanwhile). */
  downloadAttempts?: number;
  observer?: BackupObserver;
  now?: () => Date;
}

export interface BackupResult {
  backups: BackupEntry[];
  pruned: PruneResult['deleted'];
}

/** The collections a request names: the list as given (trimmed, no duplicates), or all of the server's. */
export async function resolveCollections(
  gateway: QdrantGateway,
  collections: string[] | 'all' | undefined,
): Promise<string[]> {
  if (collections === undefined || collections === 'all') return (await gateway.listCollections()).sort();
  const names = [...new Set(collections.map((c) => c.trim()).filter((c) => c !== ''))];
  if (names.length === 0) throw new BackupInputError('collections: name at least one collection, or "all"');
  return names;
}

/**
 * Backs up collections: for each one a snapshot on the server, downloaded to `dest` as a stream
 * into a hidden partial file, checked against the server's size and sha256, then renamed into
 * place and committed by its manifest; the server's copy is deleted after. A failed collection
 * leaves no file that looks like a backup; the others are still backed up, and the run then
 * fails naming each failure.
 */
export async function backupCollections(gateway: QdrantGateway, options: BackupOptions): Promise<BackupResult> {
  checkPruneOptions({ keep: options.keep, maxAgeMs: options.maxAgeMs });
  const names = await resolveCollections(gateway, options.collections);
  ensureOwnerOnlyDir(options.dest);
  const about = await gateway.about();
  const result: BackupResult = { backups: [], pruned: [] };
  const failures: { collection: string; error: Error }[] = [];
  for (const collection of names) {
    try {
      const entry = await observed(
        options.observer,
        'backup',
        collection,
        () => backupOne(gateway, collection, about, options),
        (e) => e.size,
      );
      result.backups.push(entry);
    } catch (err) {
      failures.push({ collection, error: err as Error });
      continue;
    }
    if (options.keep !== undefined || options.maxAgeMs !== undefined) {
      const pruned = pruneBackups(options.dest, {
        keep: options.keep,
        maxAgeMs: options.maxAgeMs,
        collections: [collection],
        now: options.now?.(),
        observer: options.observer,
      });
      result.pruned.push(...pruned.deleted);
    }
  }
  if (failures.length > 0) throw new BackupRunError('backup', failures, names.length);
  return result;
}

async function backupOne(
  gateway: QdrantGateway,
  collection: string,
  about: { version: string; embedded: boolean },
  options: BackupOptions,
): Promise<BackupEntry> {
  const points = await gateway.count(collection);
  const snapshot = await gateway.createSnapshot(collection);
  try {
    const createdAt = (options.now?.() ?? new Date()).toISOString();
    const dir = collectionDir(options.dest, collection);
    ensureOwnerOnlyDir(dir);
    const name = newSnapshotName(new Date(createdAt));
    const file = path.join(dir, name);
    const sha256 = await downloadVerified(gateway, collection, snapshot, partialPath(dir, name), file, options);
    const manifest: BackupManifest = {
      format: 'ragwire-backup',
      version: 1,
      collection,
      file: name,
      size: snapshot.size,
      sha256,
      createdAt,
      source: { store: about.embedded ? 'ragwire-embedded' : 'qdrant', version: about.version },
      points,
    };
    writeFileAtomic(
      file + MANIFEST_SUFFIX,
      `${JSON.stringify(manifest, null, 2)}\n`,
      hiddenTemp(file + MANIFEST_SUFFIX),
    );
    return { ...manifest, path: file };
  } finally {
    // The server keeps its snapshots until deleted: the backup directory is where they live.
    await gateway.deleteSnapshot(collection, snapshot.name).catch(() => undefined);
  }
}

/**
 * Downloads into `partial`, hashing as it goes, and renames it to `file` only when size and
 * sha256 match what the server announced. Network failures are retried (a download is a read).
 */
async function downloadVerified(
  gateway: QdrantGateway,
  collection: string,
  snapshot: SnapshotInfo,
  partial: string,
  file: string,
  options: BackupOptions,
): Promise<string> {
  const attempts = options.downloadAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const sha256 = await downloadOnce(gateway, collection, snapshot, partial);
      fs.renameSync(partial, file);
      fsyncDir(path.dirname(file));
      return sha256;
    } catch (err) {
      fs.rmSync(partial, { force: true });
      const retry = err instanceof QdrantGatewayError && isTransient(err) && attempt < attempts;
      if (!retry) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

async function downloadOnce(
  gateway: QdrantGateway,
  collection: string,
  snapshot: SnapshotInfo,
  partial: string,
): Promise<string> {
  const download = await gateway.openSnapshotDownload(collection, snapshot.name);
  const hash = createHash('sha256');
  let size = 0;
  const fd = fs.openSync(partial, 'wx', OWNER_ONLY_FILE);
  try {
    for await (const chunk of download.chunks) {
      hash.update(chunk);
      size += chunk.length;
      for (let off = 0; off < chunk.length;) off += fs.writeSync(fd, chunk, off, chunk.length - off);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const sha256 = hash.digest('hex');
  const damaged = (what: string) =>
    new QdrantGatewayError('download snapshot', collection, undefined, `the download is damaged: ${what}`);
  if (size !== snapshot.size) throw damaged(`${size} bytes received, the server announced ${snapshot.size}`);
  if (snapshot.checksum && sha256 !== snapshot.checksum.toLowerCase())
    throw damaged(`sha256 ${sha256}, the server announced ${snapshot.checksum}`);
  return sha256;
}
