import * as fs from 'node:fs';
import * as path from 'node:path';
import { fsyncDir, writeFileAtomic } from '../durable-file.js';
import { Collection, type ScoredPoint, type SearchRequest } from './collection.js';
import type { IndexState } from './hnsw-collection.js';
import { isBackgroundTmp } from './hnsw-file.js';
import { configFromJson, configToJson, scalarQuantizationOf, type StoredConfig } from './config-codec.js';
import type { Predicate } from './filter.js';
import { readImageFile, writeImage, writeImageAsync } from './image.js';
import { parseJson } from './json.js';
import { decodePoints, encodePoints } from './point-codec.js';
import { pointIdFromJson, pointIdToJson } from './point-id.js';
import type {
  CollectionConfig,
  CollectionUpdate,
  PointId,
  PointInput,
  PointRecord,
  ScalarQuantization,
  VectorParams,
  VectorParamsUpdate,
} from './types.js';
import type { VectorSpace } from './vector-space.js';
import { WriteAheadLog } from './wal.js';

const OP_UPSERT = 1;
/** The HNSW graphs of the collection's vectors (see hnsw-file.ts). */
const INDEX_FILE = 'hnsw.bin';
const OP_DELETE = 2;
/**
 * The HNSW graphs are saved once writes have paused this long (the index's own build delay): the
 * save is synchronous (the whole graph, hashed and fsynced: ~0.1 s at 100k points, ~1 s at 1M), so
 * during a stream of writes it would stall them; a build that waited for writes to stop saves at once.
 */
const INDEX_SAVE_QUIET_MS = 300;

export interface DurabilityOptions {
  /** fdatasync every acknowledged write (survives power loss, not only a killed process). */
  fsync: boolean;
  /** Write a checkpoint image and cut the WAL once it grows past this many bytes. */
  checkpointBytes: number;
  /**
   * Erasure bound: after a delete, or an upsert that changes a payload, a checkpoint rewrites the
   * image and cuts the WAL within this many milliseconds, so the old payload is no longer in any
   * file. 0 does it before the write returns. Writes in between share one checkpoint. For a
   * collection whose checkpoint takes longer than a quarter of this, the wait is 4x the last
   * checkpoint's duration instead, so erasure never takes more than a fifth of the store's time.
   */
  erasureDelayMs: number;
  /** Where a failed background (erasure) checkpoint is reported; it is retried on the next write. */
  onBackgroundError?: (err: unknown) => void;
}

export const DEFAULT_ERASURE_DELAY_MS = 1000;

/**
 * A collection kept in memory and made durable in its own directory:
 * `config.json`, `image.bin` (last checkpoint) and `wal-*.log` (writes since).
 * Every write is in the WAL before it is applied and acknowledged.
 */
export class DurableCollection {
  private nextVersion: number;
  /** Set while deleted or replaced data still sits in the WAL or the image. */
  private erasureTimer: NodeJS.Timeout | undefined;
  private erasurePending = false;
  private lastCheckpointMs = 0;
  /** When the last write was logged (performance.now()), and the deferred graph save, if any. */
  private lastWriteAt = 0;
  private indexSaveTimer: NodeJS.Timeout | undefined;
  /** The checkpoint being written in the background, if any (see checkpointInBackground). */
  private running: BackgroundCheckpoint | undefined;
  /** Another background checkpoint is wanted once the running one ends. */
  private again = false;

  private constructor(
    readonly name: string,
    private readonly dir: string,
    private readonly data: Collection,
    private readonly wal: WriteAheadLog,
    nextVersion: number,
    private readonly options: DurabilityOptions,
  ) {
    this.nextVersion = nextVersion;
    // HNSW graphs are saved when a background build completes, once writes pause (see saveIndexesWhenQuiet).
    data.indexes.onBuilt(
      () => this.saveIndexesWhenQuiet(),
      (err) => this.options.onBackgroundError?.(err),
    );
  }

  /** Creates the directory contents of a new collection (the caller makes it appear atomically). */
  static initialise(dir: string, config: CollectionConfig): void {
    writeFileAtomic(path.join(dir, 'config.json'), JSON.stringify(configToJson(config)));
  }

  static open(name: string, dir: string, options: DurabilityOptions): DurableCollection {
    let config = configFromJson(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as StoredConfig);
    // A checkpoint interrupted by a crash may have left a partial image with erased data in it.
    for (const leftover of fs.readdirSync(dir).filter(
      (f) =>
        /^image\.bin(\.\d+)?\.tmp$|^image\.bin\.old$|^config\.json\.tmp$/.test(f) ||
        f === `${INDEX_FILE}.tmp` ||
        isBackgroundTmp(f, INDEX_FILE) ||
        // Files of vectors on disk are written again as the collection loads (or no longer used).
        /^vectors-[0-9a-f]*\.f32$/.test(f),
    ))
      fs.rmSync(path.join(dir, leftover), { force: true });
    const imageFile = path.join(dir, 'image.bin');
    let nextVersion = 1;
    let fromSegment = 1;
    let data = new Collection(config);
    if (fs.existsSync(imageFile)) {
      // Streamed chunk by chunk into a collection made from the image's own config.
      let loaded: Collection | undefined;
      const image = readImageFile(imageFile, (imageConfig) => {
        // config.json holds what changes after creation: payload indexes and per-vector options.
        const vectors = new Map(
          [...imageConfig.vectors].map(([n, p]) => {
            const recorded = config.vectors.get(n);
            return [n, recorded?.size === p.size ? { ...p, ...vectorOptions(recorded) } : p];
          }),
        );
        const target = new Collection({
          ...imageConfig,
          vectors,
          payloadIndexes: config.payloadIndexes,
          metadata: config.metadata ?? imageConfig.metadata,
          settings: config.settings ?? imageConfig.settings,
          sparseVectors: config.sparseVectors ?? imageConfig.sparseVectors,
        });
        useVectorFiles(target, dir);
        loaded = target;
        return (batch) => target.appendBatch(batch);
      });
      config = (loaded as Collection).config;
      data = loaded as Collection;
      nextVersion = image.header.nextVersion;
      fromSegment = image.header.nextWalSegment;
    } else useVectorFiles(data, dir);
    data.enableHnsw();
    const sizes = new Map([...config.vectors].map(([n, p]) => [n, p.size]));
    let erased = false;
    const wal = WriteAheadLog.open(dir, fromSegment, options.fsync, (body) => {
      const version = body.readDoubleLE(1);
      nextVersion = Math.max(nextVersion, version + 1);
      const rest = body.subarray(9);
      if (body[0] === OP_UPSERT) erased = data.upsert(decodePoints(rest, sizes), version) || erased;
      else if (body[0] === OP_DELETE) {
        data.delete((parseJson(rest.toString('utf8')) as unknown[]).map(pointIdFromJson));
        erased = true;
      } else throw new Error(`collection ${name}: unknown WAL record type ${body[0]}`);
    });
    // The WAL's vectors too go to the files of vectors on disk, so none is held after opening.
    for (const space of vectorSpaces(data)) space.flushSync();
    const collection = new DurableCollection(name, dir, data, wal, nextVersion, options);
    data.indexes.load(path.join(dir, INDEX_FILE));
    // A crash before the erasure bound: finish the erasure now.
    if (erased) collection.checkpoint();
    return collection;
  }

  get config(): CollectionConfig {
    return this.data.config;
  }

  get size(): number {
    return this.data.size;
  }

  prepareVectors(vectors: Map<string, ArrayLike<number>>): Map<string, Float32Array> {
    return this.data.prepareVectors(vectors);
  }

  preparePoints(
    raw: {
      id: PointId;
      payload: PointInput['payload'];
      vectors: Map<string, ArrayLike<number>>;
      sparse?: PointInput['sparse'];
    }[],
  ): PointInput[] {
    return this.data.preparePoints(raw);
  }

  /** Sparse search and prefetch rescoring: see Collection. */
  searchSparse(req: Parameters<Collection['searchSparse']>[0]): ScoredPoint[] {
    return this.data.searchSparse(req);
  }

  scoreIds(...args: Parameters<Collection['scoreIds']>): ScoredPoint[] {
    return this.data.scoreIds(...args);
  }

  isSparse(name: string): boolean {
    return this.data.isSparse(name);
  }

  higherIsBetter(using: string): boolean {
    return this.data.higherIsBetter(using);
  }

  /**
   * Points must come from prepareVectors or preparePoints. Returns the operation id (the last one).
   * Many points (a payload update by a filter may rewrite millions) are logged as several records
   * (recordsOf), each its own operation applied in turn, so no record, and no encoding buffer,
   * grows with the request. So an upsert of more than one record is NOT atomic: a crash, or a
   * failed write (disk full), between two records keeps the earlier ones (replayed after a restart)
   * although the request was never acknowledged. Qdrant differs here: it logs one operation as one
   * WAL entry and replays it whole. Updates by filter (point-updates.ts) are several upserts too.
   */
  upsert(points: PointInput[]): number {
    let version = 0;
    let replacedPayload = false;
    for (const record of recordsOf(points)) {
      version = this.nextVersion++;
      this.log(OP_UPSERT, version, encodePoints(record));
      if (this.data.upsert(record, version)) replacedPayload = true;
    }
    this.maybeCheckpoint();
    if (replacedPayload || this.erasurePending) this.scheduleErasure();
    return version;
  }

  /** Returns the operation id (the last one: a delete by filter of many points is logged in records of RECORD_IDS). */
  delete(ids: PointId[]): number {
    let version = this.nextVersion++;
    const present = ids.filter((id) => this.data.has(id));
    if (present.length > 0) {
      for (let start = 0; start < present.length; start += RECORD_IDS) {
        if (start > 0) version = this.nextVersion++;
        const record = present.slice(start, start + RECORD_IDS);
        this.log(OP_DELETE, version, Buffer.from(JSON.stringify(record.map(pointIdToJson))));
        this.data.delete(record);
      }
      this.maybeCheckpoint();
      this.scheduleErasure();
    }
    return version;
  }

  select(predicate: Predicate): PointId[] {
    return this.data.select(predicate);
  }

  get(id: PointId): PointRecord | undefined {
    return this.data.get(id);
  }

  count(predicate: Predicate): number {
    return this.data.count(predicate);
  }

  scroll(predicate: Predicate, limit: number, offset?: PointId): { points: PointRecord[]; next: PointId | null } {
    return this.data.scroll(predicate, limit, offset);
  }

  search(req: SearchRequest): ScoredPoint[] {
    return this.data.search(req);
  }

  /** Every selected point, best first, one at a time (see Collection.ranked). */
  ranked(req: Omit<SearchRequest, 'limit' | 'offset'>): Generator<ScoredPoint> {
    return this.data.ranked(req);
  }

  /** ranked() with the scan on a worker thread when it is worth it (see Collection.rankedAsync). */
  rankedAsync(req: Omit<SearchRequest, 'limit' | 'offset'>): Promise<Iterable<ScoredPoint>> {
    return this.data.rankedAsync(req);
  }

  /** search() with large unfiltered scans on a worker thread (see Collection.searchAsync). */
  searchAsync(req: SearchRequest): Promise<ScoredPoint[]> {
    return this.data.searchAsync(req);
  }

  /** Whether an HNSW build is running or due, and how many vectors the graphs hold. */
  indexState(): IndexState {
    return this.data.indexes.state();
  }

  /** Writes the HNSW graphs next to the image, when they changed and no build is changing them. */
  saveIndexes(): void {
    if (!this.data.indexes.saveable) return;
    try {
      this.data.indexes.save(path.join(this.dir, INDEX_FILE));
    } catch (err) {
      this.options.onBackgroundError?.(err); // the graph is rebuilt on the next open if needed
    }
  }

  /** saveIndexesInBackground() now if no write came for INDEX_SAVE_QUIET_MS, else once that holds. */
  private saveIndexesWhenQuiet(): void {
    const wait = this.lastWriteAt + INDEX_SAVE_QUIET_MS - performance.now();
    if (wait <= 0) {
      this.saveIndexesInBackground();
      return;
    }
    if (this.indexSaveTimer) return;
    this.indexSaveTimer = setTimeout(() => {
      this.indexSaveTimer = undefined;
      this.saveIndexesWhenQuiet();
    }, wait);
    // Not kept alive for it: close() saves the graphs.
    this.indexSaveTimer.unref();
  }

  /** saveIndexes() a chunk at a time, while the store serves. */
  private saveIndexesInBackground(): void {
    if (!this.data.indexes.saveable) return;
    this.data.indexes.saveInBackground(path.join(this.dir, INDEX_FILE), (err) => this.options.onBackgroundError?.(err));
  }

  /** Turns scalar quantization on or off (the int8 copy is rebuilt from the vectors) and records it. */
  setQuantization(quantization: ScalarQuantization | undefined): void {
    this.data.setQuantization(quantization);
    writeFileAtomic(path.join(this.dir, 'config.json'), JSON.stringify(configToJson(this.data.config)));
  }

  setPayloadIndex(field: string, schema: unknown | undefined): void {
    const indexes = { ...this.data.config.payloadIndexes };
    if (schema === undefined) delete indexes[field];
    else indexes[field] = schema;
    this.data.config.payloadIndexes = indexes;
    writeFileAtomic(path.join(this.dir, 'config.json'), JSON.stringify(configToJson(this.data.config)));
  }

  /**
   * Records a PATCH, merged as Qdrant merges it: vector options and HNSW/optimizer settings by key,
   * quantization replaced, metadata keys set (null removes one). Vector names were checked by the caller.
   */
  update(update: CollectionUpdate): void {
    const config = this.data.config;
    for (const [name, options] of update.vectors) {
      const current = config.vectors.get(name);
      if (current) config.vectors.set(name, { ...current, ...options });
    }
    // Merged in place: the collection's sparse index reads the modifier from the same object.
    for (const [name, given] of update.sparseVectors ?? []) {
      const current = config.sparseVectors?.get(name);
      if (!current) continue;
      if (given.modifier !== undefined) current.modifier = given.modifier;
      if (given.index) current.index = { ...current.index, ...given.index };
    }
    const settings = { ...config.settings };
    const given = update.settings;
    if (given.hnsw_config) settings.hnsw_config = { ...settings.hnsw_config, ...given.hnsw_config };
    if (given.optimizers_config)
      settings.optimizers_config = { ...settings.optimizers_config, ...given.optimizers_config };
    if (given.quantization_config !== undefined) {
      settings.quantization_config = given.quantization_config;
      this.data.setQuantization(scalarQuantizationOf(given.quantization_config));
    }
    if (given.on_disk_payload !== undefined) settings.on_disk_payload = given.on_disk_payload;
    config.settings = settings;
    this.data.indexes.reconfigure();
    if (update.metadata) {
      const metadata = { ...config.metadata };
      for (const [key, value] of Object.entries(update.metadata)) {
        if (value === null) delete metadata[key];
        else metadata[key] = value;
      }
      config.metadata = metadata;
    }
    writeFileAtomic(path.join(this.dir, 'config.json'), JSON.stringify(configToJson(this.data.config)));
  }

  /**
   * Writes the collection as it is now as one image file (the snapshot format), a chunk at a time
   * while queries and writes go on. Returns the file's sha256.
   */
  async writeImage(file: string): Promise<string> {
    const view = this.data.pointInTime(this.nextVersion);
    try {
      const meta = { nextVersion: this.nextVersion, nextWalSegment: this.wal.segment };
      return (await writeImageAsync(file, this.name, view, meta)) as string;
    } finally {
      view.close();
    }
  }

  /**
   * Writes a checkpoint now, before returning: start a new WAL segment, write the image of
   * everything before it, then drop the old segments. A crash at any step leaves an image plus
   * the segments it lacks. A background checkpoint still running is abandoned (this one covers it).
   */
  checkpoint(): void {
    const started = performance.now();
    this.cancelBackground();
    this.erasurePending = false;
    clearTimeout(this.erasureTimer);
    this.erasureTimer = undefined;
    const segment = this.wal.rotate();
    const tmp = path.join(this.dir, 'image.bin.tmp');
    const view = this.data.pointInTime(this.nextVersion);
    try {
      writeImage(tmp, this.name, view, { nextVersion: this.nextVersion, nextWalSegment: segment });
    } finally {
      view.close();
    }
    this.install(tmp, segment);
    for (const space of vectorSpaces(this.data)) space.flushSync();
    this.saveIndexes();
    this.lastCheckpointMs = performance.now() - started;
  }

  /** Resolves once no background checkpoint or graph save is running or wanted (tests, benchmarks). */
  async settled(): Promise<void> {
    while (this.running) await this.running.done;
    // A graph save waiting for writes to pause, then the save itself.
    while (this.indexSaveTimer) await new Promise((resolve) => setTimeout(resolve, 20));
    await this.data.indexes.saved();
  }

  /**
   * A checkpoint that does not stall: the WAL is rotated at once, and the image of
   * everything before the rotation is written from a point-in-time view a chunk at a time, while
   * writes go on into the new segment. Only then does the image replace the old one and the old
   * segments go. One runs at a time; a request meanwhile runs another when it ends.
   */
  private checkpointInBackground(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    const run: BackgroundCheckpoint = { cancelled: false, done: Promise.resolve(), tmp: undefined };
    this.running = run;
    run.done = this.writeCheckpoint(run).finally(() => {
      if (this.running !== run) return;
      this.running = undefined;
      if (this.again) this.checkpointInBackground();
    });
  }

  private async writeCheckpoint(run: BackgroundCheckpoint): Promise<void> {
    const started = performance.now();
    const erasing = this.erasurePending;
    this.erasurePending = false;
    clearTimeout(this.erasureTimer);
    this.erasureTimer = undefined;
    const segment = this.wal.rotate();
    const tmp = path.join(this.dir, `image.bin.${segment}.tmp`);
    run.tmp = tmp;
    const view = this.data.pointInTime(this.nextVersion);
    // Vectors on disk written since the last checkpoint leave memory (on the thread pool, meanwhile).
    // A failed flush loses nothing (the rows stay in memory, the next checkpoint tries again), but an
    // erasure it was to complete is not complete: it stays pending.
    const flushed = Promise.all(vectorSpaces(this.data).map((space) => space.flush())).catch((err: unknown) => {
      if (erasing) this.erasurePending = true;
      this.options.onBackgroundError?.(err);
    });
    try {
      const meta = { nextVersion: this.nextVersion, nextWalSegment: segment };
      const done = await writeImageAsync(tmp, this.name, view, meta, () => run.cancelled);
      await flushed;
      if (done === null || run.cancelled) return;
      await this.installInBackground(tmp, segment, run);
      this.saveIndexesWhenQuiet();
      this.lastCheckpointMs = performance.now() - started;
    } catch (err) {
      if (run.cancelled) return; // the collection was closed or checkpointed meanwhile
      fs.rmSync(tmp, { force: true });
      if (erasing) this.erasurePending = true; // retried by the next write, at close, or at the next open
      this.options.onBackgroundError?.(err);
    } finally {
      view.close();
    }
  }

  /** The finished image replaces the old one; the segments it contains go (with any erased data). */
  private install(tmp: string, segment: number): void {
    fs.renameSync(tmp, path.join(this.dir, 'image.bin'));
    fsyncDir(this.dir);
    this.wal.dropBefore(segment);
  }

  /**
   * install() without its stall: the previous image is kept under another name while the new one
   * takes its place, then unlinked on the thread pool with the old WAL segments (freeing the
   * blocks of a large file takes seconds on ext4). The checkpoint is done once they are gone.
   */
  private async installInBackground(tmp: string, segment: number, run: BackgroundCheckpoint): Promise<void> {
    const image = path.join(this.dir, 'image.bin');
    const previous = path.join(this.dir, 'image.bin.old');
    await fs.promises.rm(previous, { force: true });
    if (run.cancelled) return;
    try {
      fs.linkSync(image, previous);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    fs.renameSync(tmp, image);
    fsyncDir(this.dir);
    await Promise.all([fs.promises.rm(previous, { force: true }), this.wal.dropBeforeInBackground(segment)]);
  }

  private cancelBackground(): void {
    if (!this.running) return;
    this.running.cancelled = true;
    // Removed now: the writer only notices between chunks, and the folder may be about to go.
    if (this.running.tmp) fs.rmSync(this.running.tmp, { force: true });
    this.running = undefined;
    this.again = false;
  }

  /**
   * Finishes a pending erasure (the bound holds across a clean shutdown), then closes the WAL.
   * `discard`: the folder is about to be removed whole (collection deleted or replaced).
   */
  close(discard = false): void {
    try {
      // A background checkpoint without erasure to finish is abandoned: the WAL holds its writes,
      // and writing a large image here would hold up the shutdown.
      this.data.indexes.close();
      if (this.erasurePending && !discard) this.checkpoint();
      else if (!discard) this.saveIndexes();
    } catch (err) {
      // Closing goes on (the store's lock must be released); the WAL still holds the delete, so
      // the next open finishes the erasure.
      this.options.onBackgroundError?.(err);
    } finally {
      this.cancelBackground();
      clearTimeout(this.indexSaveTimer);
      this.indexSaveTimer = undefined;
      clearTimeout(this.erasureTimer);
      this.wal.close();
      for (const space of vectorSpaces(this.data)) space.closeFile();
    }
  }

  /**
   * Deleted or replaced data is still in the WAL (and maybe the image): checkpoint at once, or
   * within erasureDelayMs, so bursts of deletes share one checkpoint.
   */
  private scheduleErasure(): void {
    this.erasurePending = true;
    if (this.options.erasureDelayMs <= 0) {
      this.checkpoint();
      return;
    }
    if (this.erasureTimer) return;
    this.erasureTimer = setTimeout(
      () => {
        this.erasureTimer = undefined;
        if (this.erasurePending) this.checkpointInBackground();
      },
      Math.max(this.options.erasureDelayMs, 4 * this.lastCheckpointMs),
    );
    // A pending erasure must not keep the process alive: close() and the next open finish it.
    this.erasureTimer.unref();
  }

  private log(op: number, version: number, body: Buffer): void {
    const head = Buffer.allocUnsafe(9);
    head[0] = op;
    head.writeDoubleLE(version, 1);
    this.wal.append([head, body]);
    this.lastWriteAt = performance.now();
  }

  private maybeCheckpoint(): void {
    if (this.wal.size > this.options.checkpointBytes) this.checkpointInBackground();
  }
}

/** Ids per WAL record of a delete, at most (a delete by filter may select millions). */
const RECORD_IDS = 65_536;
/** Points per WAL record of an upsert, at most. */
const RECORD_POINTS = 2048;
/** Vector bytes per WAL record of an upsert, at most (unless one point alone has more). */
const RECORD_VECTOR_BYTES = 4 * 1024 * 1024;

/** Consecutive slices of `points`, each within RECORD_POINTS and RECORD_VECTOR_BYTES (one slice when empty). */
function recordsOf(points: PointInput[]): PointInput[][] {
  if (points.length <= 1) return [points];
  const out: PointInput[][] = [];
  let start = 0;
  let bytes = 0;
  points.forEach((p, i) => {
    let size = 0;
    for (const v of p.vectors.values()) size += v.length * 4;
    if (i > start && (i - start === RECORD_POINTS || bytes + size > RECORD_VECTOR_BYTES)) {
      out.push(points.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  out.push(points.slice(start));
  return out;
}

interface BackgroundCheckpoint {
  cancelled: boolean;
  done: Promise<void>;
  /** The partial image being written. */
  tmp: string | undefined;
}

/** The vector spaces of a collection whose floats live in a file (`on_disk`). */
function vectorSpaces(data: Collection): VectorSpace[] {
  return data
    .vectorNames()
    .map((name) => data.space(name))
    .filter((space) => space.onDisk);
}

/**
 * Gives each vector on disk its file in the collection's folder (emptied: the image and WAL being
 * loaded fill it). Named by the vector's name in hex, which may hold any character.
 */
function useVectorFiles(data: Collection, dir: string): void {
  for (const name of data.vectorNames()) {
    const space = data.space(name);
    if (space.onDisk) space.useFile(path.join(dir, `vectors-${Buffer.from(name).toString('hex')}.f32`));
  }
}

function vectorOptions(p: VectorParams): VectorParamsUpdate {
  const out: VectorParamsUpdate = {};
  if (p.on_disk !== undefined) out.on_disk = p.on_disk;
  if (p.hnsw_config !== undefined) out.hnsw_config = p.hnsw_config;
  if (p.quantization_config !== undefined) out.quantization_config = p.quantization_config;
  return out;
}
