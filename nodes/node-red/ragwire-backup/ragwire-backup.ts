import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  backupCollections,
  listBackups,
  pruneBackups,
  type BackupEntry,
  copyCollections,
  BackupInputError,
  type BackupObserver,
  restoreBackup,
} from '../../core/backup/index.js';
import { recordBackup } from '../../core/metrics/index.js';
import { qdrantConnection } from '../shared/config-nodes.js';
import { handleInput, isPositiveInteger, isString, override } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef, NodeMessage } from '../shared/types.js';

const ACTIONS = ['backup', 'list', 'prune', 'restore', 'copy'] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (v: unknown): v is Action => ACTIONS.includes(v as Action);
const isCollections = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.every((c) => typeof c === 'string'));
const isPositiveNumber = (v: unknown): v is number => typeof v === 'number' && v > 0;

export = (RED: NodeAPI) => {
  function RagwireBackupNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    const baseDir = RED.settings.userDir ?? os.homedir();
    const directory = path.resolve(baseDir, String(config.directory || 'ragwire-backups'));
    const defaultAction: Action = isAction(config.action) ? config.action : 'backup';
    const defaultCollections = String(config.collections ?? '').trim() || 'all';
    const defaultKeep = Number(config.keep) > 0 ? Math.floor(Number(config.keep)) : undefined;
    const defaultMaxAgeDays = Number(config.maxAgeDays) > 0 ? Number(config.maxAgeDays) : undefined;
    // One log line per collection (what operators read when a scheduled backup ran), and the backup metrics.
    const observer: BackupObserver = {
      finished: (e) => {
        recordBackup(e);
        if (e.outcome === 'success' && (e.operation !== 'prune' || e.bytes > 0))
          this.log(`${e.operation} of ${e.collection}: ${e.bytes} bytes in ${e.durationSeconds.toFixed(1)} s`);
      },
    };
    /** A path the flow shows: relative to the backup directory, never the host's layout. */
    const shown = (b: BackupEntry) => ({
      collection: b.collection,
      file: path.relative(directory, b.path),
      size: b.size,
      sha256: b.sha256,
      createdAt: b.createdAt,
      points: b.points,
    });

    handleInput(this, 'working', async (msg, send) => {
      const action = override(msg, 'action', defaultAction, isAction, ACTIONS.join(', '));
      const named = override(
        msg,
        'collections',
        override(msg, 'collection', defaultCollections, isCollections, 'a collection name'),
        isCollections,
        'collection names',
      );
      const collections = named === 'all' ? 'all' : typeof named === 'string' ? named.split(',') : named;
      const keep = override(msg, 'keep', defaultKeep as number, isPositiveInteger, 'a whole number above 0');
      const maxAgeDays = override(
        msg,
        'maxAgeDays',
        defaultMaxAgeDays as number,
        isPositiveNumber,
        'a positive number of days',
      );
      const maxAgeMs = maxAgeDays === undefined ? undefined : maxAgeDays * 24 * 3600 * 1000;
      let summary: string;
      switch (action) {
        case 'backup': {
          const gateway = await qdrantConnection(RED, config).get();
          const r = await backupCollections(gateway, { dest: directory, collections, keep, maxAgeMs, observer });
          msg.payload = {
            action,
            backups: r.backups.map(shown),
            pruned: r.pruned.map((p) => path.relative(directory, p.path)),
          };
          summary = `${r.backups.length} backed up`;
          break;
        }
        case 'list': {
          const backups = listBackups(directory, collections === 'all' ? undefined : collections).map(shown);
          msg.payload = { action, backups };
          summary = `${backups.length} backups`;
          break;
        }
        case 'prune': {
          if (keep === undefined && maxAgeMs === undefined)
            throw new BackupInputError('prune: set Keep or Max. age in the node (or msg.keep, msg.maxAgeDays)');
          const r = pruneBackups(directory, {
            keep,
            maxAgeMs,
            collections: collections === 'all' ? undefined : collections,
            observer,
          });
          msg.payload = { action, deleted: r.deleted.map((d) => path.relative(directory, d.path)), kept: r.kept };
          summary = `${r.deleted.length} deleted`;
          break;
        }
        case 'restore':
          msg.payload = { action, ...(await restore(msg, collections)) };
          summary = `restored ${(msg.payload as { collection: string }).collection}`;
          break;
        case 'copy': {
          if (!config.target || !RED.nodes.getNode(String(config.target)))
            throw new BackupInputError('copy: pick the target store (a ragwire-qdrant configuration) in the node');
          const from = qdrantConnection(RED, config);
          const to = qdrantConnection(RED, { ...config, qdrant: config.target });
          if (from.description === to.description)
            throw new BackupInputError('copy: the source and target stores are the same');
          const id = createHash('sha256').update(`${from.description}\n${to.description}`).digest('hex').slice(0, 16);
          const r = await copyCollections(await from.get(), await to.get(), {
            from: from.description,
            to: to.description,
            collections,
            progressFile: path.join(directory, '.copy-progress', `${id}.json`),
            overwrite: override(
              msg,
              'overwrite',
              config.overwrite === true,
              (v): v is boolean => typeof v === 'boolean',
              'true or false',
            ),
            observer,
          });
          msg.payload = { action, collections: r.collections };
          summary = `${r.collections.length} copied`;
          break;
        }
      }
      send(msg);
      return summary;
    });

    /**
     * Restores only files of the backup directory (a flow may pass a path from an HTTP request),
     * and only with msg.confirm naming the collection that will be replaced.
     */
    async function restore(msg: NodeMessage, collections: string[] | 'all') {
      const file = override(msg, 'file', '', isString, 'a backup file of the list action');
      if (!file) throw new BackupInputError('msg.file: name the backup file to restore (as the list action gives it)');
      const full = path.resolve(directory, file);
      const inside = path.relative(directory, full);
      if (inside.startsWith('..') || path.isAbsolute(inside))
        throw new BackupInputError(`msg.file: ${file} is not in the backup directory; only its backups are restored`);
      const collection = collections === 'all' || collections.length !== 1 ? undefined : collections[0].trim();
      const target = collection ?? listBackups(directory).find((b) => b.path === full)?.collection;
      if (!target) throw new BackupInputError(`msg.file: ${file} is not a backup of the backup directory`);
      if (msg.confirm !== target)
        throw new BackupInputError(
          `msg.confirm: a restore replaces the collection "${target}" with the backup; set msg.confirm to "${target}" to confirm`,
        );
      const gateway = await qdrantConnection(RED, config).get();
      const r = await restoreBackup(gateway, { file: full, collection: target, observer });
      return { ...r, file: inside };
    }
  }
  RED.nodes.registerType('ragwire-backup', RagwireBackupNode);
};
