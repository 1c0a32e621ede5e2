import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { configFromJson, configToJson, type StoredConfig } from './config-codec.js';
import type { Collection } from './collection.js';
import { decodePoints, encodePoints, type EncodablePoint } from './point-codec.js';
import type { CollectionConfig } from './types.js';

/**
 * A collection image: the whole of one collection in one self-checking file. Used for
 * checkpoints (so the WAL can be cut) and, unchanged, as the snapshot file format.
 *
 *   "RWIMG001" | u32 n | header JSON (n bytes) | (u32 n | points chunk)* | u32 0 | sha256 (32 bytes)
 *
 * The trailing sha256 covers every byte before it, so a torn or altered file is always detected.
 */
const MAGIC = Buffer.from('RWIMG001');
const CHUNK_POINTS = 2048;

export interface ImageHeader {
  format: 1;
  collection: string;
  config: StoredConfig;
  /** The next operation version of the collection, so versions keep growing after a restore. */
  nextVersion: number;
  /** For checkpoints: the first WAL segment not contained in the image. */
  nextWalSegment: number;
  points: number;
  createdAt: string;
}

export interface DecodedImage {
  header: ImageHeader;
  config: CollectionConfig;
  points: Required<EncodablePoint>[];
}

export class ImageError extends Error {}

/** Writes the image to `file` and fsyncs it; returns the sha256 (hex) of the whole file. */
export function writeImage(
  file: string,
  name: string,
  collection: Collection,
  meta: { nextVersion: number; nextWalSegment: number },
): string {
  const fileHash = createHash('sha256');
  const contentHash = createHash('sha256');
  const fd = fs.openSync(file, 'w');
  try {
    const write = (buf: Buffer) => {
      contentHash.update(buf);
      fileHash.update(buf);
      writeFully(fd, buf);
    };
    const header: ImageHeader = {
      format: 1,
      collection: name,
      config: configToJson(collection.config),
      nextVersion: meta.nextVersion,
      nextWalSegment: meta.nextWalSegment,
      points: collection.size,
      createdAt: new Date().toISOString(),
    };
    write(MAGIC);
    writeFramed(write, Buffer.from(JSON.stringify(header)));
    let chunk: EncodablePoint[] = [];
    for (const point of collection.all()) {
      chunk.push(point);
      if (chunk.length === CHUNK_POINTS) {
        writeFramed(write, encodePoints(chunk));
        chunk = [];
      }
    }
    if (chunk.length > 0) writeFramed(write, encodePoints(chunk));
    write(u32(0));
    const trailer = contentHash.digest();
    fileHash.update(trailer);
    writeFully(fd, trailer);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return fileHash.digest('hex');
}

/** Reads and verifies an image. Throws ImageError on any damage, naming what is wrong. */
export function readImage(buf: Buffer): DecodedImage {
  if (buf.length < MAGIC.length + 4 + 4 + 32 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new ImageError('not a Ragwire collection image (bad magic or too short)');
  }
  const body = buf.subarray(0, buf.length - 32);
  const expected = buf.subarray(buf.length - 32);
  if (!createHash('sha256').update(body).digest().equals(expected)) {
    throw new ImageError('checksum mismatch: the file is damaged or incomplete');
  }
  let offset = MAGIC.length;
  const next = (): Buffer => {
    const length = body.readUInt32LE(offset);
    offset += 4;
    const part = body.subarray(offset, offset + length);
    offset += length;
    return part;
  };
  const header = JSON.parse(next().toString('utf8')) as ImageHeader;
  if (header.format !== 1) throw new ImageError(`unsupported image format ${String(header.format)}`);
  const config = configFromJson(header.config);
  const sizes = new Map([...config.vectors].map(([n, p]) => [n, p.size]));
  const points: Required<EncodablePoint>[] = [];
  for (let part = next(); part.length > 0; part = next()) points.push(...decodePoints(part, sizes));
  if (points.length !== header.points) throw new ImageError(`expected ${header.points} points, found ${points.length}`);
  return { header, config, points };
}

function writeFramed(write: (b: Buffer) => void, buf: Buffer): void {
  write(u32(buf.length));
  write(buf);
}

function u32(n: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32LE(n, 0);
  return b;
}

export function writeFully(fd: number, buf: Buffer): void {
  let written = 0;
  while (written < buf.length) written += fs.writeSync(fd, buf, written, buf.length - written);
}
