import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fsyncDir } from '../durable-file.js';
import { notFound, wrongInput } from './errors.js';
import { ImageError, readImageFile, writeFully } from './image.js';
import { publishUnique } from './snapshot-name.js';
import { OWNER_ONLY_FILE } from './owner-only.js';
import type { EmbeddedStore, SnapshotDescription } from './store.js';

/**
 * Full-storage snapshots: every collection (its snapshot image) and the aliases, in one tar file
 * in the store's snapshots folder, `full-snapshot-<date>.snapshot` as Qdrant names them:
 *   manifest.json           {format, collections: [{name, file}], aliases: {alias: collection}}
 *   collections/<n>.snapshot one collection snapshot image each (self-verifying, sha256 inside)
 * Every collection is taken at the same moment (one tick), then written without blocking the store. Recovery is an explicit
 * act at start-up (`ragwire store --snapshot FILE`), as Qdrant recovers full snapshots only with
 * --storage-snapshot: each collection in the file replaces the one of that name, its aliases are set.
 */
const FORMAT = 'ragwire-full-snapshot-v1';
const BLOCK = 512;

interface Manifest {
  format: string;
  collections: { name: string; file: string }[];
  aliases: Record<string, string>;
}

export async function createFullSnapshot(store: EmbeddedStore): Promise<SnapshotDescription> {
  const dir = store.snapshotsDir;
  const now = new Date();
  const name = `full-snapshot-${now.toISOString().slice(0, 19).replace(/[T:]/g, '-')}.snapshot`;
  // Temporary names of this call alone: two requests in the same second share `name` until one renames.
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(dir, `.${name}.${unique}.tmp`);
  const names = store.collectionNames().sort();
  const manifest: Manifest = {
    format: FORMAT,
    collections: names.map((n, i) => ({ name: n, file: `collections/${i}.snapshot` })),
    aliases: store.aliases.snapshot(),
  };
  // Every collection's point-in-time view is taken now, in this one tick (writeImage takes its view
  // before it first yields), with the aliases above: the snapshot is one moment of the whole store,
  // while the images are written a chunk at a time and queries and writes go on.
  const images = manifest.collections.map((_, i) => path.join(dir, `.${name}.${unique}.image-${i}.tmp`));
  const written = Promise.all(
    manifest.collections.map(({ name: collection }, i) => store.collection(collection).writeImage(images[i])),
  );
  try {
    await written;
    store.assertNotClosing();
  } catch (err) {
    for (const image of images) fs.rmSync(image, { force: true });
    throw err;
  }
  // The tar is assembled on the thread pool a chunk at a time: at 1M points the images are
  // gigabytes, and copying them synchronously held every query for seconds.
  let out: fs.promises.FileHandle;
  try {
    out = await fs.promises.open(tmp, 'wx', OWNER_ONLY_FILE);
  } catch (err) {
    for (const image of images) await fs.promises.rm(image, { force: true });
    throw err;
  }
  const hash = createHash('sha256');
  const write = async (bytes: Buffer) => {
    hash.update(bytes);
    for (let at = 0; at < bytes.length;) at += (await out.write(bytes, at, bytes.length - at)).bytesWritten;
  };
  try {
    await writeEntry(write, 'manifest.json', Buffer.from(JSON.stringify(manifest)));
    for (const [i, { file }] of manifest.collections.entries()) {
      const imageTmp = images[i];
      try {
        const size = (await fs.promises.stat(imageTmp)).size;
        await write(tarHeader(file, size));
        const src = await fs.promises.open(imageTmp, 'r');
        try {
          const chunk = Buffer.allocUnsafe(1024 * 1024);
          for (let n; (n = (await src.read(chunk, 0, chunk.length, null)).bytesRead) > 0;)
            await write(chunk.subarray(0, n));
        } finally {
          await src.close();
        }
        await write(Buffer.alloc(padding(size)));
      } finally {
        await fs.promises.rm(imageTmp, { force: true });
      }
    }
    await write(Buffer.alloc(2 * BLOCK));
    await out.sync();
    store.assertNotClosing();
  } catch (err) {
    await out.close();
    await fs.promises.rm(tmp, { force: true });
    for (const image of images) await fs.promises.rm(image, { force: true });
    throw err;
  }
  await out.close();
  // The second snapshot of a second gets the millisecond, then a counter.
  const base = name.replace(/\.snapshot$/, '');
  const final = publishUnique(tmp, dir, (i) =>
    i === 0 ? name : i === 1 ? `${base}-${now.getTime()}.snapshot` : `${base}-${now.getTime()}-${i - 1}.snapshot`,
  );
  fs.writeFileSync(path.join(dir, `${final}.checksum`), hash.digest('hex'), { mode: OWNER_ONLY_FILE });
  fsyncDir(dir);
  return describe(store, final);
}

export function listFullSnapshots(store: EmbeddedStore): SnapshotDescription[] {
  return fs
    .readdirSync(store.snapshotsDir, { withFileTypes: true })
    .filter((f) => f.isFile() && isFullSnapshotName(f.name))
    .map((f) => f.name)
    .sort()
    .map((f) => describe(store, f));
}

/** Path of a full snapshot by name; 404 for any other name (no path outside the folder, no symlink). */
export function fullSnapshotPath(store: EmbeddedStore, name: string): string {
  const file = path.join(store.snapshotsDir, name);
  if (!isFullSnapshotName(name) || path.basename(name) !== name || !store.isSnapshotFile(file))
    throw notFound(`Snapshot ${name} not found`);
  return file;
}

export function deleteFullSnapshot(store: EmbeddedStore, name: string): void {
  const file = fullSnapshotPath(store, name);
  fs.rmSync(file);
  fs.rmSync(`${file}.checksum`, { force: true });
}

/**
 * Recovers every collection and alias of a full snapshot file into the store. The whole file is
 * checked first (manifest, entries, each image's own checksum when it is recovered); collections
 * of the store that the snapshot does not hold are left as they are. Returns the recovered names.
 */
export function recoverFullSnapshot(store: EmbeddedStore, file: string): string[] {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    const entries = readEntries(fd);
    const manifestEntry = entries.get('manifest.json');
    if (!manifestEntry) throw wrongInput(`${path.basename(file)} is not a full snapshot: no manifest.json`);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readRange(fd, manifestEntry.offset, manifestEntry.size).toString('utf8')) as Manifest;
    } catch {
      throw wrongInput(`${path.basename(file)} is not a full snapshot: a damaged manifest.json`);
    }
    if (manifest.format !== FORMAT)
      throw wrongInput(`${path.basename(file)}: unknown snapshot format ${manifest.format}`);
    for (const c of manifest.collections)
      if (!entries.has(c.file)) throw wrongInput(`${path.basename(file)}: ${c.file} (collection ${c.name}) is missing`);
    // Every image is extracted and verified (its sha256) before any collection is replaced.
    const images = manifest.collections.map((c, i) => ({
      name: c.name,
      tmp: path.join(store.snapshotsDir, `.recover-full-${process.pid}-${Date.now()}-${i}.tmp`),
    }));
    try {
      manifest.collections.forEach((c, i) => {
        const entry = entries.get(c.file) as { offset: number; size: number };
        copyRange(fd, entry.offset, entry.size, images[i].tmp);
        try {
          readImageFile(images[i].tmp);
        } catch (err) {
          if (err instanceof ImageError) throw wrongInput(`Invalid snapshot: collection ${c.name}: ${err.message}`);
          throw err;
        }
      });
      // The snapshot's collections win over aliases of the same name in this store.
      store.aliases.apply(
        images.filter((i) => store.aliases.has(i.name)).map((i) => ({ delete_alias: { alias_name: i.name } })),
        () => true,
      );
      for (const { name, tmp } of images) store.recoverSnapshot(name, { file: tmp });
    } finally {
      for (const { tmp } of images) fs.rmSync(tmp, { force: true });
    }
    store.aliases.merge(manifest.aliases);
    return manifest.collections.map((c) => c.name);
  } finally {
    fs.closeSync(fd);
  }
}

function isFullSnapshotName(name: string): boolean {
  return name.startsWith('full-snapshot-') && name.endsWith('.snapshot');
}

function describe(store: EmbeddedStore, name: string): SnapshotDescription {
  const file = path.join(store.snapshotsDir, name);
  const stat = fs.statSync(file);
  let checksum: string | null = null;
  try {
    checksum = fs.readFileSync(`${file}.checksum`, 'utf8').trim();
  } catch {
    // written after the rename: a crash in between leaves a snapshot without one
  }
  return { name, creation_time: stat.mtime.toISOString().slice(0, 19), size: stat.size, checksum };
}

async function writeEntry(write: (b: Buffer) => Promise<void>, name: string, bytes: Buffer): Promise<void> {
  await write(tarHeader(name, bytes.length));
  await write(bytes);
  await write(Buffer.alloc(padding(bytes.length)));
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

/** A POSIX ustar header for a regular file (names here are short: manifest.json, collections/<n>.snapshot). */
function tarHeader(name: string, size: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write('0000600\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(size.toString(8).padStart(11, '0') + '\0', 124, 'ascii');
  h.write(
    Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, '0') + '\0',
    136,
    'ascii',
  );
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

/** Name → data offset and size of every regular file in the tar. */
function readEntries(fd: number): Map<string, { offset: number; size: number }> {
  const entries = new Map<string, { offset: number; size: number }>();
  const total = fs.fstatSync(fd).size;
  let offset = 0;
  const header = Buffer.alloc(BLOCK);
  while (offset + BLOCK <= total) {
    if (fs.readSync(fd, header, 0, BLOCK, offset) !== BLOCK) break;
    if (header.every((b) => b === 0)) return entries;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
    if (sum !== parseInt(header.toString('ascii', 148, 156).replace(/\0.*$/s, '').trim(), 8))
      throw wrongInput('not a full snapshot: a damaged tar header');
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const size = parseInt(header.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim(), 8);
    if (!Number.isSafeInteger(size) || offset + BLOCK + size > total)
      throw wrongInput('not a full snapshot: truncated');
    if (header[156] === 0x30 || header[156] === 0) entries.set(name, { offset: offset + BLOCK, size });
    offset += BLOCK + size + padding(size);
  }
  throw wrongInput('not a full snapshot: truncated (no end-of-archive blocks)');
}

function readRange(fd: number, offset: number, size: number): Buffer {
  const out = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = fs.readSync(fd, out, done, size - done, offset + done);
    if (n === 0) throw wrongInput('not a full snapshot: truncated');
    done += n;
  }
  return out;
}

function copyRange(fd: number, offset: number, size: number, to: string): void {
  const out = fs.openSync(to, 'w', OWNER_ONLY_FILE);
  try {
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (let done = 0; done < size;) {
      const n = fs.readSync(fd, chunk, 0, Math.min(chunk.length, size - done), offset + done);
      if (n === 0) throw wrongInput('not a full snapshot: truncated');
      writeFully(out, chunk.subarray(0, n));
      done += n;
    }
  } finally {
    fs.closeSync(out);
  }
}
