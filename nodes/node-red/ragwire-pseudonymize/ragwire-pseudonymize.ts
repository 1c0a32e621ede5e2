import { applyPromptParts, conversationOf, privacyGuard, promptPartsOf } from '../shared/privacy.js';
import { handleInput } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

/**
 * Replaces every detected entity in msg.payload (or msg.messages) and the passages in msg.context
 * with placeholders such as <PERSON_1>, for a cloud call wired after it; ragwire-restore puts the
 * values back into the answer. The mapping stays in this Node-RED process.
 */
export = (RED: NodeAPI) => {
  function RagwirePseudonymizeNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    handleInput(this, 'pseudonymizing', async (msg, send) => {
      const guard = privacyGuard(RED, config.privacy);
      const conversation = conversationOf(msg);
      const parts = promptPartsOf(msg);
      const decision = guard.decide(parts);
      const out = guard.pseudonymize(conversation.key, parts, decision);
      applyPromptParts(msg, out.parts);
      msg.privacy = {
        ...(typeof msg.privacy === 'object' && msg.privacy !== null ? msg.privacy : {}),
        conversation: conversation.key,
        perMessage: conversation.perMessage,
        pseudonymized: true,
        replaced: out.replaced,
        entities: decision.entities,
      };
      send(msg);
      return `${out.replaced} replaced`;
    });
  }
  RED.nodes.registerType('ragwire-pseudonymize', RagwirePseudonymizeNode);
};
