import * as os from 'node:os';
import * as path from 'node:path';
import {
  BACKUP_ACTIONS,
  BackupInputError,
  type BackupAction,
  type BackupObserver,
  type BackupStore,
  isBackupAction,
  runBackupAction,
} from '../../core/backup/index.js';
import { recordBackup } from '../../core/metrics/index.js';
import { qdrantConnection } from '../shared/config-nodes.js';
import { handleInput, isPositiveInteger, isString, override } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

const isCollections = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.every((c) => typeof c === 'string'));
const isPositiveNumber = (v: unknown): v is number => typeof v === 'number' && v > 0;

export = (RED: NodeAPI) => {
  function RagwireBackupNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    const baseDir = RED.settings.userDir ?? os.homedir();
    const directory = path.resolve(baseDir, String(config.directory || 'ragwire-backups'));
    const defaultAction: BackupAction = isBackupAction(config.action) ? config.action : 'backup';
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

    /** A configured store, looked up when an action needs it (list and prune need none). */
    const store = (node: NodeDef): BackupStore => ({
      get description() {
        return qdrantConnection(RED, node).description;
      },
      get: () => qdrantConnection(RED, node).get(),
    });

    handleInput(this, 'working', async (msg, send) => {
      const action = override(msg, 'action', defaultAction, isBackupAction, BACKUP_ACTIONS.join(', '));
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
      if (action === 'copy' && (!config.target || !RED.nodes.getNode(String(config.target))))
        throw new BackupInputError('copy: pick the target store (a ragwire-qdrant configuration) in the node');
      const { result, summary } = await runBackupAction(
        {
          action,
          collections,
          keep,
          maxAgeMs: maxAgeDays === undefined ? undefined : maxAgeDays * 24 * 3600 * 1000,
          file:
            action === 'restore' ? override(msg, 'file', '', isString, 'a backup file of the list action') : undefined,
          confirm: msg.confirm,
          overwrite: override(
            msg,
            'overwrite',
            config.overwrite === true,
            (v): v is boolean => typeof v === 'boolean',
            'true or false',
          ),
        },
        {
          directory,
          source: store(config),
          target: store({ ...config, qdrant: config.target }),
          observer,
          field: (name) => `msg.${name}`,
        },
      );
      msg.payload = result;
      send(msg);
      return summary;
    });
  }
  RED.nodes.registerType('ragwire-backup', RagwireBackupNode);
};
