import {
  applyPromptParts,
  auditLog,
  privacyGuard,
  promptPartsOf,
  requestedConversation,
  upstreamPrivacy,
} from '../shared/privacy.js';
import { handleInput } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

const OUTPUT = { local: 0, cloud: 1, blocked: 2 } as const;

/**
 * Sends each message to output 1 (local), 2 (cloud) or 3 (blocked) by the privacy policy, with the
 * decision on msg.privacy and a Ragwire-issued conversation id on msg.conversation. When the policy
 * lets a level reach the cloud only pseudonymized, the message leaves on the cloud output already
 * pseudonymized: wiring it straight to a cloud model cannot leak; a ragwire-restore node after the
 * model puts the values back into the answer.
 */
export = (RED: NodeAPI) => {
  function RagwireRouterNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    handleInput(this, 'checking', async (msg, send) => {
      const guard = privacyGuard(RED, config.privacy);
      const parts = promptPartsOf(msg);
      const step = await guard.route(parts, {
        recorded: upstreamPrivacy(msg).recorded,
        conversation: requestedConversation(msg),
      });
      const decision = step.audit;
      msg.conversation = step.conversation;
      // Only pseudonymized parts go back: the rest of msg stays as it came.
      if (step.parts !== parts) applyPromptParts(msg, step.parts);
      auditLog(this, decision);
      msg.privacy = step.privacy;
      const outputs: (typeof msg | null)[] = [null, null, null];
      outputs[OUTPUT[decision.route]] = msg;
      send(outputs);
      return `${decision.route}: ${decision.level}${decision.pseudonymized ? ' (pseudonymized)' : ''}`;
    });
  }
  RED.nodes.registerType('ragwire-router', RagwireRouterNode);
};
