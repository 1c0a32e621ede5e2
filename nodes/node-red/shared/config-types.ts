import type { PrivacyGuard } from '../../core/privacy/guard.js';
import type { ModelSettings } from '../../core/models/create-provider.js';
import type { ModelProvider } from '../../core/models/provider.js';
import type { QdrantConnection } from '../../core/qdrant/connection.js';
import type { Node } from './types.js';

/** What a ragwire-qdrant config node offers the flow nodes. */
export interface QdrantConfigNode extends Node {
  connection?: QdrantConnection;
  /** Why the configuration is unusable, if it is. */
  problem?: string;
}

/** What a ragwire-model config node offers the flow nodes. */
export interface ModelConfigNode extends Node {
  settings: ModelSettings;
  /** The provider, built on first use so a misconfiguration reports where it is used. */
  provider(): ModelProvider;
}

/** What a ragwire-privacy config node offers the flow nodes. */
export interface PrivacyConfigNode extends Node {
  guard?: PrivacyGuard;
  problem?: string;
}
