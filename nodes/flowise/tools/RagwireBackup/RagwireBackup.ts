import * as path from 'node:path';
import type { DynamicTool } from '@langchain/core/tools';
import {
  BACKUP_ACTIONS,
  BackupInputError,
  type BackupAction,
  type BackupActionRequest,
  type BackupStore,
  isBackupAction,
  runBackupAction,
} from '../../../core/backup/index.js';
import { errorKindOf } from '../../../core/errors.js';
import { recordBackup } from '../../../core/metrics/index.js';
import { langchain } from '../../host.js';
import { numberInput, textInput } from '../../shared/inputs.js';
import { serveFlowiseMetrics } from '../../shared/metrics-server.js';
import {
  FLOWISE_HOME,
  QDRANT_CREDENTIAL,
  QDRANT_INPUTS,
  qdrantConnectionOf,
  sharedConnection,
} from '../../shared/qdrant.js';
import type { ICommonObject, INode, INodeData, INodeParams } from '../../types.js';

type ToolsModule = typeof import('@langchain/core/tools');

const DAY_MS = 24 * 3600 * 1000;

/** The actions the node allows (multiOptions arrive as a JSON list in a string, or as a list). */
function allowedActions(nodeData: INodeData): BackupAction[] {
  const raw = nodeData.inputs?.actions;
  let list: unknown = raw ?? ['backup', 'list'];
  if (typeof raw === 'string') {
    try {
      list = raw.trim().startsWith('[') ? JSON.parse(raw) : raw.split(',');
    } catch {
      list = [];
    }
  }
  return (Array.isArray(list) ? list : []).map((a) => String(a).trim()).filter(isBackupAction);
}

/** The agent's request: `{"action": "...", ...}` as JSON, or just an action's name. */
function requestOf(input: string, defaults: Omit<BackupActionRequest, 'action'>, allowed: BackupAction[]) {
  let asked: Record<string, unknown>;
  const text = input.trim();
  if (text.startsWith('{')) {
    try {
      asked = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new BackupInputError('input: expected JSON such as {"action": "list"}');
    }
  } else asked = { action: text || 'list' };
  const action = asked.action;
  if (!isBackupAction(action))
    throw new BackupInputError(`action: expected one of ${allowed.join(', ')}, got ${JSON.stringify(action)}`);
  if (!allowed.includes(action))
    throw new BackupInputError(`action: ${action} is not allowed in this tool (allowed: ${allowed.join(', ')})`);
  const named = asked.collections ?? asked.collection;
  const collections =
    typeof named === 'string' && named.trim() && named.trim() !== 'all'
      ? named.split(',').map((c) => c.trim())
      : Array.isArray(named) && named.every((c) => typeof c === 'string')
        ? (named as string[])
        : defaults.collections;
  return {
    ...defaults,
    action,
    collections,
    file: typeof asked.file === 'string' ? asked.file : undefined,
    confirm: asked.confirm,
  } satisfies BackupActionRequest;
}

/**
 * Backups of Ragwire's store as an agent tool: snapshot, list, prune, restore and copy, with the
 * same use cases as the Node-RED node. Only the actions ticked in the node are offered; a restore
 * also needs the agent to confirm the collection it replaces.
 */
class RagwireBackup_Tools implements INode {
  label = 'Ragwire Backup';
  name = 'ragwireBackup';
  version = 1.0;
  type = 'RagwireBackup';
  icon = 'ragwire-backup.svg';
  category = 'Tools';
  description =
    'Back up, list, prune, restore or copy the collections of Ragwire’s store (embedded or Qdrant) from an agent.';
  baseClasses = [this.type, 'DynamicTool', 'Tool', 'StructuredTool', 'Runnable'];
  credential: INodeParams = QDRANT_CREDENTIAL;
  inputs: INodeParams[] = [
    {
      label: 'Allowed Actions',
      name: 'actions',
      type: 'multiOptions',
      options: BACKUP_ACTIONS.map((a) => ({ label: a, name: a })),
      default: ['backup', 'list'],
      description: 'What the agent may do; restore replaces a collection, copy writes to another store',
    },
    {
      label: 'Backup Folder',
      name: 'directory',
      type: 'string',
      default: 'ragwire-backups',
      description: `Relative to ${FLOWISE_HOME}`,
      optional: true,
    },
    {
      label: 'Collections',
      name: 'collections',
      type: 'string',
      default: 'all',
      description: 'Comma-separated collection names, or all (the agent may name others)',
      optional: true,
    },
    ...QDRANT_INPUTS,
    { label: 'Keep', name: 'keep', type: 'number', description: 'Backups kept per collection', optional: true },
    {
      label: 'Max. Age (days)',
      name: 'maxAgeDays',
      type: 'number',
      description: 'Older backups are deleted after a backup or by prune',
      optional: true,
    },
    {
      label: 'Copy Target Qdrant URL',
      name: 'targetUrl',
      type: 'string',
      description: 'copy: the Qdrant server collections are copied to (its API key from QDRANT_API_KEY)',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Copy Target Store Folder',
      name: 'targetPath',
      type: 'string',
      description: `copy: an embedded store folder (relative to ${FLOWISE_HOME}) collections are copied to`,
      optional: true,
      additionalParams: true,
    },
  ];

  constructor() {
    serveFlowiseMetrics();
  }

  async init(nodeData: INodeData, _input: string, options: ICommonObject): Promise<DynamicTool> {
    const { DynamicTool: Tool } = langchain<ToolsModule>('tools');
    const inputs = nodeData.inputs ?? {};
    const allowed = allowedActions(nodeData);
    if (allowed.length === 0) throw new BackupInputError('Allowed Actions: tick at least one action');
    const directory = path.resolve(FLOWISE_HOME, textInput(inputs, 'directory', 'ragwire-backups'));
    const keep = numberInput(
      inputs,
      'keep',
      'Keep',
      undefined,
      (n) => Number.isInteger(n) && n > 0,
      'a whole number above 0',
    );
    const maxAgeDays = numberInput(
      inputs,
      'maxAgeDays',
      'Max. Age (days)',
      undefined,
      (n) => n > 0,
      'a positive number of days',
    );
    const named = textInput(inputs, 'collections', 'all');
    const defaults = {
      collections: named === 'all' ? ('all' as const) : named.split(',').map((c) => c.trim()),
      keep,
      maxAgeMs: maxAgeDays === undefined ? undefined : maxAgeDays * DAY_MS,
    };
    const source: BackupStore = await qdrantConnectionOf(nodeData, options);
    const targetUrl = textInput(inputs, 'targetUrl', '');
    const targetPath = textInput(inputs, 'targetPath', '');
    const target =
      targetUrl || targetPath
        ? sharedConnection({
            mode: targetUrl ? 'server' : 'embedded',
            url: targetUrl || undefined,
            path: targetPath || undefined,
          })
        : undefined;
    return new Tool({
      name: 'ragwire_backup',
      description:
        `Manages backups of the document collections. Input: JSON {"action": one of ${allowed.join(', ')}, ` +
        '"collections": "name" or "all", "file": backup file (restore, as list shows it), "confirm": the collection name (restore)}.',
      func: async (input: string) => {
        try {
          const { result } = await runBackupAction(requestOf(input, defaults, allowed), {
            directory,
            source,
            target,
            observer: { finished: recordBackup },
            field: (name) => name,
          });
          return JSON.stringify(result);
        } catch (err) {
          // The agent reads why (a bad request it can correct); bugs stay errors.
          if (errorKindOf(err) === 'internal') throw err;
          return `refused: ${(err as Error).message}`;
        }
      },
    });
  }
}

export = { nodeClass: RagwireBackup_Tools };
