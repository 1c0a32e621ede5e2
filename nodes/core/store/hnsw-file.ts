import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fsyncDir, writeFileAtomic } from '../durable-file.js';
import { allocateGraph, ENTRY, type GraphBuffers, MAX_LEVEL, NODES } from './hnsw-graph.js';
import { parseJson } from './json.js';
import { OWNER_ONLY_FILE } from './owner-only.js';
import { pointIdFromJson, pointIdToJson } from './point-id.js';
import type { Distance, PointId } from './types.js';

/**
 * The HNSW graphs of a collection on disk (`hnsw.bin` next to the image), so a restart does not
 * rebuild them:
 *
 *   "RWHNSW01" | u32 header length | header JSON | per vector: versions f64[nodes], levels u8[nodes]
 *   padded to 4, upperAt i32[nodes], links0 i32[nodes * (2m + 1)], upper i32[upperUsed] | sha256
 *
 * Nodes name their point by id and version (not row: rows differ after a restart), so a node
 * whose point was deleted or rewritten since is recognised as stale when loading and dropped.
 * A file that fails its checksum or does not match the config is ignored (the graph is rebuilt).
 */
const MAGIC = Buffer.from('RWHNSW01');
const HASH_BYTES = 32;

export interface SavedGraph {
  name: string;
  m: number;
  efConstruct: number;
  size: number;
  distance: Distance;
  graph: GraphBuffers;
  upperUsed: number;
  /** Point id and version of each node (null: the node was dead when saved). */
  ids: (PointId | null)[];
  versions: Float64Array;
}

interface HeaderEntry {
  name: string;
  m: number;
  efConstruct: number;
  size: number;
  distance: Distance;
  nodes: number;
  upperUsed: number;
  entry: number;
  maxLevel: number;
  ids: unknown[];
}

const bytesOf = (a: { buffer: ArrayBufferLike; byteOffset: number }, n: number) =>
  Buffer.from(a.buffer as ArrayBuffer, a.byteOffset, n);

const idJson = (id: PointId | null) => (id === null ? null : pointIdToJson(id));

/** A graph's header entry but its ids (which may be millions: see encodeInSlices). */
function headerOf(s: SavedGraph): Omit<HeaderEntry, 'ids'> {
  const g = s.graph;
  return {
    name: s.name,
    m: s.m,
    efConstruct: s.efConstruct,
    size: s.size,
    distance: s.distance,
    nodes: s.ids.length,
    upperUsed: s.upperUsed,
    entry: g.header[ENTRY],
    maxLevel: g.header[MAX_LEVEL],
  };
}

/** The arrays of one graph in file order (views, not copies). */
function arraysOf(s: SavedGraph): Buffer[] {
  const g = s.graph;
  // The nodes the save took (a build may have added more to a shared header since).
  const nodes = s.ids.length;
  return [
    bytesOf(s.versions, nodes * 8),
    Buffer.concat([bytesOf(g.levels, nodes), Buffer.alloc((4 - (nodes % 4)) % 4)]),
    bytesOf(g.upperAt, nodes * 4),
    bytesOf(g.links0, nodes * (g.m0 + 1) * 4),
    bytesOf(g.upper, s.upperUsed * 4),
  ];
}

/** The magic, the header's length and the header, given as JSON pieces to be written in order. */
function withLength(pieces: Buffer[]): Buffer[] {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(pieces.reduce((n, piece) => n + piece.length, 0));
  return [MAGIC, length, ...pieces];
}

export function writeGraphs(file: string, graphs: SavedGraph[]): void {
  const body = [
    ...withLength([
      Buffer.from(JSON.stringify(graphs.map((s): HeaderEntry => ({ ...headerOf(s), ids: s.ids.map(idJson) })))),
    ]),
    ...graphs.flatMap(arraysOf),
  ];
  const hash = createHash('sha256');
  for (const b of body) hash.update(b);
  writeFileAtomic(file, Buffer.concat([...body, hash.digest()]));
}

/** Where a background save writes before the rename (a name per save, apart from writeGraphs'). */
export const backgroundTmp = (file: string, save: string) => `${file}.${save}.bg.tmp`;
/** Leftovers of background saves interrupted by a crash (cleared when the collection opens). */
export const isBackgroundTmp = (name: string, file: string) =>
  name.startsWith(`${file}.`) && /^[\w-]+\.bg\.tmp$/.test(name.slice(file.length + 1));

const SLICE_BYTES = 4 * 1024 * 1024;
const SLICE_IDS = 50_000;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The file's bytes before its checksum, taken a slice per event-loop turn: a 1M-point graph is
 * ~130 MB of links and its ids' JSON ~45 MB, and taking them in one go held queries for most of a
 * second. `unchanged()` is asked after every pause; once it is false (a build began changing the
 * graph) the slices would not fit together, and undefined is returned.
 */
async function encodeInSlices(graphs: SavedGraph[], unchanged: () => boolean): Promise<Buffer[] | undefined> {
  // The header's JSON in pieces (joining them into one string would be one more long stall).
  const json: Buffer[] = [Buffer.from('[')];
  for (const [i, s] of graphs.entries()) {
    json.push(Buffer.from(`${i > 0 ? ',' : ''}${JSON.stringify(headerOf(s)).slice(0, -1)},"ids":[`));
    // The ids were taken with the graph; only their JSON is made here, a slice at a time.
    for (let from = 0; from < s.ids.length; from += SLICE_IDS) {
      const slice = JSON.stringify(s.ids.slice(from, from + SLICE_IDS).map(idJson)).slice(1, -1);
      json.push(Buffer.from(from > 0 ? `,${slice}` : slice));
      await nextTick();
      if (!unchanged()) return undefined;
    }
    json.push(Buffer.from(']}'));
  }
  json.push(Buffer.from(']'));
  const parts: Buffer[] = withLength(json);
  for (const s of graphs)
    for (const view of arraysOf(s)) {
      const copy = Buffer.allocUnsafe(view.length);
      for (let at = 0; at < view.length; at += SLICE_BYTES) {
        view.copy(copy, at, at, Math.min(view.length, at + SLICE_BYTES));
        await nextTick();
        if (!unchanged()) return undefined;
      }
      parts.push(copy);
    }
  return parts;
}

/**
 * writeGraphs() without stalling the event loop: encoded a slice at a time (see encodeInSlices),
 * hashed and written a chunk at a time into `tmp`, then renamed over `file`. Returns false when
 * the graph changed meanwhile or `cancelled()` turned true (nothing is replaced).
 */
export async function writeGraphsInBackground(
  file: string,
  tmp: string,
  graphs: SavedGraph[],
  unchanged: () => boolean,
  cancelled: () => boolean,
): Promise<boolean> {
  const body = await encodeInSlices(graphs, () => unchanged() && !cancelled());
  if (!body) return false;
  const handle = await fs.promises.open(tmp, 'w', OWNER_ONLY_FILE);
  let done = false;
  try {
    const hash = createHash('sha256');
    const write = async (bytes: Buffer) => {
      for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
    };
    for (const part of body)
      for (let at = 0; at < part.length; at += SLICE_BYTES) {
        if (cancelled()) return false;
        const chunk = part.subarray(at, at + SLICE_BYTES);
        hash.update(chunk);
        await write(chunk);
      }
    await write(hash.digest());
    await handle.sync();
    done = true;
  } finally {
    await handle.close();
    if (!done || cancelled()) await fs.promises.rm(tmp, { force: true });
  }
  if (cancelled()) return false;
  fs.renameSync(tmp, file);
  fsyncDir(path.dirname(file));
  return true;
}

/** The graphs in `file`; throws when it is damaged (the caller then rebuilds). */
export function readGraphs(file: string): SavedGraph[] {
  const buf = fs.readFileSync(file);
  if (buf.length < MAGIC.length + 4 + HASH_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error('not an HNSW graph file');
  const body = buf.subarray(0, buf.length - HASH_BYTES);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(buf.subarray(buf.length - HASH_BYTES))
  )
    throw new Error('HNSW graph file checksum mismatch');
  const jsonLength = body.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = parseJson(body.subarray(at, at + jsonLength).toString('utf8')) as HeaderEntry[];
  at += jsonLength;
  const take = <T extends { buffer: ArrayBufferLike; byteOffset: number }>(into: T, bytes: number): T => {
    if (at + bytes > body.length) throw new Error('HNSW graph file is truncated');
    new Uint8Array(into.buffer, into.byteOffset, bytes).set(body.subarray(at, at + bytes));
    at += bytes;
    return into;
  };
  const out = header.map((h): SavedGraph => {
    const nodes = h.nodes;
    if (h.ids.length !== nodes) throw new Error('HNSW graph file: node count mismatch');
    const graph = allocateGraph(h.m, h.efConstruct, Math.max(1024, Math.ceil(nodes * 1.25)), h.upperUsed + 1024);
    const versions = take(new Float64Array(nodes), nodes * 8);
    take(graph.levels, nodes);
    at += (4 - (nodes % 4)) % 4;
    take(graph.upperAt, nodes * 4);
    take(graph.links0, nodes * (graph.m0 + 1) * 4);
    take(graph.upper, h.upperUsed * 4);
    graph.header[NODES] = nodes;
    graph.header[ENTRY] = h.entry;
    graph.header[MAX_LEVEL] = h.maxLevel;
    // Ids outside [0, nodes) would be read as nodes: refuse them rather than trust them.
    for (let i = 0; i < nodes * (graph.m0 + 1); i += graph.m0 + 1) checkList(graph.links0, i, graph.m0, nodes);
    return {
      name: h.name,
      m: h.m,
      efConstruct: h.efConstruct,
      size: h.size,
      distance: h.distance,
      graph,
      upperUsed: h.upperUsed,
      ids: h.ids.map((id) => (id === null ? null : pointIdFromJson(id))),
      versions,
    };
  });
  if (at !== body.length) throw new Error('HNSW graph file has trailing bytes');
  return out;
}

function checkList(list: Int32Array, at: number, cap: number, nodes: number): void {
  const n = list[at];
  if (n < 0 || n > cap) throw new Error('HNSW graph file: bad link list');
  for (let i = 1; i <= n; i++)
    if (list[at + i] < 0 || list[at + i] >= nodes) throw new Error('HNSW graph file: bad link');
}
