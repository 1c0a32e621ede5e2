import * as fs from 'node:fs';
import { OWNER_ONLY_FILE } from './owner-only.js';

/** Rows written to the file in one call when pending rows are flushed (consecutive rows only). */
const FLUSH_RUN_ROWS = 256;

/**
 * The float rows of a vector kept on disk (Qdrant's `on_disk: true`): row r lives at byte
 * r * rowBytes of one file and is read back with positioned reads, so the floats are not resident
 * in the process (the OS page cache may hold them; it gives them back under pressure). Rows written
 * since the last flush are pending in memory and read from there; the collection flushes them at
 * each checkpoint.
 *
 * The file is a cache of what the image and WAL hold, never the source of truth: it is emptied and
 * written again as the collection opens, never synced, emptied at close, and a crash loses nothing. Until a file is
 * attached (a collection without a folder) every row stays pending.
 *
 * A row not pending is correct in the file: a flush drops a pending row only once its write has
 * completed and only if the row was not written again meanwhile, and flushes run one at a time.
 */
export class DiskRows {
  private fd: number | null = null;
  private readonly pending = new Map<number, Float32Array>();
  /** Rows [0, rows) may hold vectors; the file is cut there at each flush (erasure of deleted rows). */
  private rows = 0;
  private flushing: Promise<void> | null = null;
  /** flushSync() came while a flush ran: it writes what is pending then too. */
  private flushAgain = false;

  constructor(
    /** Bytes per row in the file: the space's padded stride, so rows read straight into scan memory. */
    readonly rowBytes: number,
  ) {}

  /**
   * Uses `file` from now on, empty: the rows are written to it as the collection loads. A new file
   * (a new inode): an instance closed with a write in flight empties its own file when that write
   * lands (see close), which must never be one opened here since.
   */
  attach(file: string): void {
    this.close();
    fs.rmSync(file, { force: true });
    this.fd = fs.openSync(file, 'wx+', OWNER_ONLY_FILE);
  }

  get attached(): boolean {
    return this.fd !== null;
  }

  /** Rows held in memory until the next flush. */
  get pendingRows(): number {
    return this.pending.size;
  }

  /** Keeps `v` (padded to the row size by the reader) as row `row` until the next flush. */
  set(row: number, v: Float32Array): void {
    this.pending.set(row, v.slice());
    this.rows = Math.max(this.rows, row + 1);
  }

  /**
   * Writes consecutive rows [first, first + count) straight to the file (loading an image): `src`
   * holds them back to back at `vectorBytes` each, which the file pads to rowBytes.
   */
  writeLoaded(first: number, count: number, src: Uint8Array, vectorBytes: number): void {
    this.rows = Math.max(this.rows, first + count);
    for (let i = 0; i < count; i++) this.pending.delete(first + i);
    if (this.fd === null) {
      for (let i = 0; i < count; i++)
        this.pending.set(first + i, new Float32Array(src.slice(i * vectorBytes, (i + 1) * vectorBytes).buffer));
      return;
    }
    let rows = src.subarray(0, count * vectorBytes);
    if (vectorBytes !== this.rowBytes) {
      const padded = new Uint8Array(count * this.rowBytes);
      for (let i = 0; i < count; i++)
        padded.set(rows.subarray(i * vectorBytes, (i + 1) * vectorBytes), i * this.rowBytes);
      rows = padded;
    }
    writeAt(this.fd, rows, first * this.rowBytes);
  }

  /**
   * Copies rows [first, first + count) into `into` at byte `at`, rowBytes apart (pending rows from
   * memory). Rows past the end of the file are left as they were: the caller skips absent rows.
   */
  read(first: number, count: number, into: Uint8Array, at: number): void {
    if (this.fd !== null) {
      const length = count * this.rowBytes;
      let done = 0;
      while (done < length) {
        const n = fs.readSync(this.fd, into, at + done, length - done, first * this.rowBytes + done);
        if (n === 0) break;
        done += n;
      }
    }
    if (this.pending.size === 0) return;
    for (let i = 0; i < count; i++) {
      const v = this.pending.get(first + i);
      if (!v) continue;
      const start = at + i * this.rowBytes;
      into.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), start);
      // Zero padding: a row past the end of the file would keep the bytes of an earlier read.
      into.fill(0, start + v.byteLength, start + this.rowBytes);
    }
  }

  /** Row `row` as `size` floats: the pending copy itself (valid until the next write), or read now. */
  row(row: number, size: number): Float32Array {
    const pending = this.pending.get(row);
    if (pending) return pending.subarray(0, size);
    const out = new Float32Array(this.rowBytes / 4);
    this.read(row, 1, new Uint8Array(out.buffer), 0);
    return out.subarray(0, size);
  }

  /** Row `to` takes row `from`'s vector (kept pending: the file's row `to` is not rewritten here). */
  move(from: number, to: number, size: number): void {
    const v = this.row(from, size);
    this.pending.set(to, this.pending.has(from) ? v : v.slice());
    this.pending.delete(from);
  }

  /**
   * Row `row` has no vector any more. A row already in the file is overwritten with zeros at the
   * next flush: the vector of a deleted point must leave every file (the erasure bound), not only
   * when the file is cut or written again at the next open.
   */
  drop(row: number): void {
    if (row < this.rows) this.pending.set(row, new Float32Array(this.rowBytes / 4));
    else this.pending.delete(row);
  }

  /** Rows at and after `rows` are gone. */
  truncate(rows: number): void {
    for (let row = rows; row < this.rows; row++) this.pending.delete(row);
    this.rows = Math.min(this.rows, rows);
  }

  /**
   * Writes the pending rows to the file (on the thread pool, a run of rows at a time, so the event
   * loop goes on) and cuts the file after the last row, so deleted rows leave it. Flushes run one
   * at a time; a call while one runs waits for it, then flushes what is pending then.
   */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    const fd = this.fd;
    if (fd === null) return;
    const run = this.writePending(fd).finally(() => {
      if (this.flushing === run) this.flushing = null;
    });
    this.flushing = run;
    return run;
  }

  /**
   * flush() before returning (opening a collection, synchronous checkpoints). While a flush runs,
   * its runs were chosen when it started: it is told to go on with what is pending now (rows
   * dropped since, whose zeros an erasure waits for) once they are written.
   */
  flushSync(): void {
    if (this.fd === null) return;
    if (this.flushing) {
      this.flushAgain = true;
      return;
    }
    fs.ftruncateSync(this.fd, this.rows * this.rowBytes);
    for (const [first, entries] of this.runs()) {
      writeAt(this.fd, joined(entries, this.rowBytes), first * this.rowBytes);
      this.settle(first, entries);
    }
  }

  /**
   * Closes the file, emptied: it is a cache that the next open writes again from the image, so
   * nothing pending need be written, and no vector of a deleted point stays in it (the erasure
   * bound holds across a clean shutdown). A flush running stops after its current write, which may
   * land after the emptying: the file is emptied again once that write is done, then closed (the
   * write in flight keeps the process alive until then; at the latest, the next open empties it).
   */
  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    fs.ftruncateSync(fd, 0);
    // Closed only once no write is in flight: a closed descriptor's number may be reused by another file.
    if (this.flushing)
      void this.flushing
        .catch(() => undefined)
        .finally(() => {
          fs.ftruncateSync(fd, 0);
          fs.closeSync(fd);
        });
    else fs.closeSync(fd);
  }

  private async writePending(fd: number): Promise<void> {
    do {
      this.flushAgain = false;
      fs.ftruncateSync(fd, this.rows * this.rowBytes);
      for (const [first, entries] of this.runs()) {
        const buf = joined(entries, this.rowBytes);
        await new Promise<void>((resolve, reject) =>
          fs.write(fd, buf, 0, buf.length, first * this.rowBytes, (err) => (err ? reject(err) : resolve())),
        );
        if (this.fd !== fd) return; // closed meanwhile
        this.settle(first, entries);
      }
    } while (this.flushAgain);
  }

  /** The pending rows now, as runs of consecutive rows. */
  private runs(): [number, Float32Array[]][] {
    const rows = [...this.pending.keys()].sort((a, b) => a - b);
    const out: [number, Float32Array[]][] = [];
    for (let i = 0; i < rows.length;) {
      let j = i + 1;
      while (j < rows.length && rows[j] === rows[j - 1] + 1 && j - i < FLUSH_RUN_ROWS) j++;
      out.push([rows[i], rows.slice(i, j).map((row) => this.pending.get(row) as Float32Array)]);
      i = j;
    }
    return out;
  }

  /** Drops the written rows from memory, unless written again since. */
  private settle(first: number, entries: Float32Array[]): void {
    entries.forEach((entry, i) => {
      if (this.pending.get(first + i) === entry) this.pending.delete(first + i);
    });
  }
}

function joined(entries: Float32Array[], rowBytes: number): Buffer {
  const buf = Buffer.alloc(entries.length * rowBytes);
  entries.forEach((v, i) => buf.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), i * rowBytes));
  return buf;
}

function writeAt(fd: number, buf: Uint8Array, position: number): void {
  let written = 0;
  while (written < buf.length) written += fs.writeSync(fd, buf, written, buf.length - written, position + written);
}
