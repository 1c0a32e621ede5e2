import { ConfigurationError } from '../../core/errors.js';
import type { SecondOpinionSettings, SharedConversations } from '../../core/privacy/index.js';
import { privacyArea } from '../shared/privacy-area.js';
import { modelConfig, qdrantConnection } from '../shared/config-nodes.js';
import type { PrivacyConfigNode } from '../shared/config-types.js';
import type { NodeAPI, NodeDef } from '../shared/types.js';

const lines = (v: unknown) =>
  String(v ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The second opinion when switched on: the selected model configuration, looked up at the first
 * question (config nodes may start in any order), asked within the timeout in seconds (5 by default).
 */
function secondOpinionOf(RED: NodeAPI, config: NodeDef): SecondOpinionSettings | undefined {
  if (config.secondOpinion !== true) return undefined;
  if (!config.secondOpinionModel)
    throw new ConfigurationError('second opinion: pick the local model to ask (a ragwire-model configuration)');
  const seconds = config.secondOpinionTimeout === '' ? 5 : Number(config.secondOpinionTimeout ?? 5);
  if (!(seconds > 0)) throw new ConfigurationError('second opinion timeout: expected a positive number of seconds');
  return {
    model: () => modelConfig(RED, config.secondOpinionModel, true)!.provider(),
    timeoutMs: seconds * 1000,
  };
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
      const { isLevel, PrivacyGuard, policyFromChoices, DEFAULT_POLICY } = privacyArea();
      const level = isLevel(config.termLevel) ? config.termLevel : 'confidential';
      this.guard = new PrivacyGuard({
        policy: policyFromChoices(
          {
            public: config.public,
            internal: config.internal,
            confidential: config.confidential,
            personal: config.personal,
          },
          DEFAULT_POLICY,
        ),
        custom: [{ terms: lines(config.terms), patterns: lines(config.patterns), level }],
        minScore: Number(config.minScore) > 0 ? Number(config.minScore) : undefined,
        mappingTtlMs: Number(config.mappingTtl) > 0 ? Number(config.mappingTtl) * 60_000 : undefined,
        secondOpinion: secondOpinionOf(RED, config),
        sharedConversations: sharedConversationsOf(RED, config, (text) => this.warn(text)),
      });
    } catch (err) {
      // A broken setting (a pattern that is no regular expression) makes every node using this configuration fail, saying why.
      this.problem = (err as Error).message;
    }
  }
  RED.nodes.registerType('ragwire-privacy', RagwirePrivacyNode);
};
