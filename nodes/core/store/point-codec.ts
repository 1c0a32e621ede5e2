import type { Payload, PointId } from './types.js';

export interface EncodablePoint {
  id: PointId;
  version?: number;
  payload: Payload | null;
  vectors: Map<string, Float32Array>;
}

interface BatchHeader {
  ids: PointId[];
  versions: number[];
  payloads: (Payload | null)[];
  /** For each vector name, the indexes (into ids) of the points that carry it, in data order. */
  vectors: [string, number[]][];
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
    ids: points.map((p) => p.id),
    versions: points.map((p) => p.version ?? 0),
    payloads: points.map((p) => p.payload),
    vectors: [...names],
  };
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

/** Inverse of encodePoints; `sizes` gives each vector name's dimension. */
export function decodePoints(buf: Buffer, sizes: Map<string, number>): Required<EncodablePoint>[] {
  const jsonLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + jsonLength).toString('utf8')) as BatchHeader;
  const points = header.ids.map((id, i) => ({
    id,
    version: header.versions[i],
    payload: header.payloads[i],
    vectors: new Map<string, Float32Array>(),
  }));
  let offset = 4 + jsonLength;
  for (const [name, rows] of header.vectors) {
    const size = sizes.get(name);
    if (size === undefined) throw new Error(`unknown vector name ${JSON.stringify(name)} in stored points`);
    for (const i of rows) {
      const bytes = buf.subarray(offset, offset + size * 4);
      if (bytes.length !== size * 4) throw new Error('stored points are truncated');
      // Copy: the slice may not be 4-byte aligned, and the file buffer must not be kept alive.
      const v = new Float32Array(size);
      Buffer.from(v.buffer).set(bytes);
      points[i].vectors.set(name, v);
      offset += size * 4;
    }
  }
  return points;
}
