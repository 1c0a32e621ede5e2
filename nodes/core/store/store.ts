import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DirLock } from './dir-lock.js';
import { DurableCollection, fsyncDir, type DurabilityOptions } from './durable-collection.js';
import { alreadyExists, collectionNotFound, notFound, StoreError, validationError, wrongInput } from './errors.js';
import { ImageError, readImage } from './image.js';
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
 * The embedded Qdrant-compatible store: a directory of collections, each durable on its own, and
 * their snapshots. One process at a time (DirLock). Layout:
 *   collections/<name>/   config.json, image.bin, wal-*.log
 *   snapshots/<name>/     <name>-<ms>-<date>.snapshot (+ .checksum)
 */
export class EmbeddedStore {
  private readonly collections = new Map<string, DurableCollection>();
  private readonly durability: DurabilityOptions;
  private closed = false;

  private constructor(
    readonly root: string,
    private readonly lock: DirLock,
    options: StoreOptions,
  ) {
    this.durability = { fsync: options.fsync ?? true, checkpointBytes: options.checkpointBytes ?? 64 * 1024 * 1024 };
  }

  static open(options: StoreOptions): EmbeddedStore {
    const root = path.resolve(options.path);
    fs.mkdirSync(root, { recursive: true });
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
    fs.mkdirSync(this.collectionsDir, { recursive: true });
    fs.mkdirSync(this.snapshotsDir, { recursive: true });
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
    return this.collections.has(name);
  }

  collection(name: string): DurableCollection {
    this.assertOpen();
    const c = this.collections.get(name);
    if (!c) throw collectionNotFound(name);
    return c;
  }

  createCollection(name: string, config: CollectionConfig): void {
    this.assertOpen();
    checkCollectionName(name);
    if (this.collections.has(name)) throw alreadyExists(name);
    const dir = this.collectionDir(name);
    const tmp = this.tempDir('create');
    DurableCollection.initialise(tmp, config);
    fs.renameSync(tmp, dir);
    fsyncDir(this.collectionsDir);
    this.collections.set(name, DurableCollection.open(name, dir, this.durability));
  }

  deleteCollection(name: string): boolean {
    this.assertOpen();
    const c = this.collections.get(name);
    if (!c) return false;
    c.close();
    this.collections.delete(name);
    const trash = this.tempDir('delete');
    fs.rmSync(trash, { recursive: true });
    fs.renameSync(this.collectionDir(name), trash);
    fsyncDir(this.collectionsDir);
    fs.rmSync(trash, { recursive: true, force: true });
    return true;
  }

  createSnapshot(name: string): SnapshotDescription {
    const c = this.collection(name);
    const dir = this.snapshotDir(name);
    fs.mkdirSync(dir, { recursive: true });
    const now = new Date();
    const stamp = now.toISOString().slice(0, 19).replace(/[T:]/g, '-');
    const file = `${name}-${now.getTime()}-${stamp}.snapshot`;
    const tmp = path.join(dir, `.${file}.tmp`);
    const checksum = c.writeImage(tmp);
    fs.renameSync(tmp, path.join(dir, file));
    fs.writeFileSync(path.join(dir, `${file}.checksum`), checksum);
    fsyncDir(dir);
    return this.describeSnapshot(name, file);
  }

  listSnapshots(name: string): SnapshotDescription[] {
    this.collection(name);
    const dir = this.snapshotDir(name);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.snapshot') && !f.startsWith('.'))
      .sort()
      .map((f) => this.describeSnapshot(name, f));
  }

  /** Path of an existing snapshot file; 404 if there is none by that name. */
  snapshotPath(name: string, snapshot: string): string {
    this.collection(name);
    const file = path.join(this.snapshotDir(name), snapshot);
    if (
      !snapshot.endsWith('.snapshot') ||
      path.basename(snapshot) !== snapshot ||
      snapshot.startsWith('.') ||
      !fs.existsSync(file)
    ) {
      throw notFound(`Snapshot ${snapshot} not found`);
    }
    return file;
  }

  deleteSnapshot(name: string, snapshot: string): void {
    const file = this.snapshotPath(name, snapshot);
    fs.rmSync(file);
    fs.rmSync(`${file}.checksum`, { force: true });
  }

  /**
   * Replaces (or creates) collection `name` with the contents of a snapshot image. The image is
   * verified first (its own sha256, and `checksum` of the whole file when given); the swap is two
   * renames, recovered on open if interrupted.
   */
  recoverSnapshot(name: string, image: Buffer, checksum?: string): void {
    this.assertOpen();
    checkCollectionName(name);
    if (checksum !== undefined) {
      const actual = createHash('sha256').update(image).digest('hex');
      if (actual !== checksum.toLowerCase()) {
        throw wrongInput(`Snapshot checksum mismatch: expected ${checksum}, got ${actual}`);
      }
    }
    let decoded;
    try {
      decoded = readImage(image);
    } catch (err) {
      if (err instanceof ImageError) throw wrongInput(`Invalid snapshot: ${err.message}`);
      throw err;
    }
    const tmp = this.tempDir('recover');
    DurableCollection.initialiseFromImage(tmp, image, decoded.config);
    const dir = this.collectionDir(name);
    const existing = this.collections.get(name);
    if (existing) {
      existing.close();
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
    return path.join(this.snapshotsDir, encodeURIComponent(name));
  }

  private tempDir(kind: string): string {
    const dir = path.join(
      this.collectionsDir,
      `.${kind}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    );
    fs.mkdirSync(dir);
    return dir;
  }
}

function checkCollectionName(name: string): void {
  if (name.length === 0 || name.length > 255 || FORBIDDEN_NAME.test(name) || name.startsWith('.')) {
    throw validationError(
      `collection_name: ${JSON.stringify(name)} is not a valid collection name: 1 to 255 characters, not starting with '.', none of <>:"/\\|?*`,
    );
  }
}
