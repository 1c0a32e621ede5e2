import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { OWNER_ONLY_FILE } from './owner-only.js';

/**
 * Append-only write-ahead log in numbered segment files (`wal-<n>.log`). Each record is framed as
 * [u32 length][u32 crc32][body]; replay stops at the first record that is short or fails its crc,
 * and that torn tail is cut off, so a crash mid-write never corrupts what was acknowledged before.
 */
export class WriteAheadLog {
  private fd: number;
  private bytes: number;

  private constructor(
    private readonly dir: string,
    private segmentNo: number,
    private readonly fsync: boolean,
  ) {
    const file = segmentPath(dir, segmentNo);
    this.fd = fs.openSync(file, 'a', OWNER_ONLY_FILE);
    this.bytes = fs.fstatSync(this.fd).size;
  }

  /**
   * Replays the segments numbered `from` and up, in order, calling `apply` for each intact record,
   * then opens the log for appending. Segments below `from` are already in the image: removed.
   * `apply` gets a view of the record that is valid only during the call.
   */
  static open(dir: string, from: number, fsync: boolean, apply: (body: Buffer) => void): WriteAheadLog {
    const segments = listSegments(dir);
    for (const n of segments) if (n < from) fs.rmSync(segmentPath(dir, n), { force: true });
    let last = from;
    for (const n of segments.filter((s) => s >= from)) {
      last = n;
      const file = segmentPath(dir, n);
      const { intact, size } = replayFile(file, apply);
      if (intact < size) {
        fs.truncateSync(file, intact);
        // Records after a torn one can't exist (appends are sequential): later segments are stale.
        for (const later of segments.filter((s) => s > n)) fs.rmSync(segmentPath(dir, later), { force: true });
        break;
      }
    }
    return new WriteAheadLog(dir, last, fsync);
  }

  get segment(): number {
    return this.segmentNo;
  }

  get size(): number {
    return this.bytes;
  }

  /** Appends one record made of `parts` (written with writev: no copy into one buffer). */
  append(parts: Buffer[]): void {
    let length = 0;
    let crc = 0;
    for (const part of parts) {
      length += part.length;
      crc = crc32(part, crc);
    }
    const frame = Buffer.allocUnsafe(8);
    frame.writeUInt32LE(length, 0);
    frame.writeUInt32LE(crc, 4);
    writevFully(this.fd, [frame, ...parts]);
    if (this.fsync) fs.fdatasyncSync(this.fd);
    this.bytes += 8 + length;
  }

  /** Starts a new segment; records from now on go there. Returns its number. */
  rotate(): number {
    fs.closeSync(this.fd);
    this.segmentNo += 1;
    this.fd = fs.openSync(segmentPath(this.dir, this.segmentNo), 'a', OWNER_ONLY_FILE);
    this.bytes = 0;
    return this.segmentNo;
  }

  /** Removes segments below `n` (they are in a checkpoint now). */
  dropBefore(n: number): void {
    for (const s of listSegments(this.dir)) if (s < n) fs.rmSync(segmentPath(this.dir, s), { force: true });
  }

  /** dropBefore on the thread pool: unlinking large files can hold the caller for a long while. */
  async dropBeforeInBackground(n: number): Promise<void> {
    const old = listSegments(this.dir).filter((s) => s < n);
    await Promise.all(old.map((s) => fs.promises.rm(segmentPath(this.dir, s), { force: true })));
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** Segments are read this much at a time (a record larger than this is read whole). */
const READ_BYTES = 4 * 1024 * 1024;

/**
 * Applies every intact record of a segment, reading it a block at a time (a segment can grow
 * large while a checkpoint is written, and a whole-file read would sit in memory after the
 * replay). Returns the byte length of the intact prefix and the file's size.
 */
function replayFile(file: string, apply: (body: Buffer) => void): { intact: number; size: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    let buf = Buffer.allocUnsafe(Math.min(READ_BYTES, size));
    /** File position of buf[0], and how many bytes of buf hold file data. */
    let base = 0;
    let filled = 0;
    let offset = 0; // file position of the next record
    const have = (end: number): boolean => {
      if (end > size) return false;
      if (end - base <= filled) return true;
      // Move the unread tail to the front, grow if one record needs more, and read on.
      const keep = buf.subarray(offset - base, filled);
      const need = end - offset;
      if (buf.length < need) {
        const grown = Buffer.allocUnsafe(Math.max(need, READ_BYTES));
        keep.copy(grown);
        buf = grown;
      } else keep.copy(buf);
      base = offset;
      filled = keep.length;
      while (filled < buf.length && base + filled < size) {
        const n = fs.readSync(fd, buf, filled, buf.length - filled, base + filled);
        if (n === 0) break;
        filled += n;
      }
      return end - base <= filled;
    };
    while (have(offset + 8)) {
      const length = buf.readUInt32LE(offset - base);
      const crc = buf.readUInt32LE(offset - base + 4);
      const end = offset + 8 + length;
      if (!have(end)) break;
      const body = buf.subarray(offset - base + 8, end - base);
      if (crc32(body) !== crc) break;
      apply(body);
      offset = end;
    }
    return { intact: offset, size };
  } finally {
    fs.closeSync(fd);
  }
}

function writevFully(fd: number, buffers: Buffer[]): void {
  const pending = buffers.filter((b) => b.length > 0);
  while (pending.length > 0) {
    let written = fs.writevSync(fd, pending);
    // A short write: drop what went out and retry with the rest.
    while (pending.length > 0 && written >= pending[0].length) written -= (pending.shift() as Buffer).length;
    if (pending.length > 0 && written > 0) pending[0] = pending[0].subarray(written);
  }
}

function segmentPath(dir: string, n: number): string {
  return path.join(dir, `wal-${String(n).padStart(8, '0')}.log`);
}

function listSegments(dir: string): number[] {
  return fs
    .readdirSync(dir)
    .map((f) => /^wal-(\d+)\.log$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}
