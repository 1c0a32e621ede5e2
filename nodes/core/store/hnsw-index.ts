import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  allocateGraph,
  countInDegrees,
  DONE,
  ENTRY,
  type GraphBuffers,
  GraphWalker,
  MAX_LEVEL,
  NEXT,
  NODES,
  randomLevel,
  RUNNING,
  type BuildCheck,
} from './hnsw-graph.js';
import { seededRandom } from '../seeded-random.js';
import { KernelMeasure, scoreOf } from './hnsw-measure.js';
import type { BuildJob } from './hnsw-worker.js';
import { FIRST_BUILD_SLOT, MAX_BUILD_WORKERS } from './row-memory.js';
import type { CollectionConfig, Distance } from './types.js';
import type { VectorSpace } from './vector-space.js';

/** Qdrant's HNSW parameters of one vector, with the numbers of vectors its kilobyte thresholds mean. */
export interface HnswSettings {
  m: number;
  efConstruct: number;
  /** full_scan_threshold (KB of vectors) as a number of vectors: below it, search is exact. */
  fullScanVectors: number;
  /** optimizers_config.indexing_threshold (KB) as vectors: smaller collections are not indexed; 0 never. */
  indexingVectors: number;
  /** Build workers (max_indexing_threads, 0 = one per core). */
  threads: number;
}

const KB = 1024;
const DEFAULTS = { m: 16, ef_construct: 100, full_scan_threshold: 10_000 };
const DEFAULT_INDEXING_THRESHOLD_KB = 10_000;

/**
 * The effective settings of vector `name`: the vector's own hnsw_config over the collection's over
 * Qdrant's defaults. Kilobytes become vectors as Qdrant counts them: KB * 1024 / (4 * dim).
 */
export function hnswSettings(config: CollectionConfig, name: string): HnswSettings | null {
  const params = config.vectors.get(name);
  if (!params) return null;
  const merged = { ...DEFAULTS, ...config.settings?.hnsw_config, ...params.hnsw_config } as Record<string, unknown>;
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  const bytes = params.size * 4;
  const threshold = num(config.settings?.optimizers_config?.indexing_threshold, DEFAULT_INDEXING_THRESHOLD_KB);
  return {
    m: Math.floor(num(merged.m, DEFAULTS.m)),
    efConstruct: Math.max(4, Math.floor(num(merged.ef_construct, DEFAULTS.ef_construct))),
    fullScanVectors: Math.floor((num(merged.full_scan_threshold, DEFAULTS.full_scan_threshold) * KB) / bytes),
    indexingVectors: threshold === 0 ? Infinity : Math.floor((threshold * KB) / bytes),
    threads: Math.floor(num(merged.max_indexing_threads, 0)),
  };
}

/** Rows written since the last build wait this long for more writes before a build starts. */
const BUILD_DELAY_MS = 300;
/** ...but no longer than this while writes keep coming. */
const BUILD_MAX_DELAY_MS = 3000;
/** Nodes a build worker gets at least (a small build runs on one worker). */
const NODES_PER_WORKER = 2000;
/** Seed of the level draws: a build from the same writes draws the same levels. */
const LEVEL_SEED = 0x4e5357;
/** A graph with more deleted than live nodes is rebuilt from scratch. */
const MAX_DEAD_SHARE = 0.5;

export interface IndexedHit {
  row: number;
  score: number;
}

/**
 * An HNSW index over one vector space, kept in step with the collection's rows: written rows wait
 * in `pending` (searched exactly) until a background build inserts them, on worker threads over the
 * shared row memory and graph. Deleted or replaced points' nodes are marked dead (never returned);
 * a graph that is mostly dead is rebuilt.
 */
export class HnswIndex {
  private g: GraphBuffers | null = null;
  private upperUsed = 0;
  private rowNode = new Int32Array(0);
  private readonly pending = new Set<number>();
  /** Nodes [from, to) being inserted by the running build. */
  private building: { from: number; to: number; workers: Worker[] } | null = null;
  private timer: NodeJS.Timeout | undefined;
  private firstPendingAt = 0;
  private lastWriteAt = 0;
  private dead = 0;
  private walker: GraphWalker | null = null;
  private measure: KernelMeasure | null = null;
  private closed = false;
  /** Builds completed (tests and benchmarks read it), and the time the last one took. */
  builds = 0;
  lastBuildMs = 0;
  /** What the check after the last build found and repaired. */
  lastCheck: BuildCheck | undefined;
  private random = seededRandom(LEVEL_SEED);
  /** Changed since it was last saved (built, or nodes died). */
  dirty = false;
  /** Called on the event loop when a build completes (the owner persists the graph). */
  onBuilt: (() => void) | undefined;
  /** Called when a build fails (reported, then retried on the next write). */
  onError: ((err: Error) => void) | undefined;

  constructor(
    readonly space: VectorSpace,
    public settings: HnswSettings,
    private readonly rowCount: () => number,
  ) {}

  /** False where the WebAssembly kernels are missing or m = 0: search stays exact. */
  get enabled(): boolean {
    return this.settings.m > 0 && this.space.rows.kernels !== null && this.space.rows.memory !== null;
  }

  /** A build is running or waiting for its delay: Qdrant reports the collection yellow then. */
  get optimizing(): boolean {
    return this.building !== null || this.timer !== undefined;
  }

  /** Rows not searchable through the graph: pending or in the running build. */
  get unindexed(): number {
    return this.pending.size + (this.building ? this.building.to - this.building.from : 0);
  }

  /** Live vectors in the graph (Qdrant's indexed_vectors_count). */
  get indexedCount(): number {
    const g = this.g;
    if (!g) return 0;
    const upTo = this.building ? this.building.from : g.header[NODES];
    let n = 0;
    for (let node = 0; node < upTo; node++) if (g.nodeRow[node] >= 0) n++;
    return n;
  }

  get graph(): GraphBuffers | null {
    return this.g;
  }

  get isBuilding(): boolean {
    return this.building !== null;
  }

  /** Ints of upper-level lists in use (saved with the graph). */
  get upperInts(): number {
    return this.upperUsed;
  }

  /** Row `row` got a new vector (or lost it): its old node dies, the row waits for the next build. */
  changed(row: number): void {
    this.kill(row);
    if (this.space.has(row)) {
      this.pending.add(row);
      this.schedule();
    }
  }

  /** The point at `row` was deleted. */
  removed(row: number): void {
    this.kill(row);
    this.pending.delete(row);
  }

  /** Row `from` moved to `to` (the collection keeps rows dense); `to` was removed first. */
  moved(from: number, to: number): void {
    const node = from < this.rowNode.length ? this.rowNode[from] : -1;
    this.growRows(to + 1);
    if (node >= 0 && this.g) {
      this.g.nodeRow[node] = to;
      this.rowNode[from] = -1;
    }
    this.rowNode[to] = node;
    if (this.pending.delete(from)) this.pending.add(to);
  }

  /** Settings changed (PATCH): a graph built with another m or ef_construct is rebuilt. */
  reconfigure(settings: HnswSettings): void {
    const rebuild = settings.m !== this.settings.m || settings.efConstruct !== this.settings.efConstruct;
    this.settings = settings;
    if (rebuild) this.reset();
    else this.schedule();
  }

  /** Drops the graph: every row waits for a build from scratch. */
  reset(): void {
    this.stopBuild();
    this.dirty = this.g !== null;
    this.g = null;
    this.walker = null;
    this.upperUsed = 0;
    this.dead = 0;
    this.rowNode.fill(-1);
    this.random = seededRandom(LEVEL_SEED);
    this.pending.clear();
    const rows = this.rowCount();
    for (let row = 0; row < rows; row++) if (this.space.has(row)) this.pending.add(row);
    this.schedule();
  }

  close(): void {
    this.closed = true;
    if (this.building) {
      // A half-built graph must not be saved.
      this.stopBuild();
      this.g = null;
      this.dirty = false;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Whether a search should go through the graph: an index is built, the collection is large
   * enough (Qdrant's full_scan_threshold), and nearly all rows are in the graph.
   */
  usable(): boolean {
    if (!this.enabled || !this.g || this.g.header[ENTRY] < 0) return false;
    const rows = this.rowCount();
    // Rows not in the graph yet are scored one by one on the event loop: past a tenth of the
    // collection, the exact scan (on a scan worker) is the better plan.
    const unindexed = this.unindexed;
    return rows >= this.settings.fullScanVectors && unindexed <= Math.max(this.settings.fullScanVectors, rows / 10);
  }

  /**
   * The `k` best rows for a prepared query (best first, Qdrant's scores): graph search with beam
   * `ef`, plus an exact pass over rows not yet in the graph. `accept` filters results.
   */
  search(query: Float32Array, k: number, ef: number, accept?: (row: number) => boolean): IndexedHit[] {
    const g = this.g as GraphBuffers;
    const measure = this.measureFor();
    measure.queryVector(query, this.space.rows.queryAt(0));
    this.walker ??= new GraphWalker(g, measure, false);
    const found = this.walker.search(Math.max(ef, k), accept);
    const distance = this.space.distance;
    const hits: { row: number; dist: number }[] = [];
    const seen = new Set<number>();
    for (let i = 0; i < found.nodes.length; i++) {
      const row = g.nodeRow[found.nodes[i]];
      if (row < 0 || seen.has(row)) continue;
      seen.add(row);
      hits.push({ row, dist: found.dists[i] });
    }
    const exact = (row: number) => {
      if (seen.has(row) || !this.space.has(row) || (accept && !accept(row))) return;
      seen.add(row);
      hits.push({ row, dist: measure.toRow(row) });
    };
    for (const row of this.pending) exact(row);
    if (this.building) {
      for (let node = this.building.from; node < this.building.to; node++) {
        const row = g.nodeRow[node];
        if (row >= 0) exact(row);
      }
    }
    hits.sort((a, b) => a.dist - b.dist || a.row - b.row);
    return hits.slice(0, k).map((h) => ({ row: h.row, score: scoreOf(distance, h.dist) }));
  }

  /** Takes over a graph loaded from disk: `rowOfNode` gives each node's row, or -1 when it is stale. */
  adopt(g: GraphBuffers, upperUsed: number, rowOfNode: (node: number) => number): void {
    this.stopBuild();
    const nodes = g.header[NODES];
    countInDegrees(g);
    this.growRows(this.rowCount());
    this.rowNode.fill(-1);
    this.dead = 0;
    for (let node = 0; node < nodes; node++) {
      const row = rowOfNode(node);
      if (row >= 0 && this.space.has(row) && this.rowNode[row] < 0) {
        g.nodeRow[node] = row;
        this.rowNode[row] = node;
        this.pending.delete(row);
      } else {
        g.nodeRow[node] = -1;
        this.dead++;
      }
    }
    this.g = g;
    this.upperUsed = upperUsed;
    this.walker = null;
    this.dirty = false;
    this.fixEntry();
    this.pending.clear();
    const rows = this.rowCount();
    for (let row = 0; row < rows; row++) if (this.space.has(row) && this.rowNode[row] < 0) this.pending.add(row);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule();
  }

  private measureFor(): KernelMeasure {
    if (!this.measure) {
      const mem = this.space.rows;
      this.measure = new KernelMeasure(
        mem.kernels as NonNullable<typeof mem.kernels>,
        mem.memory as NonNullable<typeof mem.memory>,
        this.space.distance,
        mem.stride,
        mem.base,
        mem.scoresAt(0),
      );
    }
    return this.measure;
  }

  private kill(row: number): void {
    const node = row < this.rowNode.length ? this.rowNode[row] : -1;
    if (node < 0 || !this.g) return;
    this.rowNode[row] = -1;
    this.g.nodeRow[node] = -1;
    this.dead++;
    this.dirty = true;
    if (node === this.g.header[ENTRY]) this.fixEntry();
  }

  /** Makes a live node of the highest level the entry point (after the entry died or on load). */
  private fixEntry(): void {
    const g = this.g;
    if (!g) return;
    const h = g.header;
    while (Atomics.compareExchange(h, 2, 0, 1) !== 0);
    const entry = h[ENTRY];
    if (entry < 0 || g.nodeRow[entry] < 0) {
      let best = -1;
      const nodes = this.building ? this.building.from : h[NODES];
      for (let node = 0; node < nodes; node++) {
        if (g.nodeRow[node] >= 0 && (best < 0 || g.levels[node] > g.levels[best])) best = node;
      }
      Atomics.store(h, ENTRY, best);
      Atomics.store(h, MAX_LEVEL, best < 0 ? -1 : g.levels[best]);
    }
    Atomics.store(h, 2, 0);
  }

  private growRows(rows: number): void {
    if (rows <= this.rowNode.length) return;
    const grown = new Int32Array(Math.max(rows, Math.ceil(this.rowNode.length * 1.5), 1024)).fill(-1);
    grown.set(this.rowNode);
    this.rowNode = grown;
  }

  private schedule(): void {
    if (this.closed || !this.enabled || this.building) return;
    if (this.pending.size === 0 || this.rowCount() < this.settings.indexingVectors) {
      clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    const now = Date.now();
    this.lastWriteAt = now;
    if (this.timer) return; // it re-arms itself while writes keep coming (one timer, not one per row)
    this.firstPendingAt = now;
    this.arm(BUILD_DELAY_MS);
  }

  private arm(wait: number): void {
    this.timer = setTimeout(() => {
      const now = Date.now();
      const quiet = this.lastWriteAt + BUILD_DELAY_MS - now;
      const late = this.firstPendingAt + BUILD_MAX_DELAY_MS - now;
      if (quiet > 0 && late > 0) return this.arm(Math.min(quiet, late));
      this.timer = undefined;
      this.startBuild();
    }, wait);
    this.timer.unref();
  }

  private startBuild(): void {
    if (this.closed || this.building || this.pending.size === 0) return;
    if (this.g && this.dead > 1000 && this.dead > MAX_DEAD_SHARE * this.g.header[NODES]) {
      this.reset();
      return;
    }
    const started = performance.now();
    const rows = new Int32Array(this.pending.size);
    let count = 0;
    for (const row of this.pending) if (this.space.has(row)) rows[count++] = row;
    this.pending.clear();
    if (count === 0) return;
    const { m, efConstruct } = this.settings;
    const levels = new Int8Array(count);
    let upperNeed = 0;
    for (let i = 0; i < count; i++) {
      levels[i] = randomLevel(m, this.random);
      upperNeed += levels[i] * (m + 1);
    }
    const nodes = this.g ? this.g.header[NODES] : 0;
    if (!this.g || this.g.capacity < nodes + count || this.g.upper.length < this.upperUsed + upperNeed) {
      const capacity = Math.max(1024, Math.ceil((nodes + count) * 1.25));
      const upper = Math.max(1024, Math.ceil((this.upperUsed + upperNeed) * 1.25));
      this.g = allocateGraph(m, efConstruct, capacity, upper, this.g ?? undefined);
      this.walker = null;
    }
    const g = this.g;
    this.growRows(this.rowCount());
    for (let i = 0; i < count; i++) {
      const node = nodes + i;
      g.levels[node] = levels[i];
      g.upperAt[node] = this.upperUsed;
      this.upperUsed += levels[i] * (m + 1);
      g.nodeRow[node] = rows[i];
      this.rowNode[rows[i]] = node;
    }
    const to = nodes + count;
    Atomics.store(g.header, NODES, to);
    let from = nodes;
    if (g.header[ENTRY] < 0) {
      // The first node needs no links: it is the entry point the workers start from.
      g.header[ENTRY] = from;
      g.header[MAX_LEVEL] = g.levels[from];
      from++;
    }
    Atomics.store(g.header, NEXT, from);
    Atomics.store(g.header, DONE, from);
    const mem = this.space.rows;
    const workerCount = Math.max(
      1,
      Math.min(
        this.settings.threads > 0 ? this.settings.threads : MAX_BUILD_WORKERS,
        MAX_BUILD_WORKERS,
        Math.ceil((to - from) / NODES_PER_WORKER),
      ),
    );
    Atomics.store(g.header, RUNNING, workerCount);
    const workers: Worker[] = [];
    this.building = { from: nodes, to, workers };
    let running = workerCount;
    const finish = (err?: Error) => {
      if (!this.building || this.building.workers !== workers) return;
      for (const w of workers) void w.terminate();
      this.building = null;
      if (err) {
        // The nodes are left half linked: every row waits for a build from scratch, which the
        // next write starts (not at once: a failing build must not loop).
        this.onError?.(err);
        this.g = null;
        this.walker = null;
        this.upperUsed = 0;
        this.dead = 0;
        this.rowNode.fill(-1);
        const all = this.rowCount();
        for (let row = 0; row < all; row++) if (this.space.has(row)) this.pending.add(row);
        return;
      }
      this.builds++;
      this.lastBuildMs = performance.now() - started;
      this.dirty = true;
      this.fixEntry();
      this.onBuilt?.();
      this.schedule();
    };
    for (let i = 0; i < workerCount; i++) {
      const worker = new Worker(path.join(__dirname, 'hnsw-worker.js'));
      worker.unref();
      const job: BuildJob = {
        graph: g,
        memory: mem.memory as NonNullable<typeof mem.memory>,
        distance: this.space.distance as Distance,
        stride: mem.stride,
        base: mem.base,
        outAt: mem.scoresAt(FIRST_BUILD_SLOT + i),
        from: nodes,
        to,
      };
      worker.on('message', (msg: { done?: boolean; error?: string; check?: BuildCheck }) => {
        if (msg.check) this.lastCheck = msg.check;
        if (msg.error) finish(new Error(`HNSW build failed: ${msg.error}`));
        else if (--running === 0) finish();
      });
      worker.on('error', (err) => finish(err));
      worker.postMessage(job);
      workers.push(worker);
    }
  }

  /** Stops a running build; its nodes are half linked, so every caller replaces the graph. */
  private stopBuild(): void {
    if (!this.building) return;
    for (const w of this.building.workers) void w.terminate();
    this.building = null;
  }
}
