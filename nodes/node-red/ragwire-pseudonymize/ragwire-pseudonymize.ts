import { privacyGuard, promptPartsOf, pseudonymizeMessage } from '../shared/privacy.js';
import { handleInput, isObject } from '../shared/run-input.js';
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
      const parts = promptPartsOf(msg);
      const decision = guard.decide(parts);
      const record = pseudonymizeMessage(guard, msg, parts, decision);
      msg.privacy = {
        ...(isObject(msg.privacy) ? msg.privacy : {}),
        ...record,
        pseudonymized: true,
        entities: decision.entities,
      };
      send(msg);
      return `${record.replaced} replaced`;
    });
  }
  RED.nodes.registerType('ragwire-pseudonymize', RagwirePseudonymizeNode);
};
