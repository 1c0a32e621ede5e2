import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { backgroundTmp, readGraphs, type SavedGraph, writeGraphs, writeGraphsInBackground } from './hnsw-file.js';
import { NODES } from './hnsw-graph.js';
import { HnswIndex, hnswSettings } from './hnsw-index.js';
import type { CollectionConfig, PointId } from './types.js';
import type { VectorSpace } from './vector-space.js';

/** How the indexes see the collection's columns (rows move; ids and versions name points across restarts). */
export interface RowLookup {
  idOf(row: number): PointId;
  versionOf(row: number): number;
  rowOf(id: PointId): number | undefined;
}

/** What collection info reports about indexing (Qdrant's status and indexed_vectors_count). */
export interface IndexState {
  optimizing: boolean;
  indexedVectors: number;
  /** Builds completed since the collection was opened, and graphs taken from the file when it was. */
  builds: number;
  loaded: number;
}

/** The HNSW indexes of a collection's vectors, with their file (see hnsw-file.ts). */
export class IndexedGraphs {
  private readonly indexes = new Map<string, HnswIndex>();
  /** Graphs taken from the file at the last load (tests assert a restart does not rebuild). */
  loadedFromFile = 0;

  private built: (() => void) | undefined;
  /** The background save running, if any (see saveInBackground). */
  private saving: { cancelled: boolean; done: Promise<void>; graphs: SavedGraph[]; tmp: string } | undefined;
  private saves = 0;
  private saveAgain = false;
  private failed: ((err: Error) => void) | undefined;

  constructor(
    private readonly config: CollectionConfig,
    private readonly rowCount: () => number,
    private readonly rows: RowLookup,
  ) {}

  /** Starts indexing every vector space; the rows already there are indexed in the background. */
  enable(spaces: Map<string, VectorSpace>): void {
    for (const [name, space] of spaces) {
      const settings = hnswSettings(this.config, name);
      if (!settings || this.indexes.has(name)) continue;
      const index = new HnswIndex(space, settings, this.rowCount);
      index.onBuilt = this.built;
      index.onError = this.failed;
      this.indexes.set(name, index);
      index.reset();
    }
  }

  of(name: string): HnswIndex | undefined {
    return this.indexes.get(name);
  }

  all(): IterableIterator<HnswIndex> {
    return this.indexes.values();
  }

  state(): IndexState {
    let optimizing = false;
    let indexedVectors = 0;
    let builds = 0;
    for (const index of this.indexes.values()) {
      optimizing ||= index.optimizing;
      indexedVectors += index.indexedCount;
      builds += index.builds;
    }
    return { optimizing, indexedVectors, builds, loaded: this.loadedFromFile };
  }

  /** Called after the config's hnsw or optimizer settings changed. */
  reconfigure(): void {
    for (const [name, index] of this.indexes) {
      const settings = hnswSettings(this.config, name);
      if (settings) index.reconfigure(settings);
    }
  }

  /** Sets what runs when a build completes or fails (the durable collection saves the graphs). */
  onBuilt(built: () => void, failed: (err: Error) => void): void {
    this.built = built;
    this.failed = failed;
    for (const index of this.indexes.values()) {
      index.onBuilt = built;
      index.onError = failed;
    }
  }

  /** True when a graph changed since it was saved and none is being built (a save would be consistent). */
  get saveable(): boolean {
    const all = [...this.indexes.values()];
    return all.some((i) => i.dirty) && all.every((i) => !i.isBuilding);
  }

  /** What a save writes: every graph, its nodes named by point id and version. */
  private collect(): SavedGraph[] {
    const graphs: SavedGraph[] = [];
    for (const [name, index] of this.indexes) {
      const g = index.graph;
      if (!g) continue;
      const nodes = g.header[NODES];
      const ids: (PointId | null)[] = new Array(nodes);
      const versions = new Float64Array(nodes);
      for (let node = 0; node < nodes; node++) {
        const row = g.nodeRow[node];
        ids[node] = row < 0 ? null : this.rows.idOf(row);
        versions[node] = row < 0 ? 0 : this.rows.versionOf(row);
      }
      graphs.push({
        name,
        m: g.m,
        efConstruct: g.efConstruct,
        size: index.space.size,
        distance: index.space.distance,
        graph: g,
        upperUsed: index.upperInts,
        ids,
        versions,
      });
    }
    return graphs;
  }

  /** Marks the graphs a save took as on disk (or, when it did not get there, as changed again). */
  private markSaved(graphs: SavedGraph[], saved: boolean): void {
    for (const { name, graph } of graphs) {
      const index = this.indexes.get(name);
      // Only the graph the save took: one closed or replaced since has its own state.
      if (index && index.graph === graph) index.dirty = !saved;
    }
  }

  /**
   * Writes every graph now (call only when `saveable`: no build is changing them). Used at close;
   * a background save still running is abandoned, as this one is newer.
   */
  save(file: string): void {
    this.cancelBackgroundSave();
    const graphs = this.collect();
    writeGraphs(file, graphs);
    this.markSaved(graphs, true);
  }

  /**
   * save() off the event loop, for saves while the store serves (after a build, after a checkpoint).
   * One runs at a time; a request meanwhile saves again when it ends, if there is still something new.
   */
  saveInBackground(file: string, failed: (err: unknown) => void): void {
    if (this.saving) {
      this.saveAgain = true;
      return;
    }
    const graphs = this.collect();
    const run = {
      cancelled: false,
      done: Promise.resolve(),
      graphs,
      tmp: backgroundTmp(file, `${process.pid}-${++this.saves}-${randomBytes(4).toString('hex')}`),
    };
    this.saving = run;
    this.markSaved(graphs, true);
    // A build that begins meanwhile changes the graph: the save is dropped, and that build saves.
    const unchanged = this.changeMarker();
    run.done = writeGraphsInBackground(file, run.tmp, graphs, unchanged, () => run.cancelled)
      .then((written) => {
        if (!written && !run.cancelled) this.markSaved(graphs, false);
      })
      .catch((err: unknown) => {
        if (run.cancelled) return;
        this.markSaved(graphs, false);
        failed(err);
      })
      .finally(() => {
        if (this.saving !== run) return;
        this.saving = undefined;
        if (this.saveAgain && this.saveable) {
          this.saveAgain = false;
          this.saveInBackground(file, failed);
        }
        this.saveAgain = false;
      });
  }

  /** A test that is true while no graph has been rebuilt, replaced or is being built since it was made. */
  private changeMarker(): () => boolean {
    const at = [...this.indexes.values()].map((index) => [index, index.graph, index.builds] as const);
    return () =>
      at.every(([index, graph, builds]) => index.graph === graph && index.builds === builds && !index.isBuilding);
  }

  /** Resolves once no background save is running (tests, benchmarks, close). */
  async saved(): Promise<void> {
    while (this.saving) await this.saving.done;
  }

  private cancelBackgroundSave(): void {
    if (!this.saving) return;
    this.saving.cancelled = true;
    this.markSaved(this.saving.graphs, false); // what it was writing is not on disk
    // Removed now: the writer only notices between chunks, and the folder may be about to go.
    fs.rmSync(this.saving.tmp, { force: true });
    this.saving = undefined;
    this.saveAgain = false;
  }

  /**
   * Takes the graphs saved in `file` that still fit the config; nodes whose point is gone or was
   * rewritten since are dropped (their rows are indexed again). Returns false when there is no
   * usable file (damaged or missing): everything is then built again.
   */
  load(file: string): boolean {
    if (!fs.existsSync(file)) return false;
    let saved: SavedGraph[];
    try {
      saved = readGraphs(file);
    } catch {
      return false;
    }
    for (const s of saved) {
      const index = this.indexes.get(s.name);
      if (!index || !index.enabled) continue;
      const { m, efConstruct } = index.settings;
      if (s.m !== m || s.efConstruct !== efConstruct || s.size !== index.space.size) continue;
      if (s.distance !== index.space.distance) continue;
      index.adopt(s.graph, s.upperUsed, (node) => {
        const id = s.ids[node];
        if (id === null) return -1;
        const row = this.rows.rowOf(id);
        return row !== undefined && this.rows.versionOf(row) === s.versions[node] ? row : -1;
      });
      this.loadedFromFile++;
    }
    return this.loadedFromFile > 0;
  }

  close(): void {
    for (const index of this.indexes.values()) index.close();
    this.cancelBackgroundSave();
  }
}

export function openIndexes(config: CollectionConfig, rowCount: () => number, rows: RowLookup): IndexedGraphs {
  return new IndexedGraphs(config, rowCount, rows);
}
