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
   */
  static open(dir: string, from: number, fsync: boolean, apply: (body: Buffer) => void): WriteAheadLog {
    const segments = listSegments(dir);
    for (const n of segments) if (n < from) fs.rmSync(segmentPath(dir, n), { force: true });
    let last = from;
    for (const n of segments.filter((s) => s >= from)) {
      last = n;
      const file = segmentPath(dir, n);
      const buf = fs.readFileSync(file);
      const intact = replay(buf, apply);
      if (intact < buf.length) {
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

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** Applies every intact record; returns the byte length of the intact prefix. */
function replay(buf: Buffer, apply: (body: Buffer) => void): number {
  let offset = 0;
  while (offset + 8 <= buf.length) {
    const length = buf.readUInt32LE(offset);
    const crc = buf.readUInt32LE(offset + 4);
    const end = offset + 8 + length;
    if (end > buf.length) break;
    const body = buf.subarray(offset + 8, end);
    if (crc32(body) !== crc) break;
    apply(body);
    offset = end;
  }
  return offset;
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
