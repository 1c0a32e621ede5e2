import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { QdrantConnection, type QdrantSettings } from '../../core/qdrant/index.js';
import { credentialData } from '../host.js';
import type { ICommonObject, INodeData, INodeParams } from '../types.js';

/** Where an embedded store lives by default: Flowise's own data folder (~/.flowise), in ragwire-data. */
export const FLOWISE_HOME = path.join(os.homedir(), '.flowise');

/** The canvas inputs and credential that pick a store, the same on every component that opens one. */
export const QDRANT_CREDENTIAL: INodeParams = {
  label: 'Qdrant Credential',
  name: 'credential',
  type: 'credential',
  description: 'Only for a Qdrant server: its URL and API key. Without one (and no URL), the embedded store is used.',
  optional: true,
  credentialNames: ['ragwireQdrantApi'],
};

export const QDRANT_INPUTS: INodeParams[] = [
  {
    label: 'Qdrant Server URL',
    name: 'qdrantUrl',
    type: 'string',
    placeholder: 'http://localhost:6333',
    description:
      'Leave empty for the embedded store (or the URL in the credential, or the QDRANT_URL environment variable).',
    optional: true,
  },
  {
    label: 'Embedded Store Folder',
    name: 'storePath',
    type: 'string',
    placeholder: 'ragwire-data',
    description: `Where the embedded store keeps its data, relative to ${FLOWISE_HOME} (default: RAGWIRE_STORE_PATH or ragwire-data).`,
    optional: true,
    additionalParams: true,
  },
];

/** One connection per store for the whole Flowise process: Flowise builds a chatflow's nodes anew on every run. */
const connections = new Map<string, QdrantConnection>();

/**
 * The store the node's inputs and credential select (opened on first use, shared with every node
 * naming it). The credential's API key goes only to the credential's own URL: a Qdrant URL on the
 * canvas (or sent as an override) that differs from it is refused, so the key cannot be sent to
 * another host. A credential without a URL (key only) takes the canvas URL, as Flowise's Qdrant does.
 */
export async function qdrantConnectionOf(nodeData: INodeData, options: ICommonObject): Promise<QdrantConnection> {
  const credential = await credentialData(nodeData, options);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const credentialUrl = text(credential.qdrantUrl);
  const canvasUrl = text(nodeData.inputs?.qdrantUrl);
  if (credentialUrl && canvasUrl && canvasUrl.replace(/\/+$/, '') !== credentialUrl.replace(/\/+$/, ''))
    throw new InputError(
      "Qdrant URL: differs from the credential's URL; leave it empty (the credential's API key is sent only to the credential's URL)",
    );
  const url = canvasUrl ?? credentialUrl;
  const apiKey = credential.qdrantApiKey;
  const storePath = nodeData.inputs?.storePath;
  return sharedConnection({
    mode: 'auto',
    url,
    apiKey: typeof apiKey === 'string' && apiKey ? apiKey : undefined,
    path: typeof storePath === 'string' && storePath.trim() ? storePath.trim() : undefined,
  });
}

/**
 * The process's one connection to the store `settings` name (relative paths under FLOWISE_HOME),
 * opened on first use. Every component that opens a store goes through here: a connection made
 * per run would keep its sockets, or its hold on an embedded store, until the process ends.
 */
export function sharedConnection(settings: Omit<QdrantSettings, 'baseDir'>): QdrantConnection {
  const connection = new QdrantConnection({ ...settings, baseDir: FLOWISE_HOME }, (err) =>
    console.error('ragwire store:', err),
  );
  const key = JSON.stringify(connection.target);
  const known = connections.get(key);
  if (known) return known;
  connections.set(key, connection);
  return connection;
}

/** Closes every store this process opened (tests; Flowise itself never unloads components). */
export async function closeQdrantConnections(): Promise<void> {
  const all = [...connections.values()];
  connections.clear();
  await Promise.all(all.map((c) => c.close()));
}
