import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  backupCollections,
  readManifest,
  copyCollections,
  connectEndpoint,
  restoreBackup,
} from '../core/backup/index.js';
import type { QdrantConnection } from '../core/qdrant/index.js';
import type { Command } from './command.js';

const STORE_OPTIONS = `  --url URL|DIR        the store: a Qdrant server or \`ragwire store\` URL, or an embedded store
                       folder (default: QDRANT_URL)
  --api-key-env VAR    the environment variable holding the API key (default QDRANT_API_KEY;
                       a VAR named here must be set)
  --timeout S          seconds per call to the store (default 120)`;

/** The store a command names with --url (or QDRANT_URL), with the key from --api-key-env. */
function openStore(url: string | undefined, keyEnv: string | undefined, timeout: string | undefined): QdrantConnection {
  const endpoint = url ?? process.env.QDRANT_URL;
  if (!endpoint) throw new Error('--url: name the store (a URL or an embedded store folder), or set QDRANT_URL');
  return connectEndpoint(endpoint, { apiKey: apiKeyFrom(keyEnv, '--api-key-env'), timeoutMs: seconds(timeout) });
}

function apiKeyFrom(variable: string | undefined, option: string): string | undefined {
  if (variable === undefined) return process.env.QDRANT_API_KEY || undefined;
  const key = process.env[variable];
  if (!key) throw new Error(`${option}: the environment variable ${variable} is not set (or empty)`);
  return key;
}

function seconds(value: string | undefined): number {
  if (value === undefined) return 120_000;
  const s = Number(value);
  if (!(s > 0)) throw new Error(`--timeout: expected a positive number of seconds, got ${value}`);
  return s * 1000;
}

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${option}: expected a whole number of at least 1, got ${value}`);
  return n;
}

function collectionList(value: string | undefined): string[] | 'all' {
  if (value === undefined || value.trim() === 'all') return 'all';
  return value.split(',');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Back up collections to a directory as verified snapshots, keeping the newest N',
  usage: `ragwire backup --dest DIR [--url URL|DIR] [--api-key-env VAR] [--collections all|a,b] [--keep N] [--max-age-days D]

Takes a snapshot of each collection, downloads it into DIR/<collection>/ (folders 0700, files
0600), checks it against the size and sha256 the server announced, and commits it with a
manifest (<file>.json). A download that fails or does not match leaves no file that looks like a
backup. Then deletes the snapshot on the server, and the collection's backups beyond --keep or
older than --max-age-days (never its newest). Exits with 1 naming each collection that failed
(the others are still backed up): fit for a Kubernetes CronJob.

Options:
  --dest DIR           the backup directory (created if missing)
  --collections LIST   all (default) or comma-separated collection names
  --keep N             keep the N newest backups of each collection backed up
  --max-age-days D     delete backups older than D days (each collection keeps its newest)
${STORE_OPTIONS}`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        'api-key-env': { type: 'string' },
        collections: { type: 'string' },
        dest: { type: 'string' },
        keep: { type: 'string' },
        'max-age-days': { type: 'string' },
        timeout: { type: 'string' },
      },
      strict: true,
    });
    if (!values.dest) throw new Error('--dest: name the backup directory');
    const keep = positiveInteger(values.keep, '--keep');
    let maxAgeMs: number | undefined;
    if (values['max-age-days'] !== undefined) {
      const days = Number(values['max-age-days']);
      if (!(days > 0)) throw new Error(`--max-age-days: expected a positive number, got ${values['max-age-days']}`);
      maxAgeMs = days * 24 * 3600 * 1000;
    }
    const store = openStore(values.url, values['api-key-env'], values.timeout);
    try {
      const result = await backupCollections(await store.get(), {
        dest: path.resolve(values.dest),
        collections: collectionList(values.collections),
        keep,
        maxAgeMs,
      });
      for (const b of result.backups)
        io.out(`backed up ${b.collection}: ${b.points} points, ${megabytes(b.size)}, sha256 ${b.sha256} -> ${b.path}`);
      for (const p of result.pruned) io.out(`deleted old backup of ${p.collection} from ${p.createdAt}: ${p.path}`);
      io.out(`${result.backups.length} collection(s) backed up to ${path.resolve(values.dest)}`);
    } finally {
      await store.close();
    }
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a collection from a backup file, verified before anything is touched',
  usage: `ragwire restore --file FILE [--collection NAME] [--yes] [--url URL|DIR] [--api-key-env VAR]

Checks FILE against the sha256 and size in its manifest (FILE.json; or --checksum when it has
none) and refuses a damaged or truncated file before the store is asked anything. Then uploads
it to the store (which checks the sha256 again) to recreate or replace the collection. The
embedded store swaps the collection only once the new one is complete: a failed restore leaves
the existing one as it was.

Options:
  --file FILE          the backup's snapshot file
  --collection NAME    the collection to restore into (default: the one the manifest names)
  --yes                confirm replacing a collection that exists (refused without)
  --checksum HEX       the sha256 to check a file without manifest against
${STORE_OPTIONS}`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        'api-key-env': { type: 'string' },
        file: { type: 'string' },
        collection: { type: 'string' },
        checksum: { type: 'string' },
        yes: { type: 'boolean', default: false },
        timeout: { type: 'string' },
      },
      strict: true,
    });
    if (!values.file) throw new Error('--file: name the backup file to restore');
    const file = path.resolve(values.file);
    const collection = values.collection || readManifest(file)?.collection;
    const store = openStore(values.url, values['api-key-env'], values.timeout);
    try {
      const gateway = await store.get();
      if (!values.yes && collection && (await gateway.listCollections()).includes(collection))
        throw new Error(
          `collection "${collection}" exists in ${store.description} and would be replaced by the backup: pass --yes to confirm`,
        );
      const r = await restoreBackup(gateway, { file, collection: values.collection, checksum: values.checksum });
      io.out(
        `restored ${r.collection} from ${r.file} (sha256 ${r.sha256} verified): ${r.points} points${r.replaced ? ', replacing the collection that was there' : ''}`,
      );
    } finally {
      await store.close();
    }
  },
};

export const copyCommand: Command = {
  name: 'copy',
  summary: 'Copy collections between stores (embedded folder, ragwire store, Qdrant), resumable',
  usage: `ragwire copy --from URL|DIR --to URL|DIR [--collections all|a,b] [--progress FILE] [--overwrite]

Copies collections with their vector configuration, metadata and payload indexes, then their
points in batches, from one store to another: a Qdrant server or cluster, \`ragwire store\`, or an
embedded store folder (opened here; no other process may have it open). Moving from the embedded
store to Qdrant needs this: their snapshot files differ. After every batch the progress file
records where the next starts; run the same command again after an interruption and it continues
there. Each collection is verified at the end: equal point counts, and a sample of 100 points
compared exactly (ids, vectors, payloads). The progress file is removed when all is copied.

Options:
  --from URL|DIR           the source store
  --to URL|DIR             the target store
  --collections LIST       all (default) or comma-separated collection names
  --progress FILE          the progress file (default ./ragwire-copy-progress.json)
  --overwrite              replace collections that exist at the target (refused without)
  --batch-size N           points per batch (default 256)
  --from-api-key-env VAR   the environment variable holding the source's API key
  --to-api-key-env VAR     the environment variable holding the target's API key
  --timeout S              seconds per call to either store (default 120)`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        collections: { type: 'string' },
        progress: { type: 'string', default: 'ragwire-copy-progress.json' },
        overwrite: { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        'from-api-key-env': { type: 'string' },
        'to-api-key-env': { type: 'string' },
        timeout: { type: 'string' },
      },
      strict: true,
    });
    if (!values.from) throw new Error('--from: name the source store (a URL or an embedded store folder)');
    if (!values.to) throw new Error('--to: name the target store (a URL or an embedded store folder)');
    const timeoutMs = seconds(values.timeout);
    const keyOf = (variable: string | undefined, option: string) =>
      variable === undefined ? undefined : apiKeyFrom(variable, option);
    const endpoint = (e: string) => (/^https?:\/\//i.test(e) ? e : path.resolve(e));
    const from = endpoint(values.from);
    const to = endpoint(values.to);
    if (from === to) throw new Error('--from and --to name the same store');
    const source = connectEndpoint(from, {
      apiKey: keyOf(values['from-api-key-env'], '--from-api-key-env'),
      timeoutMs,
    });
    const target = connectEndpoint(to, { apiKey: keyOf(values['to-api-key-env'], '--to-api-key-env'), timeoutMs });
    try {
      const reported = new Map<string, number>();
      const result = await copyCollections(await source.get(), await target.get(), {
        from,
        to,
        collections: collectionList(values.collections),
        progressFile: path.resolve(values.progress),
        overwrite: values.overwrite,
        batchSize: positiveInteger(values['batch-size'], '--batch-size'),
        onBatch: ({ collection, copied }) => {
          if (copied - (reported.get(collection) ?? 0) < 10_000) return;
          reported.set(collection, copied);
          io.out(`copying ${collection}: ${copied} points so far`);
        },
      });
      for (const c of result.collections)
        io.out(
          `copied ${c.collection}: ${c.points} points${c.resumedAt > 0 ? ` (resumed after ${c.resumedAt})` : ''}, counts equal, ${c.sampled} sampled points identical`,
        );
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
  },
};
