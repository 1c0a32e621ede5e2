import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { QdrantGateway } from '../qdrant/gateway.js';
import { backupCollections } from './backup.js';
import { listBackups, pruneBackups, type BackupEntry } from './backup-dir.js';
import { copyCollections } from './copy.js';
import { BackupInputError } from './errors.js';
import type { BackupObserver } from './observer.js';
import { restoreBackup } from './restore.js';

/** The backup use cases an adapter offers (a Node-RED node, a Flowise tool), one request at a time. */
export const BACKUP_ACTIONS = ['backup', 'list', 'prune', 'restore', 'copy'] as const;
export type BackupAction = (typeof BACKUP_ACTIONS)[number];
export const isBackupAction = (v: unknown): v is BackupAction => BACKUP_ACTIONS.includes(v as BackupAction);

/** A store as adapters configure it (QdrantConnection is one): where it is, for messages, and its gateway. */
export interface BackupStore {
  readonly description: string;
  get(): Promise<QdrantGateway>;
}

export interface BackupActionRequest {
  action: BackupAction;
  collections: string[] | 'all';
  keep?: number;
  maxAgeMs?: number;
  /** restore: the backup file, relative to the backup directory (as list shows it). */
  file?: string;
  /** restore: the name of the collection that will be replaced, as the caller's confirmation. */
  confirm?: unknown;
  /** copy: replace collections that exist at the target. */
  overwrite?: boolean;
}

export interface BackupActionContext {
  /** The backup directory: every file shown is relative to it, and only its files are restored. */
  directory: string;
  source: BackupStore;
  /** copy: the store copied to. */
  target?: BackupStore;
  observer?: BackupObserver;
  /** How the adapter's users name a request field in messages (Node-RED: msg.file; Flowise: file). */
  field(name: 'file' | 'confirm' | 'keep' | 'maxAgeDays'): string;
}

/** A backup as a flow or an agent sees it: its path relative to the backup directory, never the host's layout. */
function shown(directory: string, b: BackupEntry) {
  return {
    collection: b.collection,
    file: path.relative(directory, b.path),
    size: b.size,
    sha256: b.sha256,
    createdAt: b.createdAt,
    points: b.points,
  };
}

/** Runs one backup action; `result` is what the adapter hands back, `summary` a few words for a status. */
export async function runBackupAction(
  request: BackupActionRequest,
  context: BackupActionContext,
): Promise<{ result: Record<string, unknown>; summary: string }> {
  const { directory, observer } = context;
  const { action, collections, keep, maxAgeMs } = request;
  const named = collections === 'all' ? undefined : collections;
  switch (action) {
    case 'backup': {
      const gateway = await context.source.get();
      const r = await backupCollections(gateway, { dest: directory, collections, keep, maxAgeMs, observer });
      return {
        result: {
          action,
          backups: r.backups.map((b) => shown(directory, b)),
          pruned: r.pruned.map((p) => path.relative(directory, p.path)),
        },
        summary: `${r.backups.length} backed up`,
      };
    }
    case 'list': {
      const backups = listBackups(directory, named).map((b) => shown(directory, b));
      return { result: { action, backups }, summary: `${backups.length} backups` };
    }
    case 'prune': {
      if (keep === undefined && maxAgeMs === undefined)
        throw new BackupInputError(
          `prune: set Keep or Max. age in the node (or ${context.field('keep')}, ${context.field('maxAgeDays')})`,
        );
      const r = pruneBackups(directory, { keep, maxAgeMs, collections: named, observer });
      return {
        result: { action, deleted: r.deleted.map((d) => path.relative(directory, d.path)), kept: r.kept },
        summary: `${r.deleted.length} deleted`,
      };
    }
    case 'restore': {
      const r = await restore(request, context);
      return { result: { action, ...r }, summary: `restored ${r.collection}` };
    }
    case 'copy': {
      const { source, target } = context;
      if (!target) throw new BackupInputError('copy: pick the target store in the node');
      if (source.description === target.description)
        throw new BackupInputError('copy: the source and target stores are the same');
      const id = createHash('sha256').update(`${source.description}\n${target.description}`).digest('hex').slice(0, 16);
      const r = await copyCollections(await source.get(), await target.get(), {
        from: source.description,
        to: target.description,
        collections,
        progressFile: path.join(directory, '.copy-progress', `${id}.json`),
        overwrite: request.overwrite === true,
        observer,
      });
      return { result: { action, collections: r.collections }, summary: `${r.collections.length} copied` };
    }
  }
}

/**
 * Restores only files of the backup directory (a request may carry a path from outside), and only
 * with a confirmation naming the collection that will be replaced.
 */
async function restore(request: BackupActionRequest, context: BackupActionContext) {
  const { directory } = context;
  const fileField = context.field('file');
  const file = request.file ?? '';
  if (!file) throw new BackupInputError(`${fileField}: name the backup file to restore (as the list action gives it)`);
  const full = path.resolve(directory, file);
  const inside = path.relative(directory, full);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    throw new BackupInputError(`${fileField}: ${file} is not in the backup directory; only its backups are restored`);
  const { collections } = request;
  const collection = collections === 'all' || collections.length !== 1 ? undefined : collections[0].trim();
  const target = collection ?? listBackups(directory).find((b) => b.path === full)?.collection;
  if (!target) throw new BackupInputError(`${fileField}: ${file} is not a backup of the backup directory`);
  if (request.confirm !== target) {
    const confirm = context.field('confirm');
    throw new BackupInputError(
      `${confirm}: a restore replaces the collection "${target}" with the backup; set ${confirm} to "${target}" to confirm`,
    );
  }
  const gateway = await context.source.get();
  const r = await restoreBackup(gateway, { file: full, collection: target, observer: context.observer });
  return { ...r, file: inside };
}
