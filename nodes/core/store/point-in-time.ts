import type { EncodablePoint } from './point-codec.js';
import type { CollectionConfig, PointId, SparseVector } from './types.js';

/** What a PointInTimeView reads from: the collection's live rows. */
export interface LivePoints {
  readonly config: CollectionConfig;
  /** The point now (vectors as views, valid until the next write), or undefined. */
  current(id: PointId): EncodablePoint | undefined;
}

/**
 * The points of a collection as they were when the view was taken, readable while writes go on:
 * an image (checkpoint or snapshot) is written from it a chunk at a time, yielding to the event
 * loop in between. Copy-on-write: the collection calls `preserve` before it changes or deletes a
 * point that existed when the view was taken (its version is older than `sinceVersion`), and the
 * view keeps that old point until it is written. Points added later are not in the view. Costs a
 * copy of the id list, plus the points changed while the view is open.
 */
export class PointInTimeView {
  readonly size: number;
  private readonly ids: PointId[];
  private readonly saved = new Map<PointId, EncodablePoint>();

  constructor(
    private readonly live: LivePoints,
    ids: readonly PointId[],
    /** Every write from now on has a version at least this. */
    readonly sinceVersion: number,
    private readonly onClose: (view: PointInTimeView) => void,
  ) {
    this.ids = ids.slice();
    this.size = this.ids.length;
  }

  get config(): CollectionConfig {
    return this.live.config;
  }

  /** Called before a point changes; `version` is its version now. Keeps a copy the first time. */
  preserve(id: PointId, version: number): void {
    if (version >= this.sinceVersion || this.saved.has(id)) return;
    const point = this.live.current(id);
    if (!point) return;
    const vectors = new Map<string, Float32Array>();
    for (const [name, v] of point.vectors) vectors.set(name, v.slice());
    const sparse = point.sparse && new Map([...point.sparse].map(([name, v]) => [name, copySparse(v)] as const));
    this.saved.set(id, { id, version: point.version, payload: point.payload, vectors, ...(sparse ? { sparse } : {}) });
  }

  /** Every point of the view, in the collection's row order at the time it was taken. */
  *all(): Generator<EncodablePoint> {
    for (const id of this.ids) {
      const saved = this.saved.get(id);
      if (saved) {
        this.saved.delete(id);
        yield saved;
        continue;
      }
      const point = this.live.current(id);
      // Unchanged since the view was taken (a change or a delete would have saved it).
      if (point) yield point;
    }
  }

  /** Stops copying changed points; the view must not be read after this. */
  close(): void {
    this.saved.clear();
    this.onClose(this);
  }
}

function copySparse(v: SparseVector): SparseVector {
  return { indices: v.indices.slice(), values: v.values.slice() };
}
