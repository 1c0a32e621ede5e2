import type { PrivacyGuard } from '../../core/privacy/index.js';
import type { ModelSettings, ModelProvider } from '../../core/models/index.js';
import type { QdrantConnection } from '../../core/qdrant/index.js';
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
