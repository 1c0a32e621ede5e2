import { ConfigurationError } from '../../core/errors.js';
import type {
  GuardLabels,
  GuardSettings,
  SecondOpinionSettings,
  SharedConversations,
} from '../../core/privacy/index.js';
import { privacyArea } from '../shared/privacy-area.js';
import { modelConfig, qdrantConnection } from '../shared/config-nodes.js';
import type { PrivacyConfigNode } from '../shared/config-types.js';
import type { NodeAPI, NodeDef } from '../shared/types.js';

/** The editor's labels (locales/en-US), so a refused setting names the field the person sees. */
const LABELS: GuardLabels = {
  terms: 'Own terms',
  patterns: 'Own patterns',
  termLevel: 'Their level',
  minScore: 'Min. score',
  mappingTtl: 'Mapping (min)',
  secondOpinion: 'Ask a local model',
  secondOpinionTimeout: 'Second opinion timeout (s)',
};

/**
 * The second opinion when switched on: the selected model configuration, looked up at the first
 * question (config nodes may start in any order), asked within the configured time box.
 */
function secondOpinionOf(
  RED: NodeAPI,
  config: NodeDef,
  settings: GuardSettings['secondOpinion'],
): SecondOpinionSettings | undefined {
  if (!settings) return undefined;
  if (!config.secondOpinionModel)
    throw new ConfigurationError('second opinion: pick the local model to ask (a ragwire-model configuration)');
  return { model: () => modelConfig(RED, config.secondOpinionModel, true)!.provider(), ...settings };
}

/**
 * Conversations shared with the other runtime replicas: with the key in RAGWIRE_CONVERSATION_KEY
 * (from a Kubernetes Secret) and the Qdrant configuration selected here, looked up at first use.
 * Without the key, conversations stay in this process, as they always did.
 */
function sharedConversationsOf(
  RED: NodeAPI,
  config: NodeDef,
  warn: (text: string) => void,
): SharedConversations | undefined {
  const { CONVERSATION_KEY_ENV, parseConversationKey } = privacyArea();
  const key = process.env[CONVERSATION_KEY_ENV];
  if (!key) return undefined;
  const parsed = parseConversationKey(key);
  if (!config.qdrant) {
    warn(
      `${CONVERSATION_KEY_ENV} is set, but this privacy configuration names no Qdrant for shared conversations: its conversations stay in this process`,
    );
    return undefined;
  }
  return new (privacyArea().SharedConversations)(() => qdrantConnection(RED, config).get(), parsed);
}

export = (RED: NodeAPI) => {
  function RagwirePrivacyNode(this: PrivacyConfigNode, config: NodeDef) {
    RED.nodes.createNode(this, config);
    try {
      const { guardSettingsFrom, PrivacyGuard } = privacyArea();
      const settings = guardSettingsFrom(config, LABELS);
      this.guard = new PrivacyGuard({
        ...settings,
        secondOpinion: secondOpinionOf(RED, config, settings.secondOpinion),
        sharedConversations: sharedConversationsOf(RED, config, (text) => this.warn(text)),
      });
    } catch (err) {
      // A broken setting (a pattern that is no regular expression) makes every node using this configuration fail, saying why.
      this.problem = (err as Error).message;
    }
  }
  RED.nodes.registerType('ragwire-privacy', RagwirePrivacyNode);
};
