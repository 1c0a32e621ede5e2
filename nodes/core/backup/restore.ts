import * as fs from 'node:fs';
import type { QdrantGateway } from '../qdrant/gateway.js';
import { hashFile, readManifest, type BackupManifest } from './backup-dir.js';
import { BackupInputError } from './errors.js';
import { observed, type BackupObserver } from './observer.js';

export interface RestoreOptions {
  /** The snapshot file (its manifest `<file>.json` beside it names the collection and the sha256). */
  file: string;
  /** Collection to restore into; defaults to the one the manifest names. */
  collection?: string;
  /** sha256 (hex) to check the file against when it has no manifest. */
  checksum?: string;
  /** Timeout for the upload and the server's recovery together. */
  uploadTimeoutMs?: number;
  observer?: BackupObserver;
}

export interface RestoreResult {
  collection: string;
  file: string;
  size: number;
  sha256: string;
  /** Whether a collection of that name was there (and was replaced). */
  replaced: boolean;
  points: number;
}

export interface VerifiedBackup {
  file: string;
  size: number;
  sha256: string;
  manifest?: BackupManifest;
}

/**
 * Reads the whole file and checks it against its manifest (or the checksum given): a truncated or
 * altered backup is refused here, before the server is asked anything.
 */
export async function verifyBackupFile(file: string, checksum?: string): Promise<VerifiedBackup> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new BackupInputError(`backup file ${file} does not exist`);
  }
  if (!stat.isFile()) throw new BackupInputError(`backup file ${file} is not a file`);
  const manifest = readManifest(file);
  const expected = checksum?.trim().toLowerCase() || manifest?.sha256;
  if (!expected)
    throw new BackupInputError(
      `backup file ${file} has no manifest (${file}.json) and no checksum was given: it cannot be verified, so it is not restored`,
    );
  if (!/^[0-9a-f]{64}$/.test(expected))
    throw new BackupInputError(`checksum: expected 64 hexadecimal digits (sha256), got ${JSON.stringify(checksum)}`);
  const actual = await hashFile(file);
  if (manifest && !checksum && actual.size !== manifest.size)
    throw new BackupInputError(
      `backup file ${file} is damaged: ${actual.size} bytes, the manifest says ${manifest.size} (truncated?); nothing was restored`,
    );
  if (actual.sha256 !== expected)
    throw new BackupInputError(
      `backup file ${file} is damaged: its sha256 is ${actual.sha256}, expected ${expected}; nothing was restored`,
    );
  return { file, size: actual.size, sha256: actual.sha256, ...(manifest ? { manifest } : {}) };
}

/**
 * Restores a collection from a backup file: verified first (nothing is touched if it is damaged),
 * checked to come from the same kind of store, then uploaded with its checksum so the server
 * refuses it too if it arrives damaged. The embedded store builds the new collection beside the
 * old one and swaps only when it is complete, so a failed restore leaves the old one as it was.
 */
export async function restoreBackup(gateway: QdrantGateway, options: RestoreOptions): Promise<RestoreResult> {
  return observed(
    options.observer,
    'restore',
    options.collection?.trim() || manifestCollection(options.file) || 'unknown',
    async () => {
      const verified = await verifyBackupFile(options.file, options.checksum);
      const collection = options.collection?.trim() || verified.manifest?.collection;
      if (!collection)
        throw new BackupInputError(
          'collection: name the collection to restore into (the backup has no manifest naming it)',
        );
      const about = await gateway.about();
      const target = about.embedded ? 'ragwire-embedded' : 'qdrant';
      const source = verified.manifest?.source.store;
      if (source && source !== target) {
        throw new BackupInputError(
          `backup file ${options.file} was made by ${describeStore(source)} and cannot be restored into ${describeStore(target)} ` +
            '(their snapshot formats differ): copy the collection with `ragwire copy` instead',
        );
      }
      const replaced = (await gateway.listCollections()).includes(collection);
      await gateway.uploadSnapshotFile(collection, options.file, {
        checksum: verified.sha256,
        timeoutMs: options.uploadTimeoutMs,
      });
      const points = await gateway.count(collection);
      return { collection, file: options.file, size: verified.size, sha256: verified.sha256, replaced, points };
    },
    (r) => r.size,
  );
}

/** The collection a manifest names, for the observer's label before anything is verified. */
function manifestCollection(file: string): string | undefined {
  try {
    return readManifest(file)?.collection;
  } catch {
    return undefined;
  }
}

function describeStore(store: 'qdrant' | 'ragwire-embedded'): string {
  return store === 'qdrant' ? 'a Qdrant server' : "Ragwire's embedded store";
}
