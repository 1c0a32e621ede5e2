import { InputError } from '../../core/errors.js';
import { privacyGuard } from '../shared/privacy.js';
import { handleInput, isObject } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

/**
 * Puts the original values back where the answer in msg.payload repeats placeholders that the
 * ragwire-pseudonymize or ragwire-router node before it sent out for this very message (the opaque
 * msg.privacy.restoreToken says which); any other placeholder stays as it is. A token restores one answer.
 */
export = (RED: NodeAPI) => {
  function RagwireRestoreNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    handleInput(this, 'restoring', async (msg, send) => {
      if (typeof msg.payload !== 'string')
        throw new InputError('msg.payload: expected the answer to restore as a string');
      const guard = privacyGuard(RED, config.privacy);
      const token = isObject(msg.privacy) ? msg.privacy.restoreToken : undefined;
      const before = msg.payload;
      if (typeof token === 'string') msg.payload = guard.restore(token, before);
      send(msg);
      return msg.payload === before ? 'nothing to restore' : 'restored';
    });
  }
  RED.nodes.registerType('ragwire-restore', RagwireRestoreNode);
};
