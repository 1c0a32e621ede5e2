import * as fs from 'node:fs';
import * as path from 'node:path';
import { fsyncDir, writeFileAtomic } from '../durable-file.js';
import { Collection, type ScoredPoint, type SearchRequest } from './collection.js';
import { configFromJson, configToJson, scalarQuantizationOf, type StoredConfig } from './config-codec.js';
import type { Predicate } from './filter.js';
import { readImageFile, writeImage } from './image.js';
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
import { WriteAheadLog } from './wal.js';

const OP_UPSERT = 1;
const OP_DELETE = 2;

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

  private constructor(
    readonly name: string,
    private readonly dir: string,
    private readonly data: Collection,
    private readonly wal: WriteAheadLog,
    nextVersion: number,
    private readonly options: DurabilityOptions,
  ) {
    this.nextVersion = nextVersion;
  }

  /** Creates the directory contents of a new collection (the caller makes it appear atomically). */
  static initialise(dir: string, config: CollectionConfig): void {
    writeFileAtomic(path.join(dir, 'config.json'), JSON.stringify(configToJson(config)));
  }

  static open(name: string, dir: string, options: DurabilityOptions): DurableCollection {
    let config = configFromJson(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as StoredConfig);
    // A checkpoint interrupted by a crash may have left a partial image with erased data in it.
    for (const leftover of ['image.bin.tmp', 'config.json.tmp']) fs.rmSync(path.join(dir, leftover), { force: true });
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
        loaded = target;
        return (batch) => target.appendBatch(batch);
      });
      config = (loaded as Collection).config;
      data = loaded as Collection;
      nextVersion = image.header.nextVersion;
      fromSegment = image.header.nextWalSegment;
    }
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
    const collection = new DurableCollection(name, dir, data, wal, nextVersion, options);
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

  /** Points must come from prepareVectors or preparePoints. Returns the operation id. */
  upsert(points: PointInput[]): number {
    const version = this.nextVersion++;
    this.log(OP_UPSERT, version, encodePoints(points));
    const replacedPayload = this.data.upsert(points, version);
    this.maybeCheckpoint();
    if (replacedPayload || this.erasurePending) this.scheduleErasure();
    return version;
  }

  delete(ids: PointId[]): number {
    const version = this.nextVersion++;
    const present = ids.filter((id) => this.data.has(id));
    if (present.length > 0) {
      this.log(OP_DELETE, version, Buffer.from(JSON.stringify(present.map(pointIdToJson))));
      this.data.delete(present);
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

  /** search() with large unfiltered scans on a worker thread (see Collection.searchAsync). */
  searchAsync(req: SearchRequest): Promise<ScoredPoint[]> {
    return this.data.searchAsync(req);
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

  /** Writes the collection as one image file (the snapshot format). Returns the file's sha256. */
  writeImage(file: string): string {
    return writeImage(file, this.name, this.data, { nextVersion: this.nextVersion, nextWalSegment: this.wal.segment });
  }

  /**
   * Writes a checkpoint: start a new WAL segment, write the image of everything before it, then
   * drop the old segments. A crash at any step leaves an image plus the segments it lacks.
   */
  checkpoint(): void {
    const started = performance.now();
    this.erasurePending = false;
    clearTimeout(this.erasureTimer);
    this.erasureTimer = undefined;
    const segment = this.wal.rotate();
    const tmp = path.join(this.dir, 'image.bin.tmp');
    writeImage(tmp, this.name, this.data, { nextVersion: this.nextVersion, nextWalSegment: segment });
    // The rename unlinks the previous image, and dropBefore the segments holding erased data.
    fs.renameSync(tmp, path.join(this.dir, 'image.bin'));
    fsyncDir(this.dir);
    this.wal.dropBefore(segment);
    this.lastCheckpointMs = performance.now() - started;
  }

  /**
   * Finishes a pending erasure (the bound holds across a clean shutdown), then closes the WAL.
   * `discard`: the folder is about to be removed whole (collection deleted or replaced).
   */
  close(discard = false): void {
    try {
      if (this.erasurePending && !discard) this.checkpoint();
    } catch (err) {
      // Closing goes on (the store's lock must be released); the WAL still holds the delete, so
      // the next open finishes the erasure.
      this.options.onBackgroundError?.(err);
    } finally {
      clearTimeout(this.erasureTimer);
      this.wal.close();
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
        if (!this.erasurePending) return;
        try {
          this.checkpoint();
        } catch (err) {
          this.erasurePending = true; // retried by the next write, at close, or at the next open
          this.options.onBackgroundError?.(err);
        }
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
  }

  private maybeCheckpoint(): void {
    if (this.wal.size > this.options.checkpointBytes) this.checkpoint();
  }
}

function vectorOptions(p: VectorParams): VectorParamsUpdate {
  const out: VectorParamsUpdate = {};
  if (p.on_disk !== undefined) out.on_disk = p.on_disk;
  if (p.hnsw_config !== undefined) out.hnsw_config = p.hnsw_config;
  if (p.quantization_config !== undefined) out.quantization_config = p.quantization_config;
  return out;
}
