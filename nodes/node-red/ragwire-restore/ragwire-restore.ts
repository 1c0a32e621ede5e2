import { DocumentInputError } from '../../core/rag/documents.js';
import { conversationOf, privacyGuard } from '../shared/privacy.js';
import { handleInput, isObject } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

/**
 * Puts the original values back where the answer in msg.payload repeats placeholders that
 * ragwire-pseudonymize or ragwire-router made. A mapping made for this message alone (no
 * msg.conversation) is forgotten once restored.
 */
export = (RED: NodeAPI) => {
  function RagwireRestoreNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    handleInput(this, 'restoring', async (msg, send) => {
      if (typeof msg.payload !== 'string')
        throw new DocumentInputError('msg.payload: expected the answer to restore as a string');
      const guard = privacyGuard(RED, config.privacy);
      // The pseudonymizing node recorded which mapping it used; without that record, the same rule finds it.
      const recorded = isObject(msg.privacy) && typeof msg.privacy.conversation === 'string' ? msg.privacy : undefined;
      const conversation = recorded
        ? { key: String(recorded.conversation), perMessage: recorded.perMessage === true }
        : conversationOf(msg);
      const before = msg.payload;
      msg.payload = guard.restore(conversation.key, before);
      if (conversation.perMessage) guard.forget(conversation.key);
      send(msg);
      return msg.payload === before ? 'nothing to restore' : 'restored';
    });
  }
  RED.nodes.registerType('ragwire-restore', RagwireRestoreNode);
};
