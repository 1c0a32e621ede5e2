import { parseJson } from './json.js';
import { pointIdFromJson, pointIdToJson } from './point-id.js';
import type { Payload, PointId, SparseVector } from './types.js';

export interface EncodablePoint {
  id: PointId;
  version?: number;
  payload: Payload | null;
  vectors: Map<string, Float32Array>;
  sparse?: Map<string, SparseVector>;
}

/** A point's sparse vectors in the header: name → [indices, values] (absent when no point has any). */
type StoredSparse = Record<string, [number[], number[]]> | null;

interface BatchHeader {
  ids: unknown[];
  versions: number[];
  payloads: (Payload | null)[];
  /** For each vector name, the indexes (into ids) of the points that carry it, in data order. */
  vectors: [string, number[]][];
  sparse?: StoredSparse[];
}

/**
 * A decoded batch with its vectors left as bytes: `data` holds, for each entry of `vectors` in
 * order, the float32 vectors of the listed points back to back. Loading copies them straight into
 * the vector blocks, with no object per point.
 */
export interface DecodedBatch {
  ids: PointId[];
  versions: number[];
  payloads: (Payload | null)[];
  vectors: [string, number[]][];
  data: Buffer;
  /** Per point, its sparse vectors (undefined when the batch has none). */
  sparse?: (Map<string, SparseVector> | undefined)[];
}

/**
 * Binary form of a batch of points, shared by the WAL and the collection image:
 * [u32 header length][header JSON][float32 data per vector name]. Vectors stay binary, so a
 * 384-dimension point costs 1,536 bytes instead of ~8 KB of JSON.
 */
/**
 * One reusable output buffer: encoded batches are written to disk right away, and reusing it
 * keeps a stream of large batches from leaving freed buffers resident in the allocator.
 */
let scratch = Buffer.allocUnsafe(0);

/** The result is valid only until the next call: write it out before encoding again. */
export function encodePoints(points: EncodablePoint[]): Buffer {
  const names = new Map<string, number[]>();
  points.forEach((p, i) => {
    for (const name of p.vectors.keys()) {
      let rows = names.get(name);
      if (!rows) names.set(name, (rows = []));
      rows.push(i);
    }
  });
  const header: BatchHeader = {
    ids: points.map((p) => pointIdToJson(p.id)),
    versions: points.map((p) => p.version ?? 0),
    payloads: points.map((p) => p.payload),
    vectors: [...names],
  };
  // Sparse vectors are short lists of (index, value): JSON in the header is compact enough.
  if (points.some((p) => p.sparse?.size)) header.sparse = points.map((p) => sparseToJson(p.sparse));
  const json = Buffer.from(JSON.stringify(header));
  let floats = 0;
  for (const [name, rows] of names)
    for (const i of rows) floats += (points[i].vectors.get(name) as Float32Array).length;
  const size = 4 + json.length + floats * 4;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, Math.floor(scratch.length * 1.5)));
  const out = scratch.subarray(0, size);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let offset = 4 + json.length;
  for (const [name, rows] of names) {
    for (const i of rows) {
      const v = points[i].vectors.get(name) as Float32Array;
      Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, offset);
      offset += v.byteLength;
    }
  }
  return out;
}

/** Inverse of encodePoints up to the vectors, which stay bytes; checks the sizes against `sizes`. */
export function decodeBatch(buf: Buffer, sizes: Map<string, number>): DecodedBatch {
  const jsonLength = buf.readUInt32LE(0);
  const header = parseJson(buf.subarray(4, 4 + jsonLength).toString('utf8')) as BatchHeader;
  const data = buf.subarray(4 + jsonLength);
  let expected = 0;
  for (const [name, rows] of header.vectors) {
    const size = sizes.get(name);
    if (size === undefined) throw new Error(`unknown vector name ${JSON.stringify(name)} in stored points`);
    expected += rows.length * size * 4;
  }
  if (data.length !== expected) throw new Error('stored points are truncated');
  return {
    ids: header.ids.map(pointIdFromJson),
    versions: header.versions,
    payloads: header.payloads,
    vectors: header.vectors,
    data,
    ...(header.sparse ? { sparse: header.sparse.map(sparseFromJson) } : {}),
  };
}

function sparseToJson(sparse: Map<string, SparseVector> | undefined): StoredSparse {
  if (!sparse?.size) return null;
  const out: Record<string, [number[], number[]]> = {};
  for (const [name, v] of sparse) out[name] = [Array.from(v.indices), Array.from(v.values)];
  return out;
}

function sparseFromJson(stored: StoredSparse): Map<string, SparseVector> | undefined {
  if (!stored) return undefined;
  return new Map(
    Object.entries(stored).map(([name, [indices, values]]) => [
      name,
      { indices: Uint32Array.from(indices), values: Float32Array.from(values) },
    ]),
  );
}

/** Inverse of encodePoints, one object per point (WAL replay, where points overwrite each other). */
export function decodePoints(
  buf: Buffer,
  sizes: Map<string, number>,
): (Required<Omit<EncodablePoint, 'sparse'>> & Pick<EncodablePoint, 'sparse'>)[] {
  const batch = decodeBatch(buf, sizes);
  const points = batch.ids.map((id, i) => ({
    id,
    version: batch.versions[i],
    payload: batch.payloads[i],
    vectors: new Map<string, Float32Array>(),
    sparse: batch.sparse?.[i],
  }));
  let offset = 0;
  for (const [name, rows] of batch.vectors) {
    const size = sizes.get(name) as number;
    for (const i of rows) {
      // Copy: the slice may not be 4-byte aligned, and the file buffer must not be kept alive.
      const v = new Float32Array(size);
      Buffer.from(v.buffer).set(batch.data.subarray(offset, offset + size * 4));
      points[i].vectors.set(name, v);
      offset += size * 4;
    }
  }
  return points;
}
