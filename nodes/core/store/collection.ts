import { dimensionError, wrongInput } from './errors.js';
import { MATCH_ALL, type FilterTarget, type Predicate } from './filter.js';
import { type IndexedGraphs, openIndexes } from './hnsw-collection.js';
import type { DecodedBatch } from './point-codec.js';
import { PointInTimeView } from './point-in-time.js';
import { comparePointIds } from './point-id.js';
import type { ScanResult } from './scan-job.js';
import { type ScanPool, scanPool } from './scan-pool.js';
import { SparseSpace } from './sparse-space.js';
import { TopK } from './top-k.js';
import type {
  CollectionConfig,
  Payload,
  PointId,
  PointInput,
  PointRecord,
  QuantizationSearchParams,
  ScalarQuantization,
  SparseVector,
} from './types.js';
import { nonFiniteAt, type ScanKernel, VectorSpace } from './vector-space.js';

export interface ScoredPoint {
  record: PointRecord;
  score: number;
}

export interface SearchRequest {
  using: string;
  vector: ArrayLike<number>;
  predicate: Predicate;
  limit: number;
  offset: number;
  scoreThreshold?: number;
  /** The scan to use; the SIMD kernel unless asked otherwise (the plain scan is the reference). */
  kernel?: ScanKernel;
  /** Qdrant's `params.quantization`: whether and how the int8 copy is used. */
  quantization?: QuantizationSearchParams;
  /** Qdrant's `params.exact` (skip the HNSW index) and `params.hnsw_ef` (its beam width). */
  exact?: boolean;
  hnswEf?: number;
}

/**
 * Candidates rescored in float beyond `limit + offset` when the request gives no `oversampling`:
 * the originals are in memory, so rescoring a few dozen rows costs microseconds and buys recall.
 */
const RESCORE_EXTRA = 40;

/** Rows a filter is tried on to estimate how many points it selects. */
const CARDINALITY_SAMPLE = 1000;

/** Below this many vector components a scan takes about a millisecond: not worth a worker. */
const WORKER_MIN_WORK = 2_000_000;

interface SearchPlan {
  space: VectorSpace;
  query: Float32Array;
  want: number;
  sign: number;
  threshold: number;
  quantized: boolean;
  rescore: boolean;
  candidates: number;
  offset: number;
}

/**
 * One collection in memory: ids, versions and payloads in row-aligned columns, vectors in one
 * VectorSpace per (named) vector. Rows stay dense: a delete moves the last row into the gap.
 * Pure data structure: durability is the caller's (DurableCollection) job.
 */
export class Collection {
  private readonly spaces = new Map<string, VectorSpace>();
  private readonly rowOf = new Map<PointId, number>();
  private ids: PointId[] = [];
  private versions: number[] = [];
  private payloads: (Payload | null)[] = [];
  private sortedIds: PointId[] | undefined;
  /** Counts changes to rows, so a scan run elsewhere can tell whether its row numbers still hold. */
  private writes = 0;
  /** Images being written (checkpoints, snapshots): told before a point changes (copy-on-write). */
  private readonly views = new Set<PointInTimeView>();
  /** The HNSW index of each vector, once enabled (see hnsw-collection.ts). */
  readonly indexes: IndexedGraphs;

  /** Named sparse vectors, row-aligned like the dense spaces. */
  private readonly sparse = new Map<string, SparseSpace>();

  constructor(readonly config: CollectionConfig) {
    for (const [name, params] of config.vectors) this.spaces.set(name, new VectorSpace(params));
    for (const [name, params] of config.sparseVectors ?? []) this.sparse.set(name, new SparseSpace(params));
    if (config.quantization) this.setQuantization(config.quantization);
    this.indexes = openIndexes(config, () => this.ids.length, {
      idOf: (row) => this.ids[row],
      versionOf: (row) => this.versions[row],
      rowOf: (id) => this.rowOf.get(id),
    });
  }

  /** Turns the int8 copy of every vector on (building it from the stored vectors) or off. */
  setQuantization(quantization: ScalarQuantization | undefined): void {
    this.writes++;
    for (const space of this.spaces.values())
      space.setQuantization(quantization ? (quantization.scalar.quantile ?? 1) : null, this.ids.length);
    if (quantization) this.config.quantization = quantization;
    else delete this.config.quantization;
  }

  /**
   * Keeps an HNSW index of each vector from now on, as Qdrant does (the store's collections; a bare
   * collection scans): the rows already held are indexed in the background.
   */
  enableHnsw(): void {
    // A graph walks the float rows in memory: vectors on disk are searched by their int8 copy.
    this.indexes.enable(new Map([...this.spaces].filter(([, space]) => !space.onDisk)));
  }

  get size(): number {
    return this.ids.length;
  }

  space(name: string): VectorSpace {
    const space = this.spaces.get(name);
    if (!space) {
      throw wrongInput(
        name === ''
          ? 'Vector name is required: this collection has named vectors only'
          : `Not existing vector name error: ${name}`,
      );
    }
    return space;
  }

  vectorNames(): string[] {
    return [...this.spaces.keys()];
  }

  /**
   * Checks and prepares raw vectors (dimension, names) without changing anything, so a batch with
   * one bad point is rejected whole, as Qdrant does.
   */
  prepareVectors(vectors: Map<string, ArrayLike<number>>): Map<string, Float32Array> {
    const out = new Map<string, Float32Array>();
    for (const [name, values] of vectors) {
      const space = this.space(name);
      if (values.length !== space.size) throw dimensionError(space.size, values.length);
      out.set(name, finite(space.prepare(values), name, values, ''));
    }
    return out;
  }

  /** Reused by preparePoints (see there). */
  private scratch = new Map<string, Float32Array>();

  /**
   * prepareVectors for a whole batch, into one buffer per vector name that is reused by the next
   * call: the points are valid until then, which is enough to log and apply them right away, and
   * keeps large batches from leaving freed buffers resident in the allocator.
   */
  preparePoints(
    raw: {
      id: PointId;
      payload: Payload | null;
      vectors: Map<string, ArrayLike<number>>;
      sparse?: Map<string, SparseVector>;
    }[],
  ): PointInput[] {
    const used = new Map<string, number>();
    for (const [name, space] of this.spaces) {
      const need = raw.reduce((n, p) => n + (p.vectors.has(name) ? space.size : 0), 0);
      const current = this.scratch.get(name);
      if (need > 0 && (!current || current.length < need))
        this.scratch.set(name, new Float32Array(Math.max(need, (current?.length ?? 0) * 1.5)));
      used.set(name, 0);
    }
    return raw.map((p, i) => {
      const vectors = new Map<string, Float32Array>();
      for (const [name, values] of p.vectors) {
        const space = this.space(name);
        if (values.length !== space.size) throw dimensionError(space.size, values.length);
        const offset = used.get(name) as number;
        const buffer = this.scratch.get(name) as Float32Array;
        const prepared = space.prepare(values, buffer.subarray(offset, offset + space.size));
        vectors.set(name, finite(prepared, name, values, `points[${i}] (id ${String(p.id)}): `));
        used.set(name, offset + space.size);
      }
      if (!p.sparse?.size) return { id: p.id, payload: p.payload, vectors };
      for (const name of p.sparse.keys()) this.sparseSpace(name);
      return { id: p.id, payload: p.payload, vectors, sparse: p.sparse };
    });
  }

  /**
   * Inserts or replaces points. Returns true when a replaced point's payload changed: the old one
   * is then still on disk until the next checkpoint (erasure, see DurableCollection).
   */
  upsert(points: PointInput[], version: number): boolean {
    this.writes++;
    let replacedPayload = false;
    for (const point of points) {
      let row = this.rowOf.get(point.id);
      if (row === undefined) {
        row = this.ids.length;
        this.rowOf.set(point.id, row);
        this.ids.push(point.id);
        this.versions.push(version);
        this.payloads.push(point.payload);
        this.sortedIds = undefined;
      } else {
        for (const view of this.views) view.preserve(point.id, this.versions[row]);
        this.versions[row] = version;
        if (!replacedPayload && JSON.stringify(this.payloads[row]) !== JSON.stringify(point.payload))
          replacedPayload = true;
        this.payloads[row] = point.payload;
      }
      for (const [name, space] of this.spaces) {
        space.set(row, point.vectors.get(name));
        this.indexes.of(name)?.changed(row);
      }
      for (const [name, space] of this.sparse) space.set(row, point.sparse?.get(name));
    }
    return replacedPayload;
  }

  /**
   * Adds a decoded batch of new points (loading an image), copying vector bytes straight into the
   * blocks. Ids must be new: an image holds each point once.
   */
  appendBatch(batch: DecodedBatch): void {
    this.writes++;
    const rows = new Array<number>(batch.ids.length);
    batch.ids.forEach((id, i) => {
      if (this.rowOf.has(id)) throw new Error(`point ${String(id)} appears twice in the image`);
      rows[i] = this.ids.length;
      this.rowOf.set(id, rows[i]);
      this.ids.push(id);
      this.versions.push(batch.versions[i]);
      this.payloads.push(batch.payloads[i]);
      for (const space of this.spaces.values()) space.set(rows[i], undefined);
      for (const [name, space] of this.sparse) space.set(rows[i], batch.sparse?.[i]?.get(name));
    });
    this.sortedIds = undefined;
    let offset = 0;
    for (const [name, indexes] of batch.vectors) {
      const space = this.space(name);
      space.copyRows(
        indexes.map((i) => rows[i]),
        batch.data,
        offset,
      );
      offset += indexes.length * space.size * 4;
    }
    for (const index of this.indexes.all()) for (const row of rows) index.changed(row);
  }

  delete(ids: Iterable<PointId>): number {
    this.writes++;
    let removed = 0;
    for (const id of ids) {
      const row = this.rowOf.get(id);
      if (row === undefined) continue;
      for (const view of this.views) view.preserve(id, this.versions[row]);
      const last = this.ids.length - 1;
      for (const index of this.indexes.all()) {
        index.removed(row);
        if (row !== last) index.moved(last, row);
      }
      if (row !== last) {
        const movedId = this.ids[last];
        this.ids[row] = movedId;
        this.versions[row] = this.versions[last];
        this.payloads[row] = this.payloads[last];
        this.rowOf.set(movedId, row);
        for (const space of this.spaces.values()) space.move(last, row);
        for (const space of this.sparse.values()) space.move(last, row);
      }
      this.ids.pop();
      this.versions.pop();
      this.payloads.pop();
      this.rowOf.delete(id);
      for (const space of this.spaces.values()) space.truncate(last);
      for (const space of this.sparse.values()) space.truncate(last);
      this.sortedIds = undefined;
      removed++;
    }
    return removed;
  }

  has(id: PointId): boolean {
    return this.rowOf.has(id);
  }

  get(id: PointId): PointRecord | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.record(row);
  }

  /** Ids of the points a filter selects, in Qdrant's id order. */
  select(predicate: Predicate): PointId[] {
    return this.orderedIds().filter((id) => predicate(this.target(this.rowOf.get(id) as number)));
  }

  count(predicate: Predicate): number {
    let n = 0;
    for (let row = 0; row < this.ids.length; row++) if (predicate(this.target(row))) n++;
    return n;
  }

  /** A page of points in id order starting at `offset` (inclusive), and the id the next page starts at. */
  scroll(predicate: Predicate, limit: number, offset?: PointId): { points: PointRecord[]; next: PointId | null } {
    const ordered = this.orderedIds();
    let start = 0;
    if (offset !== undefined) {
      // First id >= offset: binary search over the sorted ids.
      let lo = 0;
      let hi = ordered.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (comparePointIds(ordered[mid], offset) < 0) lo = mid + 1;
        else hi = mid;
      }
      start = lo;
    }
    const points: PointRecord[] = [];
    for (let i = start; i < ordered.length; i++) {
      const row = this.rowOf.get(ordered[i]) as number;
      if (!predicate(this.target(row))) continue;
      if (points.length === limit) return { points, next: ordered[i] };
      points.push(this.record(row));
    }
    return { points, next: null };
  }

  /**
   * Nearest-neighbour search: exact, or with scalar quantization over the int8 copy and the best
   * candidates rescored in float. The filter is only evaluated for rows that would make the top.
   */
  search(req: SearchRequest): ScoredPoint[] {
    const plan = this.plan(req);
    const viaIndex = this.searchIndexed(req, plan);
    if (viaIndex) return viaIndex;
    const { space, query, sign, threshold } = plan;
    const predicate = req.predicate;
    if (plan.quantized) {
      const candidates = new TopK(plan.candidates);
      space.scanQuantized(query, this.ids.length, (row, approx) => {
        const goodness = sign * approx;
        if (goodness <= candidates.threshold) return;
        if (!predicate(this.target(row))) return;
        candidates.push(row, goodness);
      });
      return this.rescored(plan, candidates.sorted());
    }
    const top = new TopK(plan.want);
    space.scan(
      query,
      this.ids.length,
      (row, score) => {
        const goodness = sign * score;
        if (goodness < threshold || goodness <= top.threshold) return;
        if (!predicate(this.target(row))) return;
        top.push(row, goodness);
      },
      req.kernel,
    );
    return this.page(plan, top.sorted());
  }

  /**
   * The points the predicate selects, best first, scored exactly in one scan and handed out one at
   * a time (query/groups walks down the ranking until its groups are full): only the rows taken
   * are tested against the filter and become records. Read it to the end or drop it before the
   * next write (row numbers move).
   */
  *ranked(req: Omit<SearchRequest, 'limit' | 'offset'>): Generator<ScoredPoint> {
    const plan = this.plan({ ...req, limit: 0, offset: 0 });
    const { space, query, sign, threshold } = plan;
    const rows: number[] = [];
    const goodness: number[] = [];
    space.scan(
      query,
      this.ids.length,
      (row, score) => {
        if (sign * score < threshold) return;
        rows.push(row);
        goodness.push(sign * score);
      },
      req.kernel,
    );
    yield* this.bestFirst(sign, rows, goodness, req.predicate);
  }

  /**
   * ranked() with the scan on a worker thread when it is worth it, as searchAsync: scoring every
   * point of a large collection held the event loop (query/groups' second pass). The worker hands
   * back every row above the threshold; the filter is still tested here, only on the rows taken.
   */
  async rankedAsync(
    req: Omit<SearchRequest, 'limit' | 'offset'>,
    pool: ScanPool | null = scanPool(),
  ): Promise<Iterable<ScoredPoint>> {
    if (!pool || req.kernel === 'plain') return this.ranked(req);
    const plan = this.plan({ ...req, limit: 0, offset: 0 });
    const rows = this.ids.length;
    if (rows * plan.space.size < WORKER_MIN_WORK) return this.ranked(req);
    const job = plan.space.scanJob(plan.query, rows, rows, plan.threshold, false);
    if (!job) return this.ranked(req);
    const writes = this.writes;
    let result: ScanResult;
    try {
      result = await pool.run(job);
    } catch {
      return this.ranked(req);
    }
    if (this.writes !== writes) return this.ranked(req);
    const scanned = result;
    // Read later (after the awaits of the caller): a write in between makes the rows stale.
    const later = function* (this: Collection): Generator<ScoredPoint> {
      if (this.writes !== writes) yield* this.ranked(req);
      else yield* this.bestFirst(plan.sign, scanned.rows, scanned.goodness, req.predicate);
    };
    return later.call(this);
  }

  private *bestFirst(sign: number, rows: number[], goodness: number[], predicate: Predicate): Generator<ScoredPoint> {
    const heap = new BestFirst(rows, goodness);
    const writes = this.writes;
    for (let next = heap.pop(); next >= 0; next = heap.pop()) {
      if (this.writes !== writes) throw new Error('ranked(): the collection changed while it was read');
      const row = rows[next];
      if (predicate(this.target(row))) yield { record: this.record(row), score: sign * goodness[next] };
    }
  }

  /**
   * search() with the scan on a worker thread when it is worth it (a large enough vector), so the
   * event loop stays free and queries use every core. A filter is evaluated here first, into a
   * mask of the rows it selects (payloads live on this thread), which costs a fraction of the scan.
   * If the collection changed while the worker scanned (rows may have moved), the search runs again here.
   */
  async searchAsync(req: SearchRequest, pool: ScanPool | null = scanPool()): Promise<ScoredPoint[]> {
    if (!pool || req.kernel === 'plain') return this.search(req);
    const plan = this.plan(req);
    const viaIndex = this.searchIndexed(req, plan);
    if (viaIndex) return viaIndex;
    const rows = this.ids.length;
    if (rows * plan.space.size < WORKER_MIN_WORK) return this.search(req);
    let selected: Uint8Array | undefined;
    if (req.predicate !== MATCH_ALL) {
      const has = plan.space.present;
      selected = new Uint8Array(new SharedArrayBuffer(rows));
      for (let row = 0; row < rows; row++) if (has[row] && req.predicate(this.target(row))) selected[row] = 1;
    }
    const job = plan.space.scanJob(
      plan.query,
      rows,
      plan.quantized ? plan.candidates : plan.want,
      plan.threshold,
      plan.quantized,
      selected,
    );
    if (!job) return this.search(req);
    const writes = this.writes;
    let result: ScanResult;
    try {
      result = await pool.run(job);
    } catch {
      return this.search(req);
    }
    if (this.writes !== writes) return this.search(req);
    const entries = result.rows.map((row, i) => ({ row, goodness: result.goodness[i] }));
    return plan.quantized ? this.rescored(plan, entries) : this.page(plan, entries);
  }

  /**
   * The search through the vector's HNSW index, or null to search exactly, as Qdrant plans it:
   * exact when asked, while the index is not ready, when every point is wanted, and for a filter expected to select fewer
   * points than full_scan_threshold (then scoring those points beats walking the graph).
   */
  private searchIndexed(req: SearchRequest, plan: SearchPlan): ScoredPoint[] | null {
    if (req.exact || req.kernel === 'plain') return null;
    // Every point wanted (query/groups ranking all hits): a walk of the whole graph is no cheaper than the scan.
    if (plan.want >= this.ids.length) return null;
    const index = this.indexes.of(req.using);
    if (!index?.usable()) return null;
    const { fullScanVectors, efConstruct } = index.settings;
    let accept: ((row: number) => boolean) | undefined;
    let ef = Math.max(req.hnswEf ?? efConstruct, plan.want);
    if (req.predicate !== MATCH_ALL) {
      const selected = this.estimateCardinality(req.predicate, fullScanVectors);
      if (selected < fullScanVectors) return null;
      accept = (row) => req.predicate(this.target(row));
      // Only matching nodes fill the beam: widen it by the share the filter drops (up to 8x).
      ef = Math.ceil(ef * Math.min(8, this.ids.length / selected));
    }
    if (plan.want === 0) return [];
    const hits = index.search(plan.query, plan.want, ef, accept);
    const best: { row: number; goodness: number }[] = [];
    for (const { row, score } of hits) {
      const goodness = plan.sign * score;
      if (goodness >= plan.threshold) best.push({ row, goodness });
    }
    return this.page(plan, best);
  }

  /**
   * Points a filter selects, estimated from a sample of rows (Qdrant estimates too), counted
   * exactly when the estimate is near `threshold` (a small sample misjudges rare values).
   */
  private estimateCardinality(predicate: Predicate, threshold: number): number {
    const rows = this.ids.length;
    const sample = Math.min(rows, CARDINALITY_SAMPLE);
    if (sample === 0) return 0;
    let hits = 0;
    let seed = 12345;
    for (let i = 0; i < sample; i++) {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      if (predicate(this.target(Math.floor((seed / 2 ** 32) * rows)))) hits++;
    }
    const estimate = (hits / sample) * rows;
    return estimate < 4 * threshold && sample < rows ? this.count(predicate) : estimate;
  }

  private plan(req: SearchRequest): SearchPlan {
    const space = this.space(req.using);
    if (req.vector.length !== space.size) throw dimensionError(space.size, req.vector.length);
    const query = finite(space.prepare(req.vector), req.using, req.vector, 'query: ');
    // limit and offset may be as large as u64: the heap never needs more room than there are rows.
    const want = Math.min(req.limit + req.offset, this.ids.length);
    const sign = space.higherIsBetter ? 1 : -1;
    const threshold = req.scoreThreshold === undefined ? -Infinity : sign * req.scoreThreshold;
    const q = req.quantization;
    const quantized = space.isQuantized && !q?.ignore && req.kernel !== 'plain';
    const rescore = q?.rescore ?? true;
    const candidates = rescore
      ? Math.min(this.ids.length, Math.max(Math.ceil(want * (q?.oversampling ?? 1)), want + RESCORE_EXTRA))
      : want;
    return { space, query, want, sign, threshold, quantized, rescore, candidates, offset: req.offset };
  }

  /** The int8 candidates (best first) rescored in float, or taken as they are without rescoring. */
  private rescored(plan: SearchPlan, found: { row: number; goodness: number }[]): ScoredPoint[] {
    const { space, sign, threshold } = plan;
    const top = new TopK(plan.want);
    const exact = plan.rescore
      ? space.scoreRows(
          plan.query,
          found.map((c) => c.row),
        )
      : [];
    found.forEach(({ row, goodness }, i) => {
      // Without rescoring the approximate score is the answer (Euclid's is squared).
      const score = plan.rescore
        ? exact[i]
        : space.distance === 'Euclid'
          ? Math.sqrt(Math.max(0, -goodness))
          : goodness;
      const g = sign * score;
      if (g >= threshold) top.push(row, g);
    });
    return this.page(plan, top.sorted());
  }

  private page(plan: SearchPlan, best: { row: number; goodness: number }[]): ScoredPoint[] {
    return best
      .slice(plan.offset)
      .map(({ row, goodness }) => ({ record: this.record(row), score: plan.sign * goodness }));
  }

  /** Every point in id order (snapshots and checkpoints); vectors are views, valid until the next write. */
  *all(): Generator<PointRecord> {
    for (const id of this.orderedIds()) {
      const row = this.rowOf.get(id) as number;
      const vectors = new Map<string, Float32Array>();
      for (const [name, space] of this.spaces) {
        const v = space.view(row);
        if (v) vectors.set(name, v);
      }
      yield { id, version: this.versions[row], payload: this.payloads[row], vectors, ...this.sparseOf(row) };
    }
  }

  /**
   * The points as they are now, readable while writes go on (see PointInTimeView); writes from
   * now on must have versions of at least `nextVersion`. Close it when done.
   */
  pointInTime(nextVersion: number): PointInTimeView {
    const view = new PointInTimeView(
      {
        config: this.config,
        current: (id) => {
          const row = this.rowOf.get(id);
          if (row === undefined) return undefined;
          const vectors = new Map<string, Float32Array>();
          for (const [name, space] of this.spaces) {
            const v = space.view(row);
            if (v) vectors.set(name, v);
          }
          return { id, version: this.versions[row], payload: this.payloads[row], vectors, ...this.sparseOf(row) };
        },
      },
      this.ids,
      nextVersion,
      (closed) => this.views.delete(closed),
    );
    this.views.add(view);
    return view;
  }

  private orderedIds(): PointId[] {
    this.sortedIds ??= [...this.ids].sort(comparePointIds);
    return this.sortedIds;
  }

  private target(row: number): FilterTarget {
    return {
      id: this.ids[row],
      payload: this.payloads[row],
      hasVector: (name) => this.spaces.get(name)?.has(row) ?? this.sparse.get(name)?.has(row) ?? false,
    };
  }

  private record(row: number): PointRecord {
    const vectors = new Map<string, Float32Array>();
    for (const [name, space] of this.spaces) {
      const v = space.get(row);
      if (v) vectors.set(name, v);
    }
    return {
      id: this.ids[row],
      version: this.versions[row],
      payload: this.payloads[row],
      vectors,
      ...this.sparseOf(row),
    };
  }

  // Sparse vectors and prefetch rescoring (see sparse-space.ts and query-tree.ts).

  private sparseOf(row: number): { sparse?: Map<string, SparseVector> } {
    if (this.sparse.size === 0) return {};
    const sparse = new Map<string, SparseVector>();
    for (const [name, space] of this.sparse) {
      const v = space.get(row);
      if (v) sparse.set(name, v);
    }
    return sparse.size > 0 ? { sparse } : {};
  }

  sparseSpace(name: string): SparseSpace {
    const space = this.sparse.get(name);
    if (!space) throw wrongInput(`Not existing vector name error: ${name}`);
    return space;
  }

  isSparse(name: string): boolean {
    return this.sparse.has(name);
  }

  /** Whether a higher score is better for this vector (Euclid and Manhattan are distances). */
  higherIsBetter(using: string): boolean {
    return this.sparse.has(using) || this.space(using).higherIsBetter;
  }

  /** Sparse search: the rows sharing a dimension with the query, best first (Qdrant returns only those). */
  searchSparse(req: {
    using: string;
    vector: SparseVector;
    predicate: Predicate;
    limit: number;
    offset: number;
    scoreThreshold?: number;
    /** Qdrant's `params.idf.corpus`: the points the IDF statistics are counted over. */
    idfCorpus?: Predicate;
  }): ScoredPoint[] {
    const space = this.sparseSpace(req.using);
    const corpus = req.idfCorpus;
    const top = new TopK(Math.min(req.limit + req.offset, this.ids.length));
    const threshold = req.scoreThreshold ?? -Infinity;
    space.scan(
      req.vector,
      (row, score) => {
        if (score < threshold || score <= top.threshold) return;
        if (!req.predicate(this.target(row))) return;
        top.push(row, score);
      },
      corpus && ((row) => corpus(this.target(row))),
    );
    return top
      .sorted()
      .slice(req.offset)
      .map(({ row, goodness }) => ({ record: this.record(row), score: goodness }));
  }

  /**
   * Scores of some points for a dense or sparse query (rescoring prefetched candidates), in the
   * order given; points without that vector are left out, as they cannot be scored.
   */
  scoreIds(
    using: string,
    query: ArrayLike<number> | SparseVector,
    ids: readonly PointId[],
    idfCorpus?: Predicate,
  ): ScoredPoint[] {
    const rows = ids.map((id) => this.rowOf.get(id)).filter((row) => row !== undefined);
    if ('indices' in query) {
      const space = this.sparseSpace(using);
      const weights = space.weights(query, idfCorpus && ((row) => idfCorpus(this.target(row))));
      return rows.flatMap((row) => {
        const score = space.score(query, weights, row);
        return score === undefined ? [] : [{ record: this.record(row), score }];
      });
    }
    const space = this.space(using);
    if (query.length !== space.size) throw dimensionError(space.size, query.length);
    const prepared = finite(space.prepare(query), using, query, 'query: ');
    const present = rows.filter((row) => space.has(row));
    const scores = space.scoreRows(prepared, present);
    return present.map((row, i) => ({ record: this.record(row), score: scores[i] }));
  }
}

/** Refuses a prepared vector with a component that is not a finite float32 (scores would be null). */
function finite(v: Float32Array, name: string, given: ArrayLike<number>, where: string): Float32Array {
  if (nonFiniteAt(v) < 0) return v;
  // Name the component as given (cosine normalisation spreads one NaN over all of them).
  let at = -1;
  for (let i = 0; i < given.length && at < 0; i++) if (!Number.isFinite(Math.fround(given[i]))) at = i;
  if (at < 0) at = nonFiniteAt(v);
  const vector = name === '' ? 'vector' : `vector "${name}"`;
  throw wrongInput(
    `${where}${vector}[${at}] = ${String(given[at])} is not a finite float32 number (NaN, infinite, or beyond ±3.4e38)`,
  );
}

/**
 * A binary max-heap over the indexes of `goodness` (ties: lower row first, as search() orders
 * them), built in linear time: popping the best k of n costs O(n + k log n), not a full sort.
 */
class BestFirst {
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    private readonly rows: number[],
    private readonly goodness: number[],
  ) {
    this.size = rows.length;
    this.heap = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) this.heap[i] = i;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The index of the best entry left, or -1. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.heap[0];
    this.heap[0] = this.heap[--this.size];
    this.down(0);
    return top;
  }

  private better(a: number, b: number): boolean {
    const ga = this.goodness[a];
    const gb = this.goodness[b];
    return ga > gb || (ga === gb && this.rows[a] < this.rows[b]);
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && this.better(h[right], h[left]) ? right : left;
      if (!this.better(h[child], h[i])) return;
      [h[i], h[child]] = [h[child], h[i]];
      i = child;
    }
  }
}
