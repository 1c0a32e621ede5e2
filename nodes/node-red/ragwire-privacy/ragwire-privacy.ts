import { isLevel } from '../../core/privacy/entities.js';
import { PrivacyGuard } from '../../core/privacy/guard.js';
import { DEFAULT_POLICY } from '../../core/privacy/policy.js';
import { policyFromChoices } from '../../core/privacy/policy-choices.js';
import type { PrivacyConfigNode } from '../shared/config-types.js';
import type { NodeAPI, NodeDef } from '../shared/types.js';

const lines = (v: unknown) =>
  String(v ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export = (RED: NodeAPI) => {
  function RagwirePrivacyNode(this: PrivacyConfigNode, config: NodeDef) {
    RED.nodes.createNode(this, config);
    try {
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
      });
    } catch (err) {
      // A broken setting (a pattern that is no regular expression) makes every node using this configuration fail, saying why.
      this.problem = (err as Error).message;
    }
  }
  RED.nodes.registerType('ragwire-privacy', RagwirePrivacyNode);
};
