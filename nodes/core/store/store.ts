import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { AliasRegistry } from './aliases.js';
import { DirLock } from './dir-lock.js';
import { fsyncDir } from '../durable-file.js';
import { DEFAULT_ERASURE_DELAY_MS, DurableCollection, type DurabilityOptions } from './durable-collection.js';
import { alreadyExists, collectionNotFound, notFound, StoreError, validationError, wrongInput } from './errors.js';
import { ImageError, readImageFile, writeFully } from './image.js';
import { OWNER_ONLY_DIR, OWNER_ONLY_FILE, restrictTree } from './owner-only.js';
import { publishUnique } from './snapshot-name.js';
import type { CollectionConfig } from './types.js';

export interface StoreOptions extends Partial<DurabilityOptions> {
  /** Directory holding the store; created if missing. */
  path: string;
}

export interface SnapshotDescription {
  name: string;
  creation_time: string | null;
  size: number;
  checksum: string | null;
}

const FORBIDDEN_NAME = /[<>:"/\\|?*\0]/;
/**
 * A collection's folder is its encoded name, and `.replaced-<folder>` must fit too: file systems
 * take 255 bytes per name.
 */
const MAX_FOLDER_NAME_BYTES = 255 - '.replaced-'.length;
/** Snapshot file names start with the collection name, cut to this many bytes. */
const SNAPSHOT_PREFIX_BYTES = 200;

/** Where a snapshot to recover comes from: bytes received, or a verified file of the snapshots folder. */
export type SnapshotSource = { bytes: Buffer } | { file: string };

/**
 * The embedded Qdrant-compatible store: a directory of collections, each durable on its own, and
 * their snapshots. One process at a time (DirLock). Layout:
 *   collections/<name>/   config.json, image.bin, wal-*.log
 *   snapshots/<name>/     <name>-<ms>-<date>.snapshot (+ .checksum)
 */
/** A background job stopped because the store is closing; not an error to report. */
export class BackgroundCancelled extends Error {
  constructor() {
    super('The store is closing: background work cancelled');
  }
}

export class EmbeddedStore {
  private readonly collections = new Map<string, DurableCollection>();
  private readonly durability: DurabilityOptions;
  private closed = false;
  private closing = false;
  /**
   * Background work (snapshots with wait=false) by what it snapshots: one job per key runs at a
   * time, later requests wait their turn, so a client looping on wait=false cannot start any number
   * of full image writes at once. closeAfterBackground() awaits them before releasing the folder.
   */
  private readonly backgroundQueues = new Map<string, Promise<void>>();
  private readonly backgroundJobs = new Set<Promise<void>>();
  /** Alternative names of collections (aliases.json); every collection lookup resolves them. */
  aliases!: AliasRegistry;

  private constructor(
    readonly root: string,
    private readonly lock: DirLock,
    options: StoreOptions,
  ) {
    this.durability = {
      fsync: options.fsync ?? true,
      checkpointBytes: options.checkpointBytes ?? 64 * 1024 * 1024,
      erasureDelayMs: options.erasureDelayMs ?? DEFAULT_ERASURE_DELAY_MS,
      onBackgroundError: options.onBackgroundError,
    };
  }

  static open(options: StoreOptions): EmbeddedStore {
    const root = path.resolve(options.path);
    fs.mkdirSync(root, { recursive: true, mode: OWNER_ONLY_DIR });
    const lock = DirLock.acquire(root);
    try {
      const store = new EmbeddedStore(root, lock, options);
      store.load();
      return store;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  get snapshotsDir(): string {
    return path.join(this.root, 'snapshots');
  }

  private get collectionsDir(): string {
    return path.join(this.root, 'collections');
  }

  private load(): void {
    fs.mkdirSync(this.collectionsDir, { recursive: true, mode: OWNER_ONLY_DIR });
    fs.mkdirSync(this.snapshotsDir, { recursive: true, mode: OWNER_ONLY_DIR });
    restrictTree(this.collectionsDir);
    restrictTree(this.snapshotsDir);
    this.aliases = AliasRegistry.open(path.join(this.root, 'aliases.json'));
    // Full-storage snapshots interrupted while being written (see full-snapshot.ts).
    for (const f of fs.readdirSync(this.snapshotsDir))
      if (f.startsWith('.') && f.endsWith('.tmp')) fs.rmSync(path.join(this.snapshotsDir, f), { force: true });
    // Snapshots interrupted while being written may hold data erased since.
    for (const folder of fs.readdirSync(this.snapshotsDir, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const dir = path.join(this.snapshotsDir, folder.name);
      for (const f of fs.readdirSync(dir)) if (f.startsWith('.') && f.endsWith('.tmp')) fs.rmSync(path.join(dir, f));
    }
    const entries = fs.readdirSync(this.collectionsDir);
    for (const entry of entries) {
      const full = path.join(this.collectionsDir, entry);
      const replaced = /^\.replaced-(.+)$/.exec(entry);
      if (replaced && !entries.includes(replaced[1])) {
        // A crash between the two renames of a snapshot recovery: the old collection comes back.
        fs.renameSync(full, path.join(this.collectionsDir, replaced[1]));
        entries.push(replaced[1]);
      } else if (entry.startsWith('.')) {
        fs.rmSync(full, { recursive: true, force: true }); // unfinished creation, deletion or recovery
      }
    }
    for (const entry of fs.readdirSync(this.collectionsDir)) {
      if (entry.startsWith('.')) continue;
      const name = decodeURIComponent(entry);
      this.collections.set(name, DurableCollection.open(name, path.join(this.collectionsDir, entry), this.durability));
    }
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  exists(name: string): boolean {
    return this.collections.has(this.aliases.target(name) ?? name);
  }

  /** The collection of that name, or the one an alias of that name stands for (as Qdrant resolves it). */
  collection(name: string): DurableCollection {
    this.assertOpen();
    const c = this.collections.get(this.aliases.target(name) ?? name);
    if (!c) throw collectionNotFound(name);
    return c;
  }

  createCollection(name: string, config: CollectionConfig): void {
    this.assertOpen();
    checkCollectionName(name);
    if (this.collections.has(name)) throw alreadyExists(name);
    if (this.aliases.has(name))
      throw wrongInput(`Can't create collection with name ${name}. Alias with the same name already exists`);
    const dir = this.collectionDir(name);
    const tmp = this.tempDir('create');
    try {
      DurableCollection.initialise(tmp, config);
      fs.renameSync(tmp, dir);
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw err;
    }
    fsyncDir(this.collectionsDir);
    this.collections.set(name, DurableCollection.open(name, dir, this.durability));
  }

  deleteCollection(name: string): boolean {
    this.assertOpen();
    this.aliases.removeCollection(name);
    const c = this.collections.get(name);
    if (!c) return false;
    c.close(true);
    this.collections.delete(name);
    const trash = this.tempDir('delete');
    fs.rmSync(trash, { recursive: true });
    fs.renameSync(this.collectionDir(name), trash);
    fsyncDir(this.collectionsDir);
    fs.rmSync(trash, { recursive: true, force: true });
    return true;
  }

  /** Writes a snapshot of the collection as it is now; queries and writes go on meanwhile. */
  async createSnapshot(name: string): Promise<SnapshotDescription> {
    const c = this.collection(name);
    const dir = this.snapshotDir(name);
    fs.mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
    const now = new Date();
    const stamp = now.toISOString().slice(0, 19).replace(/[T:]/g, '-');
    const prefix = truncateUtf8(name, SNAPSHOT_PREFIX_BYTES);
    // Unique to this call: two snapshots of the same millisecond must not write one temporary file.
    const tmp = path.join(dir, `.${prefix}-${now.getTime()}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    let file: string;
    try {
      const checksum = await c.writeImage(tmp);
      this.assertNotClosing();
      // A name taken by a snapshot of the same millisecond: the next millisecond's, and so on.
      file = publishUnique(tmp, dir, (i) => `${prefix}-${now.getTime() + i}-${stamp}.snapshot`);
      fs.writeFileSync(path.join(dir, `${file}.checksum`), checksum, { mode: OWNER_ONLY_FILE });
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw err;
    }
    fsyncDir(dir);
    return this.describeSnapshot(name, file);
  }

  /**
   * Runs work the client does not wait for (a snapshot with `wait=false`, answered 202 at once, as
   * Qdrant does); a failure goes to onBackgroundError, as other background work's does.
   */
  inBackground(key: string, work: () => Promise<unknown>): void {
    this.assertOpen();
    const previous = this.backgroundQueues.get(key) ?? Promise.resolve();
    const job: Promise<void> = previous
      // A job still queued when the store closes does not start: the folder is no longer ours.
      .then(() => (this.closing || this.closed ? undefined : work()))
      .then(
        () => undefined,
        (err: unknown) => {
          if (!(err instanceof BackgroundCancelled)) this.durability.onBackgroundError?.(err);
        },
      )
      .finally(() => {
        this.backgroundJobs.delete(job);
        if (this.backgroundQueues.get(key) === job) this.backgroundQueues.delete(key);
      });
    this.backgroundJobs.add(job);
    this.backgroundQueues.set(key, job);
  }

  /** A snapshot of collection `name` with wait=false: after the running one of the same collection. */
  snapshotInBackground(name: string): void {
    this.collection(name); // a missing collection is still a 404, as in Qdrant
    const target = this.aliases.target(name) ?? name;
    this.inBackground(`collection/${encodeURIComponent(target)}`, () => this.createSnapshot(name));
  }

  /** Background jobs running or waiting (tests, and close). */
  get backgroundCount(): number {
    return this.backgroundJobs.size;
  }

  /**
   * Throws when the store is closing, so background work stops before it publishes a file into a
   * folder that a new store, another process or a restore may already be using.
   */
  assertNotClosing(): void {
    if (this.closing || this.closed) throw new BackgroundCancelled();
  }

  /**
   * Closes once background snapshots have settled: queued ones do not start, a running one stops
   * at its next check (assertNotClosing) and removes its temporary files; then the lock is released.
   */
  async closeAfterBackground(): Promise<void> {
    this.closing = true;
    while (this.backgroundJobs.size > 0) await Promise.allSettled([...this.backgroundJobs]);
    this.close();
  }

  listSnapshots(name: string): SnapshotDescription[] {
    this.collection(name);
    const dir = this.snapshotDir(name);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.snapshot') && !f.name.startsWith('.'))
      .map((f) => f.name)
      .sort()
      .map((f) => this.describeSnapshot(name, f));
  }

  /**
   * Path of an existing snapshot file; 404 if there is none by that name. Only regular files
   * directly in the collection's snapshots folder count: a symlink planted there (to /etc/passwd,
   * say) is not a snapshot. The file is opened with O_NOFOLLOW when served or read.
   */
  snapshotPath(name: string, snapshot: string): string {
    this.collection(name);
    const file = path.join(this.snapshotDir(name), snapshot);
    if (
      !snapshot.endsWith('.snapshot') ||
      path.basename(snapshot) !== snapshot ||
      snapshot.startsWith('.') ||
      !this.isSnapshotFile(file)
    ) {
      throw notFound(`Snapshot ${snapshot} not found`);
    }
    return file;
  }

  /** A regular file (not a symlink) whose real folder lies inside the real snapshots folder. */
  isSnapshotFile(file: string): boolean {
    try {
      if (!fs.lstatSync(file).isFile()) return false;
      const inside = path.relative(fs.realpathSync(this.snapshotsDir), fs.realpathSync(path.dirname(file)));
      return !inside.startsWith('..') && !path.isAbsolute(inside);
    } catch {
      return false;
    }
  }

  deleteSnapshot(name: string, snapshot: string): void {
    const file = this.snapshotPath(name, snapshot);
    fs.rmSync(file);
    fs.rmSync(`${file}.checksum`, { force: true });
  }

  /**
   * Replaces (or creates) collection `name` with the contents of a snapshot image. The image is
   * placed in a new collection folder and verified there as a stream (its own sha256, and
   * `checksum` of the whole file when given); the swap is two renames, recovered on open if
   * interrupted.
   */
  recoverSnapshot(name: string, source: SnapshotSource, checksum?: string): void {
    this.assertOpen();
    name = this.aliases.target(name) ?? name; // recovering "into" an alias recovers its collection
    checkCollectionName(name);
    const tmp = this.tempDir('recover');
    try {
      const image = path.join(tmp, 'image.bin');
      if ('bytes' in source) writeOwnerOnly(image, source.bytes);
      else copyNoFollow(source.file, image);
      let info;
      try {
        info = readImageFile(image);
      } catch (err) {
        if (err instanceof ImageError) throw wrongInput(`Invalid snapshot: ${err.message}`);
        throw err;
      }
      if (checksum !== undefined && info.sha256 !== checksum.toLowerCase()) {
        throw wrongInput(`Snapshot checksum mismatch: expected ${checksum}, got ${info.sha256}`);
      }
      DurableCollection.initialise(tmp, info.config); // beside the verified image.bin
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw err;
    }
    const dir = this.collectionDir(name);
    const existing = this.collections.get(name);
    if (existing) {
      existing.close(true);
      this.collections.delete(name);
      const replaced = path.join(this.collectionsDir, `.replaced-${path.basename(dir)}`);
      fs.rmSync(replaced, { recursive: true, force: true });
      fs.renameSync(dir, replaced);
      fs.renameSync(tmp, dir);
      fsyncDir(this.collectionsDir);
      fs.rmSync(replaced, { recursive: true, force: true });
    } else {
      fs.renameSync(tmp, dir);
      fsyncDir(this.collectionsDir);
    }
    this.collections.set(name, DurableCollection.open(name, dir, this.durability));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.closing = true; // a background snapshot still running stops at its next check
    for (const c of this.collections.values()) c.close();
    this.collections.clear();
    this.lock.release();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(500, 'Service internal error: the store is closed');
  }

  private describeSnapshot(name: string, file: string): SnapshotDescription {
    const full = path.join(this.snapshotDir(name), file);
    const stat = fs.statSync(full);
    let checksum: string | null;
    try {
      checksum = fs.readFileSync(`${full}.checksum`, 'utf8').trim();
    } catch {
      checksum = null;
    }
    return { name: file, creation_time: stat.mtime.toISOString().slice(0, 19), size: stat.size, checksum };
  }

  private collectionDir(name: string): string {
    return path.join(this.collectionsDir, encodeURIComponent(name));
  }

  private snapshotDir(name: string): string {
    return path.join(this.snapshotsDir, encodeURIComponent(this.aliases.target(name) ?? name));
  }

  private tempDir(kind: string): string {
    const dir = path.join(
      this.collectionsDir,
      `.${kind}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    );
    fs.mkdirSync(dir, { mode: OWNER_ONLY_DIR });
    return dir;
  }
}

function checkCollectionName(name: string): void {
  if (name.length === 0 || name.length > 255 || FORBIDDEN_NAME.test(name) || name.startsWith('.')) {
    throw validationError(
      `collection_name: ${JSON.stringify(name)} is not a valid collection name: 1 to 255 characters, not starting with '.', none of <>:"/\\|?*`,
    );
  }
  const folderBytes = Buffer.byteLength(encodeURIComponent(name));
  if (folderBytes > MAX_FOLDER_NAME_BYTES) {
    throw wrongInput(
      `collection name ${JSON.stringify(truncateUtf8(name, 40) + '…')} is too long for the file system: ` +
        `${folderBytes} bytes as a folder name, at most ${MAX_FOLDER_NAME_BYTES} ` +
        "(ASCII letters, digits and -_.!~*'() take 1 byte, other characters 3 to 12)",
    );
  }
}

/** The longest prefix of `text` that fits `bytes` in UTF-8, cut between characters. */
function truncateUtf8(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

function writeOwnerOnly(file: string, bytes: Buffer): void {
  const fd = fs.openSync(file, 'wx', OWNER_ONLY_FILE);
  try {
    writeFully(fd, bytes);
    fs.fsyncSync(fd); // durable before the folder is renamed into place
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies a file chunk by chunk, refusing a symlink at the source (O_NOFOLLOW). */
function copyNoFollow(from: string, to: string): void {
  const src = fs.openSync(from, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    if (!fs.fstatSync(src).isFile()) throw notFound(`Snapshot file ${from} does not exist`);
    const dst = fs.openSync(to, 'wx', OWNER_ONLY_FILE);
    try {
      const buffer = Buffer.allocUnsafe(1024 * 1024);
      for (let n; (n = fs.readSync(src, buffer, 0, buffer.length, null)) > 0;) writeFully(dst, buffer.subarray(0, n));
      fs.fsyncSync(dst); // durable before the folder is renamed into place
    } finally {
      fs.closeSync(dst);
    }
  } finally {
    fs.closeSync(src);
  }
}
