import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OWNER_ONLY_DIR } from '../store/owner-only.js';
import { BackupInputError } from './errors.js';
import { tell, type BackupObserver } from './observer.js';

/**
 * A backup directory: one folder per collection (its name percent-encoded), and in it
 *   <time>-<random>.snapshot        the snapshot file as the server produced it
 *   <time>-<random>.snapshot.json   its manifest, written last: a backup exists once it is there
 *   .<...>.partial                  a download in progress (never listed, never restored)
 * Folders 0700, files 0600: snapshots hold the payload texts.
 */
export const MANIFEST_SUFFIX = '.json';
const SNAPSHOT_EXT = '.snapshot';
const PARTIAL_EXT = '.partial';
/** Leftovers of a crashed run older than this are removed by prune (a running download is younger). */
const STALE_MS = 6 * 60 * 60 * 1000;

export interface BackupManifest {
  format: 'ragwire-backup';
  version: 1;
  collection: string;
  /** The snapshot file's name, beside the manifest. */
  file: string;
  size: number;
  sha256: string;
  createdAt: string;
  /** Which kind of server made it: a snapshot restores only onto the same kind (and Qdrant minor version). */
  source: { store: 'qdrant' | 'ragwire-embedded'; version: string };
  /** Points counted just before the snapshot (informative: writes may have happened since). */
  points: number;
}

export interface BackupEntry extends BackupManifest {
  /** Full path of the snapshot file. */
  path: string;
}

export function collectionDir(dest: string, collection: string): string {
  return path.join(dest, encodeURIComponent(collection));
}

export function ensureOwnerOnlyDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
}

/** A new, unused snapshot file name in time order: `2026-12-02T22-40-00.123Z-1a2b3c.snapshot`. */
export function newSnapshotName(now: Date): string {
  return `${now.toISOString().replace(/:/g, '-')}-${randomBytes(3).toString('hex')}${SNAPSHOT_EXT}`;
}

export function partialPath(dir: string, name: string): string {
  return path.join(dir, `.${name}${PARTIAL_EXT}`);
}

/** A hidden temporary name beside `file`, unique to this process (cleared as a leftover after six hours). */
export function hiddenTemp(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/** sha256 (hex) and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** The manifest beside a snapshot file, checked for its shape; undefined when there is none. */
export function readManifest(snapshotFile: string): BackupManifest | undefined {
  let text: string;
  try {
    text = fs.readFileSync(snapshotFile + MANIFEST_SUFFIX, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let m: Partial<BackupManifest>;
  try {
    m = JSON.parse(text) as Partial<BackupManifest>;
  } catch {
    throw new BackupInputError(`the manifest ${snapshotFile}${MANIFEST_SUFFIX} is not valid JSON`);
  }
  if (
    m?.format !== 'ragwire-backup' ||
    typeof m.collection !== 'string' ||
    typeof m.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(m.sha256) ||
    typeof m.size !== 'number'
  ) {
    throw new BackupInputError(`the manifest ${snapshotFile}${MANIFEST_SUFFIX} is not a Ragwire backup manifest`);
  }
  return m as BackupManifest;
}

/**
 * The backups in `dest`, newest first within each collection (collections in name order). Only
 * complete ones: a manifest whose snapshot file is there with the recorded size.
 */
export function listBackups(dest: string, collections?: string[]): BackupEntry[] {
  if (!fs.existsSync(dest)) return [];
  const out: BackupEntry[] = [];
  const wanted = collections ? new Set(collections) : undefined;
  for (const folder of fs.readdirSync(dest, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
    let collection: string;
    try {
      collection = decodeURIComponent(folder.name);
    } catch {
      continue; // not a folder of ours
    }
    if (wanted && !wanted.has(collection)) continue;
    const dir = path.join(dest, folder.name);
    const found: BackupEntry[] = [];
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith('.') || !f.endsWith(SNAPSHOT_EXT + MANIFEST_SUFFIX)) continue;
      const file = path.join(dir, f.slice(0, -MANIFEST_SUFFIX.length));
      let manifest: BackupManifest | undefined;
      try {
        manifest = readManifest(file);
      } catch {
        continue; // a damaged manifest is no backup
      }
      if (!manifest || manifest.collection !== collection) continue;
      let size: number;
      try {
        size = fs.statSync(file).size;
      } catch {
        continue;
      }
      if (size === manifest.size) found.push({ ...manifest, path: file });
    }
    found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    out.push(...found);
  }
  return out.sort((a, b) => (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : 0));
}

export interface PruneOptions {
  /** Keep this many newest backups per collection (at least 1). */
  keep?: number;
  /** Delete backups older than this, except each collection's newest: a backup job that stopped never leaves none. */
  maxAgeMs?: number;
  collections?: string[];
  now?: Date;
  /** Told once per collection looked at (bytes: what was deleted). */
  observer?: BackupObserver;
}

export interface PruneResult {
  deleted: { collection: string; path: string; createdAt: string; size: number }[];
  kept: number;
}

/**
 * Deletes backups beyond `keep` per collection and older than `maxAgeMs`, manifest first (so a
 * half-deleted backup is never listed), and leftovers of crashed runs (partial downloads,
 * snapshot files without a manifest) older than six hours.
 */
export function pruneBackups(dest: string, options: PruneOptions): PruneResult {
  checkPruneOptions(options);
  const now = (options.now ?? new Date()).getTime();
  const result: PruneResult = { deleted: [], kept: 0 };
  const byCollection = new Map<string, BackupEntry[]>();
  for (const b of listBackups(dest, options.collections)) {
    byCollection.set(b.collection, [...(byCollection.get(b.collection) ?? []), b]);
  }
  for (const [collection, backups] of byCollection) {
    const started = process.hrtime.bigint();
    let bytes = 0;
    backups.forEach((b, i) => {
      const beyondCount = options.keep !== undefined && i >= options.keep;
      const tooOld = options.maxAgeMs !== undefined && i > 0 && now - Date.parse(b.createdAt) > options.maxAgeMs;
      if (!beyondCount && !tooOld) {
        result.kept++;
        return;
      }
      fs.rmSync(b.path + MANIFEST_SUFFIX, { force: true });
      fs.rmSync(b.path, { force: true });
      result.deleted.push({ collection: b.collection, path: b.path, createdAt: b.createdAt, size: b.size });
      bytes += b.size;
    });
    tell(options.observer, {
      operation: 'prune',
      collection,
      outcome: 'success',
      durationSeconds: Number(process.hrtime.bigint() - started) / 1e9,
      bytes,
    });
  }
  removeLeftovers(dest, now, options.collections);
  return result;
}

export function checkPruneOptions(options: PruneOptions): void {
  if (options.keep !== undefined && !(Number.isInteger(options.keep) && options.keep >= 1))
    throw new BackupInputError(`keep: expected a whole number of backups of at least 1, got ${options.keep}`);
  if (options.maxAgeMs !== undefined && !(options.maxAgeMs > 0))
    throw new BackupInputError(`maximum age: expected a positive duration, got ${options.maxAgeMs} ms`);
}

function removeLeftovers(dest: string, now: number, collections?: string[]): void {
  if (!fs.existsSync(dest)) return;
  const wanted = collections ? new Set(collections.map((c) => encodeURIComponent(c))) : undefined;
  for (const folder of fs.readdirSync(dest, { withFileTypes: true })) {
    if (!folder.isDirectory() || (wanted && !wanted.has(folder.name))) continue;
    const dir = path.join(dest, folder.name);
    for (const f of fs.readdirSync(dir)) {
      const file = path.join(dir, f);
      const orphan =
        (f.startsWith('.') && (f.endsWith(PARTIAL_EXT) || f.endsWith('.tmp'))) ||
        (f.endsWith(SNAPSHOT_EXT) && !fs.existsSync(file + MANIFEST_SUFFIX));
      if (!orphan) continue;
      try {
        if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
      } catch {
        // gone meanwhile
      }
    }
  }
}
