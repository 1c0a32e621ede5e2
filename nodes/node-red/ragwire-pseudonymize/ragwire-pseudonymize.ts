import { privacyGuard, runPrivacyStep } from '../shared/privacy.js';
import { handleInput } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

/**
 * Replaces every detected entity in msg.payload (or msg.messages) and the passages in msg.context
 * with placeholders such as <PERSON_1>, for a cloud call wired after it; ragwire-restore puts the
 * values back into the answer. Markings and the user's own terms stay: they classify the whole
 * text, and the cloud gate at the model call honours them. The mapping stays in this Node-RED process, or
 * is shared, encrypted, with the other replicas (RAGWIRE_CONVERSATION_KEY and a Qdrant in the privacy configuration).
 */
export = (RED: NodeAPI) => {
  function RagwirePseudonymizeNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    handleInput(this, 'pseudonymizing', async (msg, send) => {
      const guard = privacyGuard(RED, config.privacy);
      const step = await runPrivacyStep(this, msg, (parts, request) => guard.pseudonymizeRequest(parts, request));
      send(msg);
      return `${step.privacy.replaced} replaced`;
    });
  }
  RED.nodes.registerType('ragwire-pseudonymize', RagwirePseudonymizeNode);
};
