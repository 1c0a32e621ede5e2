import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import { configFromJson, configToJson, type StoredConfig } from './config-codec.js';
import { OWNER_ONLY_FILE } from './owner-only.js';
import { decodeBatch, encodePoints, type DecodedBatch, type EncodablePoint } from './point-codec.js';
import type { CollectionConfig } from './types.js';

/**
 * A collection image: the whole of one collection in one self-checking file. Used for
 * checkpoints (so the WAL can be cut) and, unchanged, as the snapshot file format.
 *
 *   "RWIMG001" | u32 n | header JSON (n bytes) | (u32 n | points chunk)* | u32 0 | sha256 (32 bytes)
 *
 * The trailing sha256 covers every byte before it, so a torn or altered file is always detected.
 * Images are written and read as streams, one chunk at a time: their size is not limited by the
 * largest Buffer (2 GiB), and reading never holds more than one chunk.
 */
const MAGIC = Buffer.from('RWIMG001');
const CHUNK_POINTS = 512;
/**
 * A chunk is cut earlier once its vectors reach this size (high-dimensional collections). Images
 * written in the background yield to the event loop after each chunk: this bounds the stall.
 */
const CHUNK_BYTES = 256 * 1024;
/**
 * Written in the background, an image is flushed every this many bytes, not all at the end: on
 * ext4 (data=ordered) a WAL fdatasync meanwhile also waits for the image's dirty blocks, so they
 * are kept few.
 */
const FLUSH_BYTES = 4 * 1024 * 1024;
const TRAILER = 32;

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

/** What an image is written from: a Collection, or anything shaped like one. */
export interface ImageSource {
  readonly config: CollectionConfig;
  readonly size: number;
  all(): Iterable<EncodablePoint>;
}

export interface ImageInfo {
  header: ImageHeader;
  config: CollectionConfig;
  /** sha256 (hex) of the whole file, as a snapshot's checksum gives it. */
  sha256: string;
}

export class ImageError extends Error {}

/** Writes the image to `file` (owner-only) and fsyncs it; returns the sha256 (hex) of the whole file. */
export function writeImage(
  file: string,
  name: string,
  source: ImageSource,
  meta: { nextVersion: number; nextWalSegment: number },
): string {
  const writer = new ImageWriter(file, name, source, meta);
  try {
    while (writer.step());
    fs.fsyncSync(writer.fd);
    return writer.close();
  } catch (err) {
    writer.abort();
    throw err;
  }
}

/**
 * writeImage one chunk at a time, yielding to the event loop between chunks and fsyncing on the
 * thread pool, so queries and writes go on while a large image is written (no stall longer than
 * one chunk). The source must stay valid across yields (see PointInTimeView). `cancelled` is asked
 * between chunks: when it says yes, the partial file is removed and the promise resolves to null.
 */
export async function writeImageAsync(
  file: string,
  name: string,
  source: ImageSource,
  meta: { nextVersion: number; nextWalSegment: number },
  cancelled: () => boolean = () => false,
): Promise<string | null> {
  // Chunks are written on the thread pool: a write into the page cache can wait a long while when
  // the kernel throttles a process with many dirty pages (measured: up to 100 ms for 256 KiB on a
  // busy disk), which on the event loop would hold up every request.
  const writer = new ImageWriter(file, name, source, meta, true);
  let flushed = 0;
  try {
    for (;;) {
      if (cancelled()) {
        writer.abort();
        return null;
      }
      const more = writer.step();
      await writer.drain();
      if (!more) break;
      if (writer.written - flushed >= FLUSH_BYTES) {
        // Flushed as it goes (on the thread pool), so the WAL's own syncs never meet more than a
        // few megabytes of the image's dirty pages.
        flushed = writer.written;
        await fsyncOffLoop(writer.fd);
      } else await new Promise((resolve) => setImmediate(resolve));
    }
    await fsyncOffLoop(writer.fd);
    if (cancelled()) {
      writer.abort();
      return null;
    }
    return writer.close();
  } catch (err) {
    writer.abort();
    throw err;
  }
}

function fsyncOffLoop(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fs.fsync(fd, (err) => (err ? reject(err) : resolve())));
}

/** The writing half of the format: magic and header at construction, then one chunk per step(). */
class ImageWriter {
  readonly fd: number;
  /** Bytes written so far (queued ones included). */
  written = 0;
  private readonly hash = createHash('sha256');
  private readonly points: Iterator<EncodablePoint>;
  private closed = false;
  /** With `deferred`: bytes waiting for drain(), and the file position of the first. */
  private queued: Buffer[] = [];
  private queuedAt = 0;

  constructor(
    private readonly file: string,
    name: string,
    source: ImageSource,
    meta: { nextVersion: number; nextWalSegment: number },
    /** Writes wait for drain() (on the thread pool) instead of being written at once. */
    private readonly deferred = false,
  ) {
    this.fd = fs.openSync(file, 'w', OWNER_ONLY_FILE);
    try {
      const header: ImageHeader = {
        format: 1,
        collection: name,
        config: configToJson(source.config),
        nextVersion: meta.nextVersion,
        nextWalSegment: meta.nextWalSegment,
        points: source.size,
        createdAt: new Date().toISOString(),
      };
      this.write(MAGIC);
      this.framed(Buffer.from(JSON.stringify(header)));
      this.points = source.all()[Symbol.iterator]();
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Writes the next chunk; after the last one writes the end mark and trailer and returns false. */
  step(): boolean {
    const chunk: EncodablePoint[] = [];
    let bytes = 0;
    while (chunk.length < CHUNK_POINTS && bytes < CHUNK_BYTES) {
      const next = this.points.next();
      if (next.done) break;
      chunk.push(next.value);
      for (const v of next.value.vectors.values()) bytes += v.byteLength;
    }
    if (chunk.length > 0) {
      this.framed(encodePoints(chunk));
      return true;
    }
    this.write(u32(0));
    // The trailer is the digest of the content; the file's checksum also covers the trailer.
    const trailer = this.hash.copy().digest();
    this.hash.update(trailer);
    this.put(trailer);
    return false;
  }

  /** Writes what step() queued (deferred mode), on the thread pool. */
  async drain(): Promise<void> {
    const parts = this.queued;
    if (parts.length === 0) return;
    this.queued = [];
    let position = this.queuedAt;
    this.queuedAt += parts.reduce((n, b) => n + b.length, 0);
    for (const buf of parts) {
      for (let done = 0; done < buf.length;) {
        done += await new Promise<number>((resolve, reject) =>
          fs.write(this.fd, buf, done, buf.length - done, position + done, (err, n) =>
            err ? reject(err) : resolve(n),
          ),
        );
      }
      position += buf.length;
    }
  }

  /** Closes the finished file; returns the sha256 (hex) of the whole file. */
  close(): string {
    this.closed = true;
    fs.closeSync(this.fd);
    return this.hash.digest('hex');
  }

  /** Closes and removes the unfinished file. */
  abort(): void {
    if (!this.closed) {
      this.closed = true;
      try {
        fs.closeSync(this.fd);
      } catch {
        // already closed
      }
    }
    fs.rmSync(this.file, { force: true });
  }

  private write(buf: Buffer): void {
    this.hash.update(buf);
    this.put(buf);
    this.written += buf.length;
  }

  private put(buf: Buffer): void {
    // Copied: encodePoints returns its scratch buffer, which the next chunk reuses.
    if (this.deferred) this.queued.push(Buffer.from(buf));
    else writeFully(this.fd, buf);
  }

  private framed(buf: Buffer): void {
    this.write(u32(buf.length));
    this.write(buf);
  }
}

/** Called with the image's config once its header is read; returns what takes each chunk. */
export type ImageLoader = (config: CollectionConfig, header: ImageHeader) => (batch: DecodedBatch) => void;

/**
 * Reads an image file as a stream, frame by frame with a running hash, handing each chunk of
 * points to the loader's visitor (without a loader, only verifies). Throws ImageError on any
 * damage, naming what is wrong; chunks already visited then belong to a damaged image and must be
 * discarded. A symlink is refused (O_NOFOLLOW).
 */
export function readImageFile(file: string, load?: ImageLoader): ImageInfo {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') throw new ImageError('not a regular file (a symlink)');
    throw err;
  }
  try {
    return readImageFd(fd, load);
  } finally {
    fs.closeSync(fd);
  }
}

function readImageFd(fd: number, load?: ImageLoader): ImageInfo {
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) throw new ImageError('not a regular file');
  const size = stat.size;
  const contentEnd = size - TRAILER;
  if (contentEnd < MAGIC.length + 4 + 4)
    throw new ImageError('not a Ragwire collection image (bad magic or too short)');
  const hash = createHash('sha256');
  const reader = new FrameReader(fd, hash, contentEnd);
  try {
    if (!reader.read(MAGIC.length).equals(MAGIC))
      throw new ImageError('not a Ragwire collection image (bad magic or too short)');
    const header = JSON.parse(reader.frame().toString('utf8')) as ImageHeader;
    if (header.format !== 1) throw new ImageError(`unsupported image format ${String(header.format)}`);
    const config = configFromJson(header.config);
    const sizes = new Map([...config.vectors].map(([n, p]) => [n, p.size]));
    const visit = load?.(config, header);
    let points = 0;
    for (let part = reader.frame(); part.length > 0; part = reader.frame()) {
      const batch = decodeBatch(part, sizes);
      points += batch.ids.length;
      visit?.(batch);
    }
    if (reader.position !== contentEnd) throw new ImageError('unexpected bytes after the last chunk');
    const trailer = reader.trailer();
    if (!hash.copy().digest().equals(trailer))
      throw new ImageError('checksum mismatch: the file is damaged or incomplete');
    if (points !== header.points) throw new ImageError(`expected ${header.points} points, found ${points}`);
    hash.update(trailer);
    return { header, config, sha256: hash.digest('hex') };
  } catch (err) {
    if (err instanceof ImageError && /checksum/.test(err.message)) throw err;
    // Damage usually shows as a broken frame before the end is reached: say so when the checksum
    // confirms it, rather than reporting whatever the damaged bytes happened to look like.
    if (reader.checksumFails()) throw new ImageError('checksum mismatch: the file is damaged or incomplete');
    if (err instanceof ImageError) throw err;
    throw new ImageError(`damaged image: ${(err as Error).message}`);
  }
}

/** Sequential reads of an open image, hashing every content byte, refusing to read past the content. */
class FrameReader {
  position = 0;
  private buffer = Buffer.allocUnsafe(64 * 1024);

  constructor(
    private readonly fd: number,
    private readonly hash: Hash,
    private readonly contentEnd: number,
  ) {}

  /** The next `length` bytes; valid until the next read. */
  read(length: number): Buffer {
    if (this.position + length > this.contentEnd) throw new ImageError('a frame runs past the end of the image');
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafe(Math.max(length, this.buffer.length * 2));
    const out = this.buffer.subarray(0, length);
    readFully(this.fd, out, this.position);
    this.hash.update(out);
    this.position += length;
    return out;
  }

  frame(): Buffer {
    const length = this.read(4).readUInt32LE(0);
    return this.read(length);
  }

  trailer(): Buffer {
    const out = Buffer.allocUnsafe(TRAILER);
    readFully(this.fd, out, this.contentEnd);
    return out;
  }

  /** Hashes the rest of the content and compares it with the trailer. */
  checksumFails(): boolean {
    try {
      while (this.position < this.contentEnd) this.read(Math.min(1024 * 1024, this.contentEnd - this.position));
      return !this.hash.copy().digest().equals(this.trailer());
    } catch {
      return true;
    }
  }
}

function readFully(fd: number, into: Buffer, position: number): void {
  let done = 0;
  while (done < into.length) {
    const n = fs.readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new ImageError('the image ends early');
    done += n;
  }
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
