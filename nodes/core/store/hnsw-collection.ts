import * as fs from 'node:fs';
import { readGraphs, type SavedGraph, writeGraphs } from './hnsw-file.js';
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

  /** Writes every graph (call only when `saveable`: no build is changing them). */
  save(file: string): void {
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
    writeGraphs(file, graphs);
    for (const index of this.indexes.values()) index.dirty = false;
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
  }
}

export function openIndexes(config: CollectionConfig, rowCount: () => number, rows: RowLookup): IndexedGraphs {
  return new IndexedGraphs(config, rowCount, rows);
}
