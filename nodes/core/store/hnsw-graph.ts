/**
 * The HNSW graph of one vector space, in SharedArrayBuffers so that build workers insert nodes in
 * parallel (per-node spin locks through Atomics, as hnswlib does) while the event loop searches it.
 *
 * Nodes are numbered in insertion order and point at collection rows through `nodeRow` (rows move
 * when points are deleted; -1 marks a deleted or replaced node, which is never returned nor
 * traversed). Links: level 0 holds up to m0 = 2m neighbours per node, levels above up to m;
 * each list is [count, ids...].
 */
export interface GraphBuffers {
  m: number;
  m0: number;
  efConstruct: number;
  capacity: number;
  /**
   * [ENTRY, MAX_LEVEL, GLOBAL_LOCK, NODES, NEXT (work counter of a build), DONE (nodes inserted by a
   * build), RUNNING (build workers still inserting)].
   */
  header: Int32Array;
  links0: Int32Array;
  levels: Int8Array;
  /** Offset of a node's upper-level lists in `upper` (level l at upperAt + (l - 1) * (m + 1)). */
  upperAt: Int32Array;
  upper: Int32Array;
  nodeRow: Int32Array;
  locks: Int32Array;
  /** Level-0 lists each node is in (its in-links): pruning never takes a node's last one. */
  inDegree: Int32Array;
}

export const ENTRY = 0;
export const MAX_LEVEL = 1;
const GLOBAL_LOCK = 2;
export const NODES = 3;
export const NEXT = 4;
export const DONE = 5;
export const RUNNING = 6;

/** Failed attempts on a node lock before a build worker sleeps between attempts, and the sleep. */
const SPINS_BEFORE_SLEEP = 200;
const LOCK_SLEEP_MS = 0.05;

const shared = (bytes: number) => new SharedArrayBuffer(Math.max(8, bytes));

/** Empty graph buffers for `capacity` nodes and `upperInts` ints of upper-level lists. */
export function allocateGraph(
  m: number,
  efConstruct: number,
  capacity: number,
  upperInts: number,
  from?: GraphBuffers,
): GraphBuffers {
  const m0 = 2 * m;
  const g: GraphBuffers = {
    m,
    m0,
    efConstruct,
    capacity,
    header: new Int32Array(shared(8 * 4)),
    links0: new Int32Array(shared(capacity * (m0 + 1) * 4)),
    levels: new Int8Array(shared(capacity)),
    upperAt: new Int32Array(shared(capacity * 4)),
    upper: new Int32Array(shared(upperInts * 4)),
    nodeRow: new Int32Array(shared(capacity * 4)),
    locks: new Int32Array(shared(capacity * 4)),
    inDegree: new Int32Array(shared(capacity * 4)),
  };
  if (from) {
    g.header.set(from.header);
    g.links0.set(from.links0);
    g.levels.set(from.levels);
    g.upperAt.set(from.upperAt);
    g.upper.set(from.upper);
    g.nodeRow.set(from.nodeRow);
    g.inDegree.set(from.inDegree);
  } else {
    g.header[ENTRY] = -1;
    g.header[MAX_LEVEL] = -1;
  }
  return g;
}

/** Distances (lower is nearer) from the current query, and between two rows. */
export interface Measure {
  toRow(row: number): number;
  between(rowA: number, rowB: number): number;
  /** out[i] = toRow(rows[i]) for i < n, in one pass whose memory misses overlap. */
  toRows(rows: Int32Array, n: number, out: Float64Array): void;
  /** out[i] = between(row, rows[i]) for i < n. */
  betweenRows(row: number, rows: Int32Array, n: number, out: Float64Array): void;
}

/** A binary heap of (key, id) with the smallest key on top; a max-heap stores negated keys. */
export class Heap {
  keys: Float64Array;
  ids: Int32Array;
  size = 0;

  constructor(capacity = 64) {
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, id: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      this.keys = keys;
      this.ids = ids;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.ids[i] = this.ids[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.ids[i] = id;
  }

  /** Removes the top; read topKey/topId first. */
  pop(): void {
    const n = --this.size;
    if (n === 0) return;
    const key = this.keys[n];
    const id = this.ids[n];
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.keys[right] < this.keys[left] ? right : left;
      if (this.keys[child] >= key) break;
      this.keys[i] = this.keys[child];
      this.ids[i] = this.ids[child];
      i = child;
    }
    this.keys[i] = key;
    this.ids[i] = id;
  }

  get topKey(): number {
    return this.keys[0];
  }

  get topId(): number {
    return this.ids[0];
  }
}

/** Marks visited nodes with a generation number, so clearing is free between searches. */
class Visited {
  private marks = new Uint32Array(0);
  private generation = 0;

  next(capacity: number): void {
    if (this.marks.length < capacity) this.marks = new Uint32Array(capacity);
    if (++this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
  }

  /** True when the node was already visited; marks it otherwise. */
  test(node: number): boolean {
    if (this.marks[node] === this.generation) return true;
    this.marks[node] = this.generation;
    return false;
  }
}

/**
 * Searching and inserting over GraphBuffers. `locking` (build workers) reads and writes lists
 * under per-node locks; the event loop searches without them, checking ids it reads, since a
 * torn list only costs a little recall.
 */
export class GraphWalker {
  private readonly visited = new Visited();
  private readonly candidates = new Heap();
  private readonly results = new Heap();
  private readonly scratch: Int32Array;
  /** Neighbours scored together: their nodes, rows and distances. */
  private readonly batchNodes: Int32Array;
  private readonly batchRows: Int32Array;
  private readonly batchDists: Float64Array;

  constructor(
    readonly g: GraphBuffers,
    private readonly measure: Measure,
    private readonly locking: boolean,
  ) {
    this.scratch = new Int32Array(g.m0 + 1);
    this.batchNodes = new Int32Array(g.m0 + 1);
    this.batchRows = new Int32Array(g.m0 + 1);
    this.batchDists = new Float64Array(g.m0 + 1);
  }

  /** The [count, ids...] list of `node` at `level` copied into the scratch list. */
  private readLinks(node: number, level: number): Int32Array {
    const list = level === 0 ? this.g.links0 : this.g.upper;
    const at = this.listAt(node, level);
    const out = this.scratch;
    const cap = level === 0 ? this.g.m0 : this.g.m;
    if (this.locking) this.lock(node);
    const n = Math.min(list[at], cap);
    out[0] = n;
    for (let i = 1; i <= n; i++) out[i] = list[at + i];
    if (this.locking) this.unlock(node);
    return out;
  }

  /** Where the list of `node` at `level` starts: in links0 for level 0, in upper above (no allocation: hot path). */
  private listAt(node: number, level: number): number {
    return level === 0 ? node * (this.g.m0 + 1) : this.g.upperAt[node] + (level - 1) * (this.g.m + 1);
  }

  private lock(node: number): void {
    const locks = this.g.locks;
    for (let spins = 0; Atomics.compareExchange(locks, node, 0, 1) !== 0; spins++) {
      // A holder descheduled on a loaded machine would have us spin for its whole time slice:
      // past a short spin, sleep briefly (no notify needed: the wait times out).
      if (spins >= SPINS_BEFORE_SLEEP) Atomics.wait(locks, node, 1, LOCK_SLEEP_MS);
    }
  }

  private unlock(node: number): void {
    Atomics.store(this.g.locks, node, 0);
  }

  /**
   * Scores the live neighbours of `node` at `level` (not yet visited, when `visited` is given, which
   * marks them) into batchNodes/batchRows/batchDists in one gather; returns how many.
   */
  private scoreLinks(node: number, level: number, nodes: number, visited: Visited | null): number {
    const links = this.readLinks(node, level);
    const { batchNodes, batchRows } = this;
    let n = 0;
    for (let i = 1; i <= links[0]; i++) {
      const next = links[i];
      if (next < 0 || next >= nodes || (visited && visited.test(next))) continue;
      const row = this.g.nodeRow[next];
      if (row < 0) continue;
      batchNodes[n] = next;
      batchRows[n++] = row;
    }
    if (n > 0) this.measure.toRows(batchRows, n, this.batchDists);
    return n;
  }

  /** The entry point, or -1 when the graph has no live node. */
  entry(): { node: number; level: number } {
    return { node: Atomics.load(this.g.header, ENTRY), level: Atomics.load(this.g.header, MAX_LEVEL) };
  }

  /** Greedy descent from `node` through levels above `target`; returns the nearest node found. */
  private descend(node: number, dist: number, from: number, target: number): { node: number; dist: number } {
    const nodes = Atomics.load(this.g.header, NODES);
    for (let level = from; level > target; level--) {
      // The entry and the top level are read apart while a worker may promote a new entry.
      if (level > this.g.levels[node]) continue;
      let changed = true;
      while (changed) {
        changed = false;
        const n = this.scoreLinks(node, level, nodes, null);
        for (let i = 0; i < n; i++) {
          if (this.batchDists[i] < dist) {
            dist = this.batchDists[i];
            node = this.batchNodes[i];
            changed = true;
          }
        }
      }
    }
    return { node, dist };
  }

  /**
   * Best-first search of one level from `start` keeping `ef` results, nearest first. `accept`
   * (a filter) decides which nodes may be results; the others are still traversed.
   */
  searchLevel(
    start: number,
    startDist: number,
    level: number,
    ef: number,
    accept?: (row: number) => boolean,
  ): { nodes: number[]; dists: number[] } {
    const { candidates, results, visited } = this;
    const nodes = Atomics.load(this.g.header, NODES);
    visited.next(this.g.capacity);
    candidates.clear();
    results.clear();
    visited.test(start);
    candidates.push(startDist, start);
    const startRow = this.g.nodeRow[start];
    if (startRow >= 0 && (!accept || accept(startRow))) results.push(-startDist, start);
    while (candidates.size > 0) {
      const d = candidates.topKey;
      const node = candidates.topId;
      if (results.size >= ef && d > -results.topKey) break;
      candidates.pop();
      const n = this.scoreLinks(node, level, nodes, visited);
      for (let i = 0; i < n; i++) {
        const next = this.batchNodes[i];
        const row = this.batchRows[i];
        const dist = this.batchDists[i];
        if (results.size < ef || dist < -results.topKey) {
          candidates.push(dist, next);
          if (!accept || accept(row)) {
            results.push(-dist, next);
            if (results.size > ef) results.pop();
          }
        }
      }
    }
    const n = results.size;
    const outNodes = new Array<number>(n);
    const outDists = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      outDists[i] = -results.topKey;
      outNodes[i] = results.topId;
      results.pop();
    }
    return { nodes: outNodes, dists: outDists };
  }

  /** The `ef` nearest live nodes to the current query (set in the measure), nearest first. */
  search(ef: number, accept?: (row: number) => boolean): { nodes: number[]; dists: number[] } {
    const { node, level } = this.entry();
    if (node < 0) return { nodes: [], dists: [] };
    const row = this.g.nodeRow[node];
    if (row < 0) return { nodes: [], dists: [] };
    const top = this.descend(node, this.measure.toRow(row), level, 0);
    return this.searchLevel(top.node, top.dist, 0, ef, accept);
  }

  /**
   * Links node `node` (its level and row already set, its query loaded into the measure) into the
   * graph: hnswlib's insertion with the neighbour-selection heuristic, locking each list it changes.
   *
   * The node's own lists are all written before any other node links to it (before it can be
   * reached): a node published at one level while its lists below were still empty made the
   * insertions running meanwhile on other workers start their search there and link only to it,
   * and its own list, written afterwards, replaced their back-links: they were left unreachable
   * (whole clusters under load, when a worker is descheduled mid-insertion).
   */
  insert(node: number): void {
    const g = this.g;
    const level = g.levels[node];
    const { node: ep, level: maxLevel } = this.entry();
    const epRow = ep >= 0 ? g.nodeRow[ep] : -1;
    if (ep < 0 || epRow < 0) {
      this.promote(node, level);
      return;
    }
    let cur = this.descend(ep, this.measure.toRow(epRow), maxLevel, level);
    const links: number[][] = [];
    for (let l = Math.min(level, maxLevel); l >= 0; l--) {
      const found = this.searchLevel(cur.node, cur.dist, l, g.efConstruct);
      if (found.nodes.length === 0) continue;
      const chosen = this.selectNeighbours(found.nodes, found.dists, g.m);
      this.writeLinks(node, l, chosen);
      links[l] = chosen;
      cur = { node: found.nodes[0], dist: found.dists[0] };
    }
    for (let l = links.length - 1; l >= 0; l--) {
      const chosen = links[l];
      if (chosen) for (const other of chosen) this.linkBack(other, node, l);
    }
    // Every neighbour's heuristic may have turned the new node away: the nearest takes it anyway.
    if (links[0]?.length && Atomics.load(g.inDegree, node) === 0) this.forceLink(links[0][0], node);
    if (level > maxLevel) this.promote(node, level);
  }

  /** Replaces the list of `node` at `level` by `ids` (under the node's lock). */
  private writeLinks(node: number, level: number, ids: number[]): void {
    const list = level === 0 ? this.g.links0 : this.g.upper;
    const at = this.listAt(node, level);
    if (this.locking) this.lock(node);
    list[at] = ids.length;
    for (let i = 0; i < ids.length; i++) list[at + 1 + i] = ids[i];
    if (this.locking) this.unlock(node);
    if (level === 0) for (const id of ids) Atomics.add(this.g.inDegree, id, 1);
  }

  /**
   * Gives `node` (its query loaded into the measure) in-links at level 0 from the nearest nodes a
   * search from the entry finds, to reconnect a node the build left unreachable: the nearest takes
   * it even when its list is full (in place of its last neighbour), the next ones as insertion
   * would. Returns false when the search found no other node.
   */
  reconnect(node: number): boolean {
    const found = this.search(this.g.efConstruct);
    let linked = 0;
    for (const other of found.nodes) {
      if (other === node) continue;
      if (linked === 0) this.forceLink(other, node);
      else this.linkBack(other, node, 0);
      if (++linked >= this.g.m) break;
    }
    return linked > 0;
  }

  /** Adds `node` to `other`'s level-0 list, over its last entry when the list is full. */
  private forceLink(other: number, node: number): void {
    const g = this.g;
    const at = this.listAt(other, 0);
    this.lock(other);
    const n = Math.min(g.links0[at], g.m0);
    let present = false;
    for (let i = 1; i <= n; i++) if (g.links0[at + i] === node) present = true;
    if (!present) {
      if (n < g.m0) {
        g.links0[at + 1 + n] = node;
        g.links0[at] = n + 1;
        Atomics.add(g.inDegree, node, 1);
      } else {
        // Over the farthest-listed entry that other lists also link to.
        for (let i = n; i >= 1; i--) {
          const id = g.links0[at + i];
          if (Atomics.load(g.inDegree, id) > 1 || g.nodeRow[id] < 0) {
            Atomics.sub(g.inDegree, id, 1);
            g.links0[at + i] = node;
            Atomics.add(g.inDegree, node, 1);
            break;
          }
        }
      }
    }
    this.unlock(other);
  }

  /** Makes `node` the entry point when its level is above the current top (under the global lock). */
  private promote(node: number, level: number): void {
    const h = this.g.header;
    while (Atomics.compareExchange(h, GLOBAL_LOCK, 0, 1) !== 0);
    const entry = h[ENTRY];
    if (entry < 0 || this.g.nodeRow[entry] < 0 || level > h[MAX_LEVEL]) {
      Atomics.store(h, MAX_LEVEL, level);
      Atomics.store(h, ENTRY, node);
    }
    Atomics.store(h, GLOBAL_LOCK, 0);
  }

  /** Adds `node` to `other`'s list at `level`, pruning it with the heuristic when full. */
  private linkBack(other: number, node: number, level: number): void {
    const g = this.g;
    const cap = level === 0 ? g.m0 : g.m;
    const list = level === 0 ? g.links0 : g.upper;
    const at = this.listAt(other, level);
    this.lock(other);
    try {
      const n = Math.min(list[at], cap);
      for (let i = 1; i <= n; i++) if (list[at + i] === node) return;
      const counted = level === 0;
      // Deleted neighbours are dropped as the list is touched.
      let live = 0;
      for (let i = 1; i <= n; i++) {
        const id = list[at + i];
        if (g.nodeRow[id] >= 0) list[at + 1 + live++] = id;
        else if (counted) Atomics.sub(g.inDegree, id, 1);
      }
      if (live < cap) {
        list[at + 1 + live] = node;
        list[at] = live + 1;
        if (counted) Atomics.add(g.inDegree, node, 1);
        return;
      }
      const otherRow = g.nodeRow[other];
      const nodeRow = g.nodeRow[node];
      if (otherRow < 0 || nodeRow < 0) {
        list[at] = live;
        return;
      }
      const { batchNodes, batchRows, batchDists } = this;
      batchNodes[0] = node;
      batchRows[0] = nodeRow;
      let count = 1;
      for (let i = 1; i <= live; i++) {
        const id = list[at + i];
        const row = g.nodeRow[id];
        if (row < 0) continue;
        batchNodes[count] = id;
        batchRows[count++] = row;
      }
      this.measure.betweenRows(otherRow, batchRows, count, batchDists);
      const ids = Array.from(batchNodes.subarray(0, count));
      const dists = Array.from(batchDists.subarray(0, count));
      const order = ids.map((_, i) => i).sort((a, b) => dists[a] - dists[b]);
      const kept = this.selectNeighbours(
        order.map((i) => ids[i]),
        order.map((i) => dists[i]),
        cap,
      );
      if (counted) {
        // A listed node the heuristic drops keeps its place when this is its only in-link (the
        // heuristic leaves room): pruning alone would cut it off from the graph.
        // When the list is full, it takes the place of a kept one that other lists link to.
        const chosen = new Set(kept);
        const spare = (y: number) => Atomics.load(g.inDegree, y) > (y === node ? 0 : 1);
        for (let i = 1; i <= live; i++) {
          const id = list[at + i];
          if (chosen.has(id)) continue;
          if (Atomics.load(g.inDegree, id) <= 1) {
            if (kept.length < cap) {
              kept.push(id);
              continue;
            }
            let j = kept.length - 1;
            while (j >= 0 && !spare(kept[j])) j--;
            if (j >= 0) {
              const out = kept[j];
              kept[j] = id;
              if (out !== node) Atomics.sub(g.inDegree, out, 1);
              continue;
            }
          }
          Atomics.sub(g.inDegree, id, 1);
        }
        if (kept.includes(node)) Atomics.add(g.inDegree, node, 1);
      }
      list[at] = kept.length;
      for (let i = 0; i < kept.length; i++) list[at + 1 + i] = kept[i];
    } finally {
      this.unlock(other);
    }
  }

  /**
   * hnswlib's heuristic: walk the candidates nearest first and keep one only if it is nearer to the
   * query than to every one already kept, so links spread over directions instead of one cluster.
   */
  private selectNeighbours(nodes: number[], dists: number[], m: number): number[] {
    if (nodes.length <= m) return nodes.slice();
    const kept: number[] = [];
    const keptRows: number[] = [];
    for (let i = 0; i < nodes.length && kept.length < m; i++) {
      const row = this.g.nodeRow[nodes[i]];
      if (row < 0) continue;
      let good = true;
      for (const k of keptRows) {
        if (this.measure.between(row, k) < dists[i]) {
          good = false;
          break;
        }
      }
      if (good) {
        kept.push(nodes[i]);
        keptRows.push(row);
      }
    }
    return kept;
  }
}

/**
 * Live nodes not reachable at level 0 from the entry point (a breadth-first walk of the links):
 * a search can never return them.
 */
export function unreachableNodes(g: GraphBuffers): number[] {
  const nodes = g.header[NODES];
  const entry = g.header[ENTRY];
  const out: number[] = [];
  if (entry < 0) return out;
  const seen = new Uint8Array(nodes);
  const stack = new Int32Array(nodes);
  let top = 0;
  stack[top++] = entry;
  seen[entry] = 1;
  while (top > 0) {
    const at = stack[--top] * (g.m0 + 1);
    const n = Math.min(g.links0[at], g.m0);
    for (let i = 1; i <= n; i++) {
      const next = g.links0[at + i];
      if (next < 0 || next >= nodes || seen[next] || g.nodeRow[next] < 0) continue;
      seen[next] = 1;
      stack[top++] = next;
    }
  }
  for (let node = 0; node < nodes; node++) if (!seen[node] && g.nodeRow[node] >= 0) out.push(node);
  return out;
}

/** Counts every node's level-0 in-links (a graph read from a file carries no counts). */
export function countInDegrees(g: GraphBuffers): void {
  const nodes = g.header[NODES];
  g.inDegree.fill(0);
  for (let node = 0; node < nodes; node++) {
    const at = node * (g.m0 + 1);
    const n = Math.min(g.links0[at], g.m0);
    for (let i = 1; i <= n; i++) {
      const id = g.links0[at + i];
      if (id >= 0 && id < nodes) g.inDegree[id]++;
    }
  }
}

/** What the check after a build found (see checkBuild in hnsw-worker.ts). */
export interface BuildCheck {
  /** Live nodes not reachable from the entry point before repair, and after it. */
  unreachable: number;
  unreachableAfterRepair: number;
  /** New nodes searched for by their own vector, and those the search did not return. */
  sampled: number;
  notFound: number;
  /** Nodes given new in-links. */
  repaired: number;
}

/** Draws a node's level: floor(-ln(U) / ln(m)), as the HNSW paper and hnswlib do. */
export function randomLevel(m: number, random: () => number = Math.random): number {
  const level = Math.floor(-Math.log(1 - random()) / Math.log(Math.max(m, 2)));
  return Math.min(level, 32);
}
