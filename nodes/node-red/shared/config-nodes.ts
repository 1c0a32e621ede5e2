import { type Embedder, createEmbedder } from '../../core/embedding/index.js';
import type { QdrantConnection } from '../../core/qdrant/index.js';
import type { ModelConfigNode, QdrantConfigNode } from './config-types.js';
import { auditLog, privacyGuard } from './privacy.js';
import type { Node, NodeAPI, NodeDef } from './types.js';
import { ConfigurationError } from '../../core/errors.js';

/** The Qdrant connection a flow node is configured with, or a clear reason why there is none. */
export function qdrantConnection(RED: NodeAPI, config: NodeDef): QdrantConnection {
  const node = RED.nodes.getNode(String(config.qdrant ?? '')) as QdrantConfigNode | null;
  if (!node)
    throw new ConfigurationError('no Qdrant configured: pick or add a ragwire-qdrant configuration in the node');
  if (!node.connection)
    throw new ConfigurationError(`the Qdrant configuration is unusable: ${node.problem ?? 'unknown problem'}`);
  return node.connection;
}

/** A model configuration by id; `required` makes a missing one an error. */
export function modelConfig(RED: NodeAPI, id: unknown, required: boolean): ModelConfigNode | undefined {
  const node = id ? (RED.nodes.getNode(String(id)) as ModelConfigNode | null) : null;
  if (!node && required)
    throw new ConfigurationError('no model configured: pick or add a ragwire-model configuration in the node');
  return node ?? undefined;
}

/**
 * The node's embedder: a configured embedding model, or the built-in hashing embedder. A cloud
 * embedding model checks every text under the node's ragwire-privacy policy (the default one
 * without), looked up at each call, and every decision goes to the node's audit log.
 */
export function embedderFor(RED: NodeAPI, config: NodeDef, node: Node): Embedder {
  return createEmbedder(modelConfig(RED, config.embedder, false)?.settings, (context) =>
    privacyGuard(RED, config.privacy).cloudGate(context, (record) => auditLog(node, record)),
  );
}
