import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { writeFileAtomic } from '../durable-file.js';
import { allocateGraph, ENTRY, type GraphBuffers, MAX_LEVEL, NODES } from './hnsw-graph.js';
import { parseJson } from './json.js';
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

export function writeGraphs(file: string, graphs: SavedGraph[]): void {
  const header: HeaderEntry[] = [];
  const parts: Buffer[] = [];
  for (const s of graphs) {
    const g = s.graph;
    const nodes = g.header[NODES];
    header.push({
      name: s.name,
      m: s.m,
      efConstruct: s.efConstruct,
      size: s.size,
      distance: s.distance,
      nodes,
      upperUsed: s.upperUsed,
      entry: g.header[ENTRY],
      maxLevel: g.header[MAX_LEVEL],
      ids: s.ids.map((id) => (id === null ? null : pointIdToJson(id))),
    });
    parts.push(bytesOf(s.versions, nodes * 8));
    parts.push(Buffer.concat([bytesOf(g.levels, nodes), Buffer.alloc((4 - (nodes % 4)) % 4)]));
    parts.push(bytesOf(g.upperAt, nodes * 4));
    parts.push(bytesOf(g.links0, nodes * (g.m0 + 1) * 4));
    parts.push(bytesOf(g.upper, s.upperUsed * 4));
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const body = [MAGIC, length, json, ...parts];
  const hash = createHash('sha256');
  for (const b of body) hash.update(b);
  writeFileAtomic(file, Buffer.concat([...body, hash.digest()]));
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
